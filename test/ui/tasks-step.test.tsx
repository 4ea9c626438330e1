import {describe, expect, it} from 'vitest';
import {seedAssessment} from './support/fixtures.js';
import {renderWizard} from './support/render-wizard.js';

describe('Task Decomposition step', () => {
  it('adds a task through the table; the pane follows its time and score', async () => {
    const w = renderWizard({position: {step: 'tasks'}, columns: 120, rows: 40});
    await w.waitForText('No tasks yet');
    await w.type('a');
    await w.type('Wire boards');
    await w.press('enter');
    await w.waitForFrame(() => w.draft.latest.tasks[0]?.name === 'Wire boards');
    await w.press('tab');
    await w.type('100');
    await w.press('tab');
    await w.type('2');
    await w.waitForText('Task time 100% ✓');
    expect(w.frame()).toContain('Weighted total 2.00');
    expect(w.draft.latest.tasks[0]).toMatchObject({name: 'Wire boards', timePercent: 100, score: 2});
    expect(w.draft.updates.at(-1)?.position.field).toBe('tasks.0.score');
    w.unmount();
  });

  it('Tab past the table reaches the Reinstatement check; leaving with a bad sum keeps it flagged', async () => {
    const a = seedAssessment();
    a.tasks[0]!.timePercent = 5;
    const w = renderWizard({assessment: a, position: {step: 'tasks', field: 'tasks.6.rationale'}});
    await w.waitForText('3/10 Task Decomposition');
    await w.press('tab');
    await w.waitForText('› Reinstatement check (Acemoglu)');
    await w.press('pagedown');
    await w.waitForText('4/10 Evidence Score');
    expect(w.frame()).toContain('time 80%⚠');
    w.unmount();
  });
});
