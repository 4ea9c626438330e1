/**
 * Typing in one cell re-renders one row: every row draws its cells through fitWidth, so the calls
 * per keystroke count the rows React actually rendered.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {renderReady, send, type Rendered} from '../support/ink-helpers.js';
import {manyTasks, TaskTableHarness} from './harness.js';

const calls = vi.hoisted(() => ({fitWidth: 0}));
vi.mock('../../../src/ui/text/text-layout.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/ui/text/text-layout.js')>();
  return {
    ...original,
    fitWidth: (text: string, width: number) => {
      calls.fitWidth++;
      return original.fitWidth(text, width);
    },
  };
});

let r: Rendered | undefined;
afterEach(() => r?.unmount());

/** fitWidth calls made while one key is handled and drawn. */
async function callsForKey(r: Rendered, key: string, until: (frame: string) => boolean): Promise<number> {
  const before = calls.fitWidth;
  await send(r, key, until);
  return calls.fitWidth - before;
}

describe('TaskTable rendering cost', () => {
  it.each([100, 500])('re-renders only the edited row while typing, with %i tasks and 20 rows in view', async (count) => {
    r = await renderReady((ready) => <TaskTableHarness ready={ready} tasks={manyTasks(count)} height={27} initialField="tasks.40.name" />);
    await send(r, '\r', (f) => f.includes('editing=true'));
    const perKey = [];
    for (const ch of 'abc') perKey.push(await callsForKey(r, ch, (f) => f.includes(`T0041${'abc'.slice(0, 'abc'.indexOf(ch) + 1)}`)));
    // One row draws 6 cells (5 when the edited cell draws itself); 20 rows would be 100+.
    for (const n of perKey) expect(n).toBeLessThanOrEqual(6);
    for (const n of perKey) expect(n).toBeGreaterThan(0);
  });
});
