/**
 * patches/string-width+8.3.0.patch measures strings of simple characters code point by code point (simple-width.js) and make Intl.Segmenter and the
 * RGI_Emoji expression on first use. Every width is the one string-width gave before.
 */
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {eastAsianWidth} from 'get-east-asian-width';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';
import {loadBoth} from './unpatched.js';

type Width = (s: string, o?: {ambiguousIsNarrow?: boolean}) => number;
type Fast = (s: string, eaw: typeof eastAsianWidth, narrow: boolean, emojiTextWide: boolean) => number;
const VERSIONS = [
  ['string-width 8 (Ink)', 'node_modules/string-width', false],
] as const;

const load = async (dir: string) => {
  const {patched, unpatched} = await loadBoth<{default: Width}>(`${dir}/index.js`);
  const {simpleWidth} = (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, dir, 'simple-width.js')).href)) as {simpleWidth: Fast};
  return {patched: patched.default, unpatched: unpatched.default, simpleWidth};
};

it('is the one copy wrap-ansi measures with too (package.json overrides its string-width 7)', () => {
  const fromWrapAnsi = createRequire(join(ROOT, 'node_modules/wrap-ansi/index.js')).resolve('string-width');
  expect(fromWrapAnsi).toBe(join(ROOT, 'node_modules/string-width/index.js'));
});

describe.each(VERSIONS)('%s with its fast path', (_name, dir, emojiTextWide) => {
  it('covers the characters the wizard draws, and not combining marks or surrogates', async () => {
    const {simpleWidth} = await load(dir);
    for (const c of '╭─╮│╰╯✓·—…⚠░▒▓█▲×•→€é漢한') expect(simpleWidth(c, eastAsianWidth, true, emojiTextWide), c).toBeGreaterThan(0);
    for (const c of ['\u0301', '\u00ad', '\u200d', '\ufe0f', '\ud83d', '\u302a', '\u1100']) expect(simpleWidth(`a${c}`, eastAsianWidth, true, emojiTextWide)).toBe(-1);
  });

  it('stands every character it measures alone as one grapheme', async () => {
    const {simpleWidth} = await load(dir);
    const segmenter = new Intl.Segmenter();
    const joined: string[] = [];
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (simpleWidth(c, eastAsianWidth, true, emojiTextWide) >= 0 && [...segmenter.segment(`a${c}${c}a${c}`)].length !== 5) joined.push(c);
    }
    expect(joined).toEqual([]);
  });

  it('gives every BMP character the width string-width gave it', async () => {
    const {patched, unpatched} = await load(dir);
    const wrong: string[] = [];
    for (const narrow of [true, false]) {
      for (let cp = 0x20; cp <= 0xffff; cp++) {
        const c = String.fromCharCode(cp);
        if (patched(c, {ambiguousIsNarrow: narrow}) !== unpatched(c, {ambiguousIsNarrow: narrow})) wrong.push(`U+${cp.toString(16)} narrow=${narrow}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('measures any string as string-width did', async () => {
    const {patched, unpatched} = await load(dir);
    const char = fc.constantFrom('a', ' ', 'é', '─', '✓', '漢', '한', '©', '⌚', '\u0301', '👍🏽', '\u200d', '\ud83d', '\t', '\u001b[31m', '\u001b[39m', '\ufe0f', '\u1100', '\u1161');
    fc.assert(
      fc.property(fc.array(char, {maxLength: 30}), fc.boolean(), (chars, narrow) => {
        const s = chars.join('');
        expect(patched(s, {ambiguousIsNarrow: narrow})).toBe(unpatched(s, {ambiguousIsNarrow: narrow}));
      }),
      {numRuns: 2000},
    );
  });
});
