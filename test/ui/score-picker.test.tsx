import {describe, expect, it} from 'vitest';
import {useState} from 'react';
import {METHOD} from '../../src/method/definition.js';
import {ScorePicker} from '../../src/ui/components/score-picker.js';
import {KeypressProvider} from '../../src/ui/keys/keypress-context.js';
import {mount} from './support/render-wizard.js';

function Picker({min, max, levels, initial = null}: {min: number; max: number; levels?: Record<string | number, string>; initial?: number | null}) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <KeypressProvider>
      <ScorePicker value={value} min={min} max={max} levels={levels} onChange={setValue} isActive expanded next="the rationale" />
    </KeypressProvider>
  );
}

const chosen = (frame: string) => /› *([+-]?\d)/.exec(frame)?.[1];

describe('ScorePicker', () => {
  it('shows every level of the scale with its meaning', async () => {
    const p = mount(<Picker min={0} max={3} levels={METHOD.protectivePrinciples[0].levels} />);
    const f = await p.waitForText('Fully digital');
    for (const meaning of Object.values(METHOD.protectivePrinciples[0].levels)) expect(f).toContain(meaning.slice(0, 40));
    p.unmount();
  });

  it('a digit sets that value itself, not a list position', async () => {
    const p = mount(<Picker min={0} max={3} levels={METHOD.protectivePrinciples[0].levels} />);
    await p.type('1');
    expect(chosen(p.frame())).toBe('1');
    await p.type('3');
    expect(chosen(p.frame())).toBe('3');
    await p.type('7'); // out of the scale: ignored
    expect(chosen(p.frame())).toBe('3');
    p.unmount();
  });

  it('minus then a digit sets a negative score; arrows step; Backspace clears', async () => {
    const p = mount(<Picker min={-2} max={2} levels={METHOD.growth.levels} />);
    await p.type('-');
    await p.type('2');
    expect(chosen(p.frame())).toBe('-2');
    await p.press('right');
    expect(chosen(p.frame())).toBe('-1');
    // "-" and a digit in one chunk: the digit is handed out once the frame "-" made is committed.
    await p.burst('-1');
    expect(chosen(p.frame())).toBe('-1');
    await p.burst('-2');
    expect(chosen(p.frame())).toBe('-2');
    await p.press('right');
    expect(chosen(p.frame())).toBe('-1');
    await p.press('left', 'left');
    expect(chosen(p.frame())).toBe('-2');
    await p.type('1');
    expect(chosen(p.frame())).toBe('+1');
    await p.press('backspace');
    expect(chosen(p.frame())).toBeUndefined();
    p.unmount();
  });
});
