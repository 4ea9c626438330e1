import {describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {barCells} from '../../src/ui/pane/time-bar.js';
import {gaugeColumn} from '../../src/ui/pane/gauge.js';
import {seedAssessment} from './support/fixtures.js';
import {renderWizard} from './support/render-wizard.js';

describe('side pane', () => {
  it('shows every figure of the seed at 120×40, from the scorecard', async () => {
    const w = renderWizard({assessment: seedAssessment(), columns: 120, rows: 40});
    const f = await w.waitForText('JobZone 86.1/100');
    for (const text of [
      'GREEN',
      'Green (Accelerated)',
      '38.1 above the Green threshold (48)',
      'Protective Total 4/9',
      'Likely Green Zone (Accelerated)',
      'Task time 100% ✓',
      'Weighted total 1.30',
      'Task Resistance 4.70/5.0',
      'Evidence total 8',
      'Barrier total 4/10',
      '(8 x 0.04) = 1.32',
      '(4 x 0.02) = 1.08',
      '(2 x 0.05) = 1.10',
      'Raw 7.3704',
      'Disp 0% ▓ Aug 30% ░ Not 70%',
      '✓ nothing missing',
    ])
      expect(f).toContain(text);
    // The gauge marks 25 and 48 and points at the score.
    expect(f).toMatch(/0 +25 +48 +100/);
    expect(f).toContain('▲');
    w.unmount();
  });

  it('flags the task time until it sums to 100 and counts what is missing', async () => {
    const a = seedAssessment();
    a.tasks[0]!.timePercent = 20;
    a.commentary.biggestFactor = '';
    const w = renderWizard({assessment: a, columns: 120, rows: 40});
    const f = await w.waitForText('Task time 95% ⚠ must sum to 100%');
    expect(f).toContain('1 field still missing');
    w.unmount();
  });

  it('becomes one summary line at 80×24 and follows a live resize', async () => {
    const w = renderWizard({assessment: seedAssessment(), columns: 80, rows: 24});
    const small = await w.waitForText('86.1/100 GREEN · time 100%✓');
    expect(small).not.toContain('Protective Total');
    // At 80 columns the totals are kept whole; the wording after them gives way.
    expect(small).toMatch(/86\.1\/100 GREEN · time 100%✓ · TR 4\.70\/5\.0 · E 8 B 4\/10 · 0 missing/);
    await w.resize(120, 40);
    await w.waitForText('Protective Total 4/9');
    await w.resize(80, 24);
    await w.waitForFrame((f) => !f.includes('Protective Total'));
    w.unmount();
  });

  it('an empty assessment shows dashes, not NaN', async () => {
    const w = renderWizard({assessment: emptyAssessment(), columns: 120, rows: 40});
    const f = await w.waitForText('JobZone — no zone yet');
    expect(f).not.toContain('NaN');
    expect(f).toContain('Task time 0% ⚠ must sum to 100%');
    w.unmount();
  });

  it('the zone is written in words, so it reads without colour', async () => {
    const a = seedAssessment();
    a.override = {score: 30, note: 'Test'};
    const w = renderWizard({assessment: a, columns: 120, rows: 40, color: false});
    const f = await w.waitForText('JobZone 30.0/100 YELLOW (override)');
    expect(f).toContain('Yellow (Moderate)');
    w.unmount();
  });
});

describe('pane pictures', () => {
  it('gauge columns put 0 and 100 at the ends', () => {
    expect(gaugeColumn(0, 40)).toBe(0);
    expect(gaugeColumn(100, 40)).toBe(39);
    expect(gaugeColumn(48, 40)).toBeGreaterThan(gaugeColumn(25, 40));
    expect(gaugeColumn(150, 40)).toBe(39);
  });
  it('bar cells add up to the shares of the width', () => {
    expect(barCells([0, 30, 70], 40)).toEqual([0, 12, 28]);
    expect(barCells([33, 33, 34], 10).reduce((a, b) => a + b)).toBe(10);
    expect(barCells([50], 10)).toEqual([5]);
  });
});
