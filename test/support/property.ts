/**
 * fast-check with a seed that is always printed on failure, so a failing run can be replayed:
 * `PROPERTY_SEED=123 npx vitest run test/report/gfm.test.ts`. Each run draws a new seed
 * unless PROPERTY_SEED is set.
 */
import fc from 'fast-check';

const drawSeed = (): number => {
  const fixed = process.env.PROPERTY_SEED;
  return fixed === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(fixed);
};

export function assertProperty<T>(property: fc.IProperty<T>, numRuns: number): void {
  const seed = drawSeed();
  try {
    fc.assert(property, {numRuns, seed});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`property failed with seed ${seed} (replay: PROPERTY_SEED=${seed})\n${message}`);
  }
}

/** The same for a property whose check awaits (the wizard rendered, keys handed out). */
export async function assertAsyncProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const seed = drawSeed();
  try {
    await fc.assert(property, {numRuns, seed});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`property failed with seed ${seed} (replay: PROPERTY_SEED=${seed})\n${message}`);
  }
}
