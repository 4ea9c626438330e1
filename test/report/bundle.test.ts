import {describe, expect, it} from 'vitest';
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
