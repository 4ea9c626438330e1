/** Keys that arrive in one chunk (a fast typist, a slow link) each do what they do alone. */
import {describe, expect, it} from 'vitest';
import {exampleAssessment} from '../../src/examples/commercial-electrician.js';
import {renderWizard} from './support/render-wizard.js';

describe('bursts of keys in one chunk', () => {
  it('step 1: a Tab in a burst moves to the next field, it is never a space', async () => {
    const w = renderWizard();
    await w.waitForText('› Job Title');
    await w.burst('Senior\tPrimary text\tRuns the ward.');
    await w.waitForFrame(() => w.draft.latest.role.primaryFunction === 'Runs the ward.', 5000).catch(() => undefined);
    const f = await w.waitForText('Runs the ward.', 5000);
    expect(f).toContain('✓ Job Title: Senior\n');
    expect(f).toContain('✓ Seniority Level: Primary text\n');
    expect(f).toMatch(/› Primary Function\n +Runs the ward\./);
    w.unmount();
  });
  it('task table: a new row, its name, Time % and Score in two bursts', async () => {
    const w = renderWizard({position: {step: 'tasks'}});
    await w.waitForText('3/10');
    await w.burst('aTriage\t');
    await w.burst('30\t2');
    await w.waitForFrame(() => w.draft.latest.tasks[0]?.score === 2, 5000).catch(() => undefined);
    expect(w.draft.latest.tasks).toEqual([expect.objectContaining({name: 'Triage', timePercent: 30, score: 2})]);
    w.unmount();
  });
  it('task table: ? in a burst right after a new row is in its name, it never opens the help', async () => {
    const w = renderWizard({position: {step: 'tasks'}});
    await w.waitForText('3/10');
    await w.burst('aWhy?');
    await w.waitForFrame(() => w.draft.latest.tasks[0]?.name === 'Why?', 5000).catch(() => undefined);
    expect(w.draft.latest.tasks).toEqual([expect.objectContaining({name: 'Why?'})]);
    expect(w.frame()).not.toContain('Everywhere');
    w.unmount();
  });
  it('a score then Tab lands the text after it in the rationale; 45 then Enter on the override is kept', async () => {
    const w = renderWizard({position: {step: 'protective'}});
    await w.waitForText('› Embodied Physicality score');
    await w.burst('3\tHands on.');
    await w.waitForFrame(() => w.draft.latest.protective.embodiedPhysicality.rationale === 'Hands on.', 5000).catch(() => undefined);
    expect(w.draft.latest.protective.embodiedPhysicality).toEqual({score: 3, rationale: 'Hands on.'});
    await w.press('pagedown', 'pagedown', 'pagedown', 'pagedown', 'pagedown');
    await w.waitForText('› Assessor override score');
    await w.burst('45\r');
    await w.waitForText('› Assessor override (optional)', 5000);
    expect(w.draft.latest.override.score).toBe(45);
    w.unmount();
  });
  it('a sentence typed on a score field never quits and says what the field takes', async () => {
    const w = renderWizard({position: {step: 'protective'}});
    await w.waitForText('› Embodied Physicality score');
    await w.burst('quite often');
    await w.waitForText('scores are 0–3; Tab goes to the rationale', 5000);
    expect(w.hasExited()).toBe(false);
    expect(w.frame()).toContain('scores are 0–3; Tab goes to the rationale');
    expect(w.draft.latest.protective.embodiedPhysicality.score).toBeNull();
    w.unmount();
  });
  // Five times: whether a key went to the screen before had depended on how busy the machine was.
  it.each([1, 2, 3, 4, 5])('a step change and keys for the new step in one chunk (%i): each key acts on the screen the one before opened', async () => {
    const w = renderWizard({assessment: exampleAssessment(), columns: 80, rows: 24});
    await w.waitForText('› Job Title');
    // PageDown twice to the task table, then ↓ (next task) and → (its Time %).
    await w.burst('\u001b[6~\u001b[6~\u001b[B\u001b[C');
    const f = await w.waitForText('Task 2 of 6 · Time %', 5000);
    expect(f).toContain('3/10 Task Decomposition');
    expect(f).not.toContain('› Reinstatement check');
    expect(w.draft.updates.at(-1)?.position).toEqual({step: 'tasks', field: 'tasks.1.timePercent'});
    w.unmount();
  });
});
