import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';
import {inputsOf, staticClosureOf} from '../support/bundle.js';

const loaded = (source: string) => [...staticClosureOf(source)].flatMap((chunk) => inputsOf(chunk));

describe('what the report commands load', () => {
  it('check loads neither React, Ink, zod nor mustache', () => {
    const inputs = loaded('src/commands/check.ts');
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((i) => /node_modules\/(ink|react|zod|mustache)\/|src\/ui\//.test(i))).toEqual([]);
  });

  it('check holds no copy of picomatch: globs load it, from a script of its own, on their first use', () => {
    expect(loaded('src/commands/check.ts').filter((i) => /node_modules\/picomatch\//.test(i))).toEqual([]);
    // The script that holds it is there to be loaded (the check above can fail: it is bundled).
    expect(inputsOf([...staticClosureOf('node_modules/picomatch/index.js')][0] ?? '').some((i) => /node_modules\/picomatch\/lib\/picomatch\.js$/.test(i))).toBe(true);
  });

  it('export does load mustache (the check above can fail)', () => {
    expect(loaded('src/commands/export.ts').filter((i) => /node_modules\/mustache\//.test(i)).length).toBeGreaterThan(0);
  });
});

describe('the built scripts', () => {
  // A script with one byte beyond ASCII is read as UTF-8 into a two-byte string: twice the memory
  // for its source and slower to scan. esbuild escapes strings but copies a regex literal as
  // written, so a character like "✓" in one is written \u2713 in the source.
  it('are ASCII, so that each loads as a one-byte string', () => {
    // This build's scripts (dist/ may still hold an earlier build's for a minute).
    const scripts = Object.keys(JSON.parse(readFileSync(`${ROOT}build/meta.json`, 'utf8')).outputs).map((out) => out.replace(/^dist\//, ''));
    expect(scripts.length).toBeGreaterThan(3);
    const beyond = scripts.flatMap((name) => {
      const text = readFileSync(`${ROOT}dist/${name}`, 'latin1');
      const at = text.search(/[^\x00-\x7f]/);
      return at < 0 ? [] : [`${name}: …${text.slice(Math.max(0, at - 40), at + 10)}…`];
    });
    expect(beyond).toEqual([]);
  });
});
