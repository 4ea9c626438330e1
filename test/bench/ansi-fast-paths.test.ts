import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import * as original from '@alcalzone/ansi-tokenize';
import {Chalk} from 'chalk';
import {build} from 'esbuild';
import fc from 'fast-check';
import originalSliceAnsi from 'slice-ansi';
import {describe, expect, it} from 'vitest';
// @ts-expect-error: plain JS, used by scripts/build.mjs
import {sliceAnsiFastPath, styledCharsFastPath} from '../../scripts/ansi-fast-paths.mjs';
// @ts-expect-error: plain JS helper bundled by scripts/build.mjs
import {simpleSegments} from '../../scripts/string-width-fast-path.js';
import {ROOT} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

type Tokenizer = typeof original;
type InkTokenizer = {hasAnsiControlCharacters: (text: string) => boolean};
type SliceAnsi = typeof originalSliceAnsi;

/** ansi-tokenize, Ink's ANSI tokenizer and slice-ansi as the wizard's bundle has them (patched by the build). */
async function patchedModules(): Promise<{tokenizer: Tokenizer; ink: InkTokenizer; sliceAnsi: SliceAnsi}> {
  const out = join(tempFolder('rw-ansi-fast-paths-'), 'patched.mjs');
  const result = await build({
    stdin: {
      contents:
        "export * as tokenizer from '@alcalzone/ansi-tokenize';\nexport * as ink from './node_modules/ink/build/ansi-tokenizer.js';\nexport {default as sliceAnsi} from 'slice-ansi';",
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    plugins: [sliceAnsiFastPath, styledCharsFastPath],
  });
  writeFileSync(out, result.outputFiles[0]!.text);
  return import(pathToFileURL(out).href);
}

const chalk = new Chalk({level: 3});
type Style = (s: string) => string;
const STYLES: Style[] = [
  (s) => s,
  chalk.red,
  chalk.bold,
  chalk.dim,
  chalk.inverse,
  chalk.bold.red,
  chalk.dim.italic,
  chalk.underline.green,
  chalk.bgBlue.white,
  chalk.hex('#ff8800'),
  chalk.bgAnsi256(22),
];

/** A line as Ink's Text components make them: styled runs, styles nested and adjacent. */
const styledLine = fc
  .array(
    fc.record({
      text: fc.string({unit: fc.constantFrom('a', 'Z', ' ', '·', '─', '│', '✓', '漢', 'é', '⌚', '✅', '⭐', '☔', '👍', '\u0301', '\ufe0f'), maxLength: 8}),
      outer: fc.integer({min: 0, max: STYLES.length - 1}),
      inner: fc.integer({min: 0, max: STYLES.length - 1}),
      nested: fc.boolean(),
    }),
    {maxLength: 8},
  )
  .map((runs) => runs.map((r) => (r.nested ? STYLES[r.outer]!(`x${STYLES[r.inner]!(r.text)}y`) : STYLES[r.outer]!(r.text))).join(''));

describe('the fast paths the build puts into ansi-tokenize, slice-ansi and Ink', () => {
  it('turns lines into the same characters and rows into the same bytes', async () => {
    const {tokenizer: patched} = await patchedModules();
    fc.assert(
      fc.property(fc.array(styledLine, {minLength: 1, maxLength: 4}), (lines) => {
        const before = lines.map((l) => original.styledCharsFromTokens(original.tokenize(l)));
        const after = lines.map((l) => patched.styledCharsFromTokens(patched.tokenize(l)));
        expect(after).toEqual(before);
        // A row made of pieces of several lines, as Ink's output grid is.
        const row = (chars: typeof before) => chars.flatMap((c, i) => c.slice(i % 2));
        expect(patched.styledCharsToString(row(after))).toBe(original.styledCharsToString(row(before)));
      }),
      {numRuns: 400},
    );
  });

  it('diffs identical style lists to nothing, and different ones as before', async () => {
    const {tokenizer: patched} = await patchedModules();
    const styles = (line: string) => original.styledCharsFromTokens(original.tokenize(line))[0]!.styles;
    const boldRed = styles(chalk.bold.red('a'));
    const boldRedAgain = styles(chalk.bold.red('b'));
    expect(patched.diffAnsiCodes(boldRed, boldRedAgain)).toEqual([]);
    expect(original.diffAnsiCodes(boldRed, boldRedAgain)).toEqual([]);
    const none: typeof boldRed = [];
    const pairs: Array<[typeof boldRed, typeof boldRed]> = [
      [boldRed, styles(chalk.red('a'))],
      [styles(chalk.bold('a')), styles(chalk.dim('a'))],
      [none, boldRed],
      [boldRed, none],
    ];
    for (const [a, b] of pairs) {
      expect(patched.diffAnsiCodes(a, b)).toEqual(original.diffAnsiCodes(a, b));
      expect(patched.diffAnsiCodes(a, b)).not.toEqual([]);
    }
  });

  it("finds C1 control characters and escapes as Ink's own check does", async () => {
    const {ink: patched} = await patchedModules();
    const inkOriginal: InkTokenizer = await import('../../node_modules/ink/build/ansi-tokenizer.js');
    const char = fc.constantFrom('a', ' ', '\u001b', '\u0080', '\u009b', '\u009f', '\u00a0', '\u007f', '👍', '\ud83d', '漢');
    fc.assert(
      fc.property(fc.string({unit: char, maxLength: 12}), (text) => {
        expect(patched.hasAnsiControlCharacters(text)).toBe(inkOriginal.hasAnsiControlCharacters(text));
      }),
      {numRuns: 1000},
    );
  });

  it('slices styled lines exactly as slice-ansi does', async () => {
    const {sliceAnsi: patched} = await patchedModules();
    fc.assert(
      fc.property(styledLine, fc.nat(12), fc.nat(12), (line, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(patched(line, from, to)).toBe(originalSliceAnsi(line, from, to));
        expect(patched(line, from)).toBe(originalSliceAnsi(line, from));
      }),
      {numRuns: 1000},
    );
  });

  it('gives every simple character the width slice-ansi gives it (emoji presentation included)', async () => {
    const {sliceAnsi: patched} = await patchedModules();
    const wrong: string[] = [];
    for (let cp = 0xa0; cp <= 0xffff; cp++) {
      const c = String.fromCharCode(cp);
      if (!simpleSegments(c)) continue;
      const line = chalk.red(`${c}ab`);
      for (const [from, to] of [[0, 1], [1, 3], [2, 4]] as const) {
        if (patched(line, from, to) !== originalSliceAnsi(line, from, to)) wrong.push(`U+${cp.toString(16)} ${from}-${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
