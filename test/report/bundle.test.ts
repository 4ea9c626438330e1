import {describe, expect, it} from 'vitest';
import {inputsOf, staticClosureOf} from '../support/bundle.js';

const loaded = (source: string) => [...staticClosureOf(source)].flatMap((chunk) => inputsOf(chunk));

describe('what the report commands load', () => {
  it('check loads neither React, Ink, zod nor mustache', () => {
    const inputs = loaded('src/commands/check.ts');
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((i) => /node_modules\/(ink|react|zod|mustache)\/|src\/ui\//.test(i))).toEqual([]);
  });

  it('export does load mustache (the check above can fail)', () => {
    expect(loaded('src/commands/export.ts').filter((i) => /node_modules\/mustache\//.test(i)).length).toBeGreaterThan(0);
  });
});
