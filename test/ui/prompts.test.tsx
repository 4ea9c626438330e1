/** The resume draft picker: windowed to the terminal, on the keypress layer, so a burst of arrows moves once per arrow. */
import {Text} from 'ink';
import {describe, expect, it} from 'vitest';
import {KeypressProvider, useKeypress} from '../../src/ui/keys/keypress-context.js';
import {ChooseList, listRows} from '../../src/ui/prompts.js';
import {FakeStdin, mount} from './support/render-wizard.js';

const choices = (n: number) =>
  Array.from({length: n}, (_, i) => ({id: `draft-${i + 1}`, line: `Role ${String(i + 1).padStart(4, '0')} · 50.0 YELLOW · finished`}));

function picker(n: number, size = {columns: 80, rows: 24}) {
  const chosen: Array<string | null> = [];
  const h = mount(
    <KeypressProvider>
      <ChooseList title="Resume which draft?" choices={choices(n)} onDone={(id) => chosen.push(id)} />
    </KeypressProvider>,
    size,
  );
  return {...h, chosen};
}

const selected = (frame: string) => /^› (Role \d{4})/m.exec(frame)?.[1];

describe('the resume draft picker', () => {
  it('draws only the rows that fit (1,000 drafts at 80x24), with how many more below', async () => {
    const started = performance.now();
    const p = picker(1000);
    const f = await p.waitForText('Resume which draft? (1 of 1000)');
    const drawn = performance.now() - started;
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(lines.filter((l) => /Role \d{4}/.test(l))).toHaveLength(listRows(1000, 24));
    expect(f).toContain(`↓ ${1000 - listRows(1000, 24)} more below`);
    expect(f).not.toContain('more above');
    expect(selected(f)).toBe('Role 0001');
    // Drawn whole, a thousand rows took about a third of a second here; the window, a few milliseconds.
    expect(drawn).toBeLessThan(1000);
    p.unmount();
  });

  it('a burst of arrows in one write moves once per arrow, the chosen one always in view', async () => {
    const p = picker(1000);
    await p.waitForText('(1 of 1000)');
    await p.burst('\u001b[B'.repeat(30));
    let f = await p.waitForText('(31 of 1000)');
    expect(selected(f)).toBe('Role 0031');
    const rows = listRows(1000, 24);
    expect(f).toContain(`↑ ${31 - rows} more above`);
    expect(f).toContain(`↓ ${1000 - 31} more below`);
    await p.burst(`${'\u001b[A'.repeat(5)}\u001b[F`);
    f = await p.waitForText('(1000 of 1000)');
    expect(selected(f)).toBe('Role 1000');
    expect(f).not.toContain('more below');
    await p.burst('\u001b[H\u001b[B\u001b[B\r\u001b[B');
    await p.waitForFrame(() => p.chosen.length > 0);
    expect(p.chosen).toEqual(['draft-3']);
    p.unmount();
  });

  it('a short list is drawn whole, without counts; Esc cancels', async () => {
    const p = picker(3);
    const f = await p.waitForText('Resume which draft?');
    expect(f.split('\n').filter((l) => /Role \d{4}/.test(l))).toHaveLength(3);
    expect(f).not.toMatch(/more (above|below)|of 3/);
    await p.press('esc');
    await p.waitForFrame(() => p.chosen.length > 0);
    expect(p.chosen).toEqual([null]);
    p.unmount();
  });

  it('keys typed after Enter in the same read reach what opens next: the picker and the wizard read one key stream', async () => {
    const stdin = new FakeStdin();
    const chosen: Array<string | null> = [];
    const p = mount(
      <KeypressProvider>
        <ChooseList title="Resume which draft?" choices={choices(3)} onDone={(id) => chosen.push(id)} />
      </KeypressProvider>,
      {stdin},
    );
    await p.waitForText('Resume which draft?');
    // Enter, then the start of a title and an arrow key cut short by the end of the read.
    p.write('\u001b[B\rab\u001b[');
    await p.instance.waitUntilExit();
    expect(chosen).toEqual(['draft-2']);
    const got: string[] = [];
    function Next() {
      useKeypress((input, key) => void got.push(key.leftArrow ? 'left' : input));
      return <Text>next</Text>;
    }
    const next = mount(
      <KeypressProvider>
        <Next />
      </KeypressProvider>,
      {stdin},
    );
    await next.waitForText('next');
    next.write('D');
    await next.waitForFrame(() => got.length >= 3).catch(() => undefined);
    expect(got).toEqual(['a', 'b', 'left']);
    next.unmount();
  });
});
