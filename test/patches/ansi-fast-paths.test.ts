/**
 * patches/slice-ansi+8.0.0.patch and patches/@alcalzone+ansi-tokenize+0.2.5.patch: strings of
 * simple characters are split into graphemes code unit by code unit (simple-segments.js, added to
 * each), Intl.Segmenter is made on first use, and characters with the same styles share one list.
 * Every answer is the one the packages gave before.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {Chalk} from 'chalk';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';
import {loadBoth} from './unpatched.js';

const COPIES = ['node_modules/slice-ansi/simple-segments.js', 'node_modules/@alcalzone/ansi-tokenize/build/simple-segments.js'];
type Simple = {allSimple(s: string): boolean};
const simpleOf = async (file: string) => (await import(/* @vite-ignore */ pathToFileURL(join(ROOT, file)).href)) as Simple;
/** The [first, last] list a file holds in `const SIMPLE = [...]`, as numbers. */
const rangesIn = (file: string) => {
  const list = /const SIMPLE = \[([^\]]*)\]/.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1];
  if (!list) throw new Error(`${file}: no SIMPLE list`);
  return list.split(',').map((n) => n.trim()).filter(Boolean).map(Number);
};

const chalk = new Chalk({level: 3});
const STYLES = [(s: string) => s, chalk.red, chalk.bold, chalk.inverse, chalk.dim.italic, chalk.bgBlue.white];
// Simple characters, and the ones that join into a grapheme with their neighbours or are wide.
const UNIT = fc.constantFrom('a', 'Z', ' ', '─', '│', '✓', '░', '漢', '한', 'é', '€', '©', '⌚', '👍', '👍🏽', '\u0301', '\u200d', '\ufe0f', '\u1100', '\u1161', '🇫🇷', '\r\n', '\t');
const styled = fc
  .array(fc.record({text: fc.string({unit: UNIT, maxLength: 8}), style: fc.nat(STYLES.length - 1)}), {maxLength: 5})
  .map((runs) => runs.map((r) => STYLES[r.style]!(r.text)).join(''));

describe('simple-segments.js, the grapheme fast path', () => {
  it('is one file, copied into each package, with the ranges of string-width\'s fast path', () => {
    const [first, ...rest] = COPIES.map((f) => readFileSync(join(ROOT, f), 'utf8'));
    for (const copy of rest) expect(copy).toBe(first);
    expect(rangesIn(COPIES[0]!)).toEqual(rangesIn('node_modules/string-width/simple-width.js'));
  });

  it('takes no character that joins a neighbour into one grapheme', async () => {
    const {allSimple} = await simpleOf(COPIES[0]!);
    const segmenter = new Intl.Segmenter();
    const joined: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (allSimple(c) && [...segmenter.segment(`a${c}${c}a${c}\u001b`)].length !== 6) joined.push(`U+${cp.toString(16)}`);
    }
    expect(joined).toEqual([]);
    for (const c of ['\u0301', '\u200d', '\ufe0f', '\ud83d', '\u1100', '\r', '\n']) expect(allSimple(`a${c}`), c).toBe(false);
  });
});

describe('slice-ansi with the fast path', () => {
  type Tokenize = {default: (s: string, o?: {endCharacter?: number}) => unknown[]};

  it('tokenizes every BMP character alone as it did', async () => {
    const {patched, unpatched} = await loadBoth<Tokenize>('node_modules/slice-ansi/tokenize-ansi.js');
    const wrong: string[] = [];
    for (let cp = 0x20; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (JSON.stringify(patched.default(`x${c}`)) !== JSON.stringify(unpatched.default(`x${c}`))) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('tokenizes any styled text as it did', async () => {
    const {patched, unpatched} = await loadBoth<Tokenize>('node_modules/slice-ansi/tokenize-ansi.js');
    fc.assert(
      fc.property(styled, fc.option(fc.nat(20), {nil: undefined}), (text, end) => {
        const options = end === undefined ? {} : {endCharacter: end};
        expect(patched.default(text, options)).toEqual(unpatched.default(text, options));
      }),
      {numRuns: 1500},
    );
  });
});

describe('ansi-tokenize with the fast path and shared style lists', () => {
  type Module = {
    tokenize(s: string, end?: number): unknown[];
    styledCharsFromTokens(t: unknown[]): {styles: unknown[]}[];
    styledCharsToString(c: unknown[]): string;
    diffAnsiCodes(a: unknown[], b: unknown[]): unknown[];
  };

  it('turns any styled text into the same tokens, styled characters and text', async () => {
    const {patched, unpatched} = await loadBoth<Module>('node_modules/@alcalzone/ansi-tokenize/build/index.js');
    fc.assert(
      fc.property(styled, (text) => {
        const chars = patched.styledCharsFromTokens(patched.tokenize(text));
        expect(patched.tokenize(text)).toEqual(unpatched.tokenize(text));
        expect(chars).toEqual(unpatched.styledCharsFromTokens(unpatched.tokenize(text)));
        expect(patched.styledCharsToString(chars)).toBe(unpatched.styledCharsToString(chars));
      }),
      {numRuns: 1500},
    );
  });

  it('diffs any two style lists as it did', async () => {
    const {patched, unpatched} = await loadBoth<Module>('node_modules/@alcalzone/ansi-tokenize/build/index.js');
    // The styles of one character under 0 to 3 nested styles: lists of the same length often differ.
    const styles = fc.array(fc.nat(STYLES.length - 1), {maxLength: 3}).map((picks) => {
      const text = picks.reduce((t, i) => STYLES[i]!(t), 'x');
      return patched.styledCharsFromTokens(patched.tokenize(text))[0]!.styles;
    });
    fc.assert(
      fc.property(styles, styles, (from, to) => {
        expect(patched.diffAnsiCodes(from, to)).toEqual(unpatched.diffAnsiCodes(from, to));
        expect(patched.diffAnsiCodes(from, from)).toEqual(unpatched.diffAnsiCodes(from, from));
      }),
      {numRuns: 1500},
    );
  });
});

describe("Ink's search for control characters (patches/ink+6.8.0.patch, ansi-tokenizer.js)", () => {
  type Module = {hasAnsiControlCharacters(s: string): boolean};

  it('finds ESC and C1 controls where it did, and nothing else', async () => {
    const {patched, unpatched} = await loadBoth<Module>('node_modules/ink/build/ansi-tokenizer.js');
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const text = `ab${String.fromCharCode(cp)}c`;
      if (patched.hasAnsiControlCharacters(text) !== unpatched.hasAnsiControlCharacters(text)) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    fc.assert(fc.property(fc.string({unit: fc.oneof(UNIT, fc.constantFrom('\u001b[31m', '\u009b', '\u0085'))}), (text) => {
      expect(patched.hasAnsiControlCharacters(text)).toBe(unpatched.hasAnsiControlCharacters(text));
    }));
  });
});
