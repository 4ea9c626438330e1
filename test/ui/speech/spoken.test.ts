import {describe, expect, it} from 'vitest';
import {spoken} from '../../../src/ui/speech/spoken.js';

describe('spoken: display text as a speech synthesiser reads it', () => {
  it('says ranges, percentages, sums and maxima in words', () => {
    expect(spoken('scores are 0–3; Tab goes to the rationale')).toBe('scores are 0 to 3; Tab goes to the rationale');
    expect(spoken('Column Score (1-5)')).toBe('Column Score (1 to 5)');
    expect(spoken('-2 to 2, or 0..100')).toBe('-2 to 2, or 0 to 100');
    expect(spoken('Total 110% — 10% too much')).toBe('Total 110 percent, 10 percent too much');
    expect(spoken('Task Resistance 4.70/5.0')).toBe('Task Resistance 4.70 of 5.0');
    expect(spoken('5.00 - 2.35 = 2.65')).toBe('5.00 minus 2.35 equals 2.65');
    expect(spoken('Raw: 4.70 x 1.04 = 4.8880')).toBe('Raw: 4.70 times 1.04 equals 4.8880');
    expect(spoken('(4.2240 - 0.54) / 7.93 x 100 = 46.5/100')).toBe('(4.2240 minus 0.54) divided by 7.93 times 100 equals 46.5 of 100');
    expect(spoken('Protective 7 + Correlation 1 = Likely Green Zone')).toBe('Protective 7 plus Correlation 1 equals Likely Green Zone');
    expect(spoken('Protective Principles + AI Growth Correlation')).toBe('Protective Principles and AI Growth Correlation');
    expect(spoken('% of task time scoring 3+: 40%')).toBe('percent of task time scoring 3 or more: 40 percent');
    expect(spoken('Zone: GREEN (Green >= 48, Yellow 25-47, Red <25)')).toBe('Zone: GREEN (Green at least 48, Yellow 25 to 47, Red below 25)');
  });
  it('leaves out marks, box drawing and blocks, and names arrows', () => {
    expect(spoken('✓ Wrote ./nurse.md')).toBe('Wrote ./nurse.md');
    expect(spoken('✗ Export failed: disk full')).toBe('Export failed: disk full');
    expect(spoken('⚠ ./nurse.md exists. Overwrite it?')).toBe('./nurse.md exists. Overwrite it?');
    expect(spoken('█ Disp 30% ▓ Aug 50% ░ Not 20% │ ╭──╮')).toBe('Disp 30 percent Aug 50 percent Not 20 percent');
    expect(spoken('Tab / ↓')).toBe('Tab or down arrow');
    expect(spoken('← / →: score lower / higher')).toBe('left arrow or right arrow: score lower or higher');
    expect(spoken('Goal-Setting 3 → 2; Task 4 score 2 → 3')).toBe('Goal-Setting 3 to 2; Task 4 score 2 to 3');
    expect(spoken('a add · i insert · d delete')).toBe('a add, i insert, d delete');
    expect(spoken('Writing ./nurse.md…')).toBe('Writing ./nurse.md');
    expect(spoken('F1/? help · PgDn/PgUp step')).toBe('F1/? help, Page Down/Page Up step');
  });
  it('reads the default of a question from its capital letter', () => {
    expect(spoken('⚠ Not finished: export marked "Draft — incomplete"? (y/N)')).toBe(
      'Not finished: export marked "Draft, incomplete"? (y or n; default no)',
    );
    expect(spoken('Leave? (Y/n)')).toBe('Leave? (y or n; default yes)');
  });
  it('makes user text one line, and harmless for the terminal', () => {
    expect(spoken('line one\nline two\tend')).toBe('line one line two end');
    expect(spoken('title\u001b]0;owned\u0007')).not.toMatch(/[\u0000-\u001f]/);
    expect(spoken('  , — ')).toBe('');
    expect(spoken('value: Why it scores 3.. Takes text')).toBe('value: Why it scores 3. Takes text');
  });
});
