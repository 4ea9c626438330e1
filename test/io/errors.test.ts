import {describe, expect, it} from 'vitest';
import {CliError, UsageError} from '../../src/io/errors.js';

describe('CliError', () => {
  it('is told by its brand, so a copy of the class in another script still counts', async () => {
    // A second module instance of the same file, as each command's script holds its own copy.
    const copy = (await import('../../src/io/errors.ts?copy' as string)) as typeof import('../../src/io/errors.js');
    expect(copy.CliError).not.toBe(CliError);
    const error = new copy.CliError('refused', 1);
    expect(error instanceof CliError).toBe(true);
    expect(new copy.UsageError('bad') instanceof CliError).toBe(true);
  });

  it('keeps the ordinary test for a subclass and for errors that are not ours', () => {
    expect(new CliError('x') instanceof UsageError).toBe(false);
    expect(new UsageError('x') instanceof UsageError).toBe(true);
    expect(new Error('x') instanceof CliError).toBe(false);
    expect((null as unknown) instanceof CliError).toBe(false);
  });
});
