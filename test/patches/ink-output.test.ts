/**
 * patches/ink+6.8.0.patch keeps Ink's per-frame caches (styled characters, slices, widths) across
 * frames and reuses the text of a row whose cells did not change. Frame after frame, its output is
 * byte for byte Ink's own.
 */
import {Chalk} from 'chalk';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {loadBoth} from './unpatched.js';

type Output = {write(x: number, y: number, text: string, o: {transformers: unknown[]}): void; clip(c: object): void; unclip(): void; get(): {output: string; height: number}};
type OutputModule = {default: new (o: {width: number; height: number}) => Output};

const chalk = new Chalk({level: 3});
const STYLES = [(s: string) => s, chalk.red, chalk.bold, chalk.inverse, chalk.dim.italic, chalk.bgBlue.white];
const line = fc
  .array(fc.record({text: fc.string({unit: fc.constantFrom('a', 'Z', ' ', '─', '│', '✓', '漢', 'é', '👍', '\u0301'), maxLength: 10}), style: fc.nat(STYLES.length - 1)}), {maxLength: 4})
  .map((runs) => runs.map((r) => STYLES[r.style]!(r.text)).join(''));
const write = fc.record({x: fc.nat(30), y: fc.nat(8), text: fc.array(line, {minLength: 1, maxLength: 3}).map((l) => l.join('\n'))});
const op = fc.oneof(
  {weight: 6, arbitrary: write.map((w) => ({type: 'write' as const, ...w}))},
  {weight: 1, arbitrary: fc.record({x1: fc.nat(20), x2: fc.nat(40), y1: fc.nat(4), y2: fc.nat(10)}).map((clip) => ({type: 'clip' as const, clip}))},
  {weight: 1, arbitrary: fc.constant({type: 'unclip' as const})},
);
type Op = {type: 'write'; x: number; y: number; text: string} | {type: 'clip'; clip: object} | {type: 'unclip'};

function frame(Output: OutputModule['default'], size: {width: number; height: number}, ops: Op[]): string {
  const out = new Output(size);
  for (const o of ops) {
    if (o.type === 'write') out.write(o.x, o.y, o.text, {transformers: []});
    else if (o.type === 'clip') out.clip(o.clip);
    else out.unclip();
  }
  return out.get().output;
}

describe("Ink's output with frames' caches (patches/ink+6.8.0.patch)", () => {
  it('draws every frame of a run byte for byte as Ink does', async () => {
    const {patched, unpatched} = await loadBoth<OutputModule>('node_modules/ink/build/output.js');
    // Frames that repeat most of the last one, as the wizard's do, and sizes that change.
    const frames = fc.array(fc.record({width: fc.integer({min: 1, max: 50}), height: fc.integer({min: 1, max: 10}), ops: fc.array(op, {maxLength: 8})}), {minLength: 1, maxLength: 6});
    fc.assert(
      fc.property(frames, fc.array(write.map((w) => ({type: 'write' as const, ...w})), {maxLength: 4}), (run, common) => {
        for (const {width, height, ops} of run) {
          const all = [...common, ...ops];
          expect(frame(patched.default, {width, height}, all)).toBe(frame(unpatched.default, {width, height}, all));
        }
      }),
      {numRuns: 300},
    );
  });
});
