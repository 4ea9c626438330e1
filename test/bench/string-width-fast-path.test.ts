import fc from 'fast-check';
import {eastAsianWidth} from 'get-east-asian-width';
import stringWidth8 from 'string-width';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: plain JS helper bundled by scripts/build.mjs
import {simpleSegmentList, simpleSegments, simpleWidth} from '../../scripts/string-width-fast-path.js';
// wrap-ansi's own copy of string-width (version 7).
import stringWidth7 from '../../node_modules/wrap-ansi/node_modules/string-width/index.js';

type Width = (s: string, o?: {ambiguousIsNarrow?: boolean}) => number;
const fast = simpleWidth as (s: string, eaw: typeof eastAsianWidth, narrow: boolean, emojiTextWide: boolean) => number;
const VERSIONS: Array<[string, Width, boolean]> = [
  ['string-width 8 (Ink)', stringWidth8, false],
  ['string-width 7 (wrap-ansi)', stringWidth7 as Width, true],
];

/** Every BMP character the fast path measures itself. */
const simpleChars = (() => {
  const chars: string[] = [];
  for (let cp = 0x20; cp <= 0xffff; cp++) {
    const c = String.fromCharCode(cp);
    if (fast(c, eastAsianWidth, true, false) >= 0) chars.push(c);
  }
  return chars;
})();

describe('the string-width fast path the build puts in front of string-width', () => {
  it('covers the characters the wizard draws, and not combining marks or surrogates', () => {
    for (const c of '╭─╮│╰╯✓·—…⚠░▒▓█▲×•→€é漢한') expect(simpleChars, c).toContain(c);
    for (const c of ['\u0301', '\u00ad', '\u200d', '\ufe0f', '\ud83d', '\u302a', '\u1100']) expect(fast(`a${c}`, eastAsianWidth, true, false)).toBe(-1);
  });

  it('stands every simple character alone as one grapheme', () => {
    const segmenter = new Intl.Segmenter();
    const joined = simpleChars.filter((c) => [...segmenter.segment(`a${c}${c}a${c}`)].length !== 5);
    expect(joined).toEqual([]);
  });

  it.each(VERSIONS)('gives every simple character the width %s gives it', (_name, real, emojiTextWide) => {
    const wrong: string[] = [];
    for (const narrow of [true, false]) {
      for (const c of simpleChars) {
        if (fast(c, eastAsianWidth, narrow, emojiTextWide) !== real(c, {ambiguousIsNarrow: narrow})) wrong.push(`U+${c.charCodeAt(0).toString(16)} narrow=${narrow}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(VERSIONS)('measures any string as %s does, or declines', (_name, real, emojiTextWide) => {
    const char = fc.oneof(fc.constantFrom(...simpleChars), fc.constantFrom('a', ' ', '\u0301', '👍🏽', '\u200d', '\ud83d', '\t'));
    fc.assert(
      fc.property(fc.array(char, {maxLength: 30}), fc.boolean(), (chars, narrow) => {
        const s = chars.join('');
        const w = fast(s, eastAsianWidth, narrow, emojiTextWide);
        if (w >= 0) expect(w).toBe(real(s, {ambiguousIsNarrow: narrow}));
      }),
      {numRuns: 2000},
    );
  });
});

describe('the slice-ansi fast path: strings of simple characters need no grapheme segmenting', () => {
  type Segments = {containing(i: number): {index: number; segment: string} | undefined} | null;
  const segments = simpleSegments as (s: string) => Segments;
  const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
  const ansi = fc.constantFrom('\u001b[31m', '\u001b[39m', '\u001b[1m', '\u001b[22m', '\u001b]8;;http://x\u0007'.replace('\u0007', '\u001b\\'));

  it('agrees with Intl.Segmenter at every index of any string it accepts', () => {
    const unit = fc.oneof(fc.constantFrom(...simpleChars), ansi);
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 30}), (parts) => {
        const text = parts.join('');
        const fast = segments(text);
        expect(fast).not.toBeNull();
        const real = segmenter.segment(text);
        for (let i = 0; i < text.length; i++) {
          const a = fast!.containing(i);
          const b = real.containing(i);
          expect({index: a?.index, segment: a?.segment}).toEqual({index: b?.index, segment: b?.segment});
        }
      }),
      {numRuns: 2000},
    );
  });

  it('lists the same segments as Intl.Segmenter for ansi-tokenize', () => {
    const list = simpleSegmentList as (s: string) => Array<{segment: string; index: number}> | null;
    const unit = fc.oneof(fc.constantFrom(...simpleChars), ansi);
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 30}), (parts) => {
        const text = parts.join('');
        const real = [...segmenter.segment(text)].map(({segment, index}) => ({segment, index}));
        expect(list(text)?.map(({segment, index}) => ({segment, index}))).toEqual(real);
      }),
      {numRuns: 2000},
    );
    expect(list('e\u0301')).toBeNull();
  });

  it('declines strings with a character that can join its neighbour', () => {
    for (const c of ['e\u0301', '👩\u200d🔬', '\r\n', 'a\ufe0f', '🇬🇧']) expect(segments(`ab${c}`)).toBeNull();
  });
});
