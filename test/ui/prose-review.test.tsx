/**
 * Stale figures in the prose, in the wizard: the Review step lists each one (field, stated and
 * now, the sentence), u updates the chosen one, Enter goes to its field; the fields that state
 * one are marked; the pane counts them. All through reducer actions.
 */
import {describe, expect, it} from 'vitest';
import {recogniseProse} from '../../src/method/prose-figures.js';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {initialWizardState, wizardReducer} from '../../src/ui/state/wizard-reducer.js';
import {seedAssessment} from './support/fixtures.js';
import {renderWizard} from './support/render-wizard.js';

/** The seed, its prose stating 86.1 and 70% at score 1, with Task 1 scored 3: 76.2, 45%. */
function changedSeed(): Assessment {
  const a = seedAssessment();
  a.override = {score: null, note: 'The 86.1 calibrates against AI Safety Researcher (85.2).'};
  a.commentary = {...a.commentary, scoreVsReality: 'The 86.1 is honest, with 70% of task time at Score 1.'};
  a.tasks[0]!.score = 3;
  return a;
}

describe('stale figures in the prose, in the wizard', () => {
  it('the Review step lists each one; u updates the chosen one; the summary line counts them', async () => {
    const w = renderWizard({assessment: changedSeed(), position: {step: 'review'}, columns: 80, rows: 24});
    let f = await w.waitForText('3 stale figures in prose');
    expect(f).toContain('⚠ Assessor override: 86.1 → now 76.2 · “The 86.1 calibrates against AI');
    expect(f).toContain('⚠ Score vs Reality Check: 86.1 → now 76.2 · “The 86.1 is honest');
    expect(f).toContain('⚠ Score vs Reality Check: 70 → now 45');
    expect(f).toContain('· ⚠ 3 stale in prose');
    await w.type('u');
    f = await w.waitForText('2 stale figures in prose');
    expect(w.draft.latest.override.note).toBe('The 76.2 calibrates against AI Safety Researcher (85.2).');
    await w.press('down');
    await w.type('u');
    f = await w.waitForText('1 stale figure in prose');
    expect(w.draft.latest.commentary.scoreVsReality).toBe('The 86.1 is honest, with 45% of task time at Score 1.');
    // The last one left is the one chosen.
    await w.type('u');
    f = await w.waitForText('✓ No problems: the assessment is finished.');
    expect(f).not.toContain('stale');
    expect(w.draft.latest.commentary.scoreVsReality).toBe('The 76.2 is honest, with 45% of task time at Score 1.');
    w.unmount();
  });

  it('Enter goes to the field of the chosen figure, which is marked; the side pane counts them', async () => {
    const w = renderWizard({assessment: changedSeed(), position: {step: 'review'}, columns: 120, rows: 40});
    let f = await w.waitForText('3 stale figures in prose');
    expect(f).toContain('⚠ 3 stale in prose');
    await w.press('down', 'enter');
    f = await w.waitForText('› Score vs Reality Check ⚠ 2 stale figures: the Review step updates them');
    w.unmount();
  });

  it('with a screen reader, the chosen stale figure is said in words, with what u and Enter do', async () => {
    const w = renderWizard({assessment: changedSeed(), position: {step: 'review'}, screenReader: true, columns: 400});
    const f = await w.waitForText(/Focus: Problem list, item 1 of 3, a stale figure in the prose: Assessor override: 86\.1 to now 76\.2, “The 86\.1 calibrates[^”]*” u updates it, Enter goes to its field\./);
    expect(f).not.toContain('problem 1 of');
    w.unmount();
  });

  it('a task whose rationale states a stale figure is marked "!" in the task table', async () => {
    const a = changedSeed();
    a.tasks[1]!.rationale = 'Together with the others, 70% of task time at Score 1.';
    const w = renderWizard({assessment: a, position: {step: 'tasks', field: 'reinstatementCheck'}, columns: 100, rows: 30});
    const f = await w.waitForText('Reinstatement check');
    const rows = f.split('\n').filter((l) => /^[ !›] /.test(l) && /\d+%/.test(l));
    expect(rows.slice(0, 7).map((l) => l[0])).toEqual([' ', '!', ' ', ' ', ' ', ' ', ' ']);
    w.unmount();
  });

  it('the help window lists the Review step’s keys', async () => {
    const w = renderWizard({assessment: changedSeed(), position: {step: 'review'}, columns: 100, rows: 60});
    await w.waitForText('stale figures in prose');
    await w.type('?');
    await w.waitForText('Keys (Esc or q closes');
    // The Review step's table is one of several: page down until it shows.
    for (let i = 0; i < 4 && !w.frame().includes("In the Review step's problem list"); i++) await w.press('pagedown');
    const f = await w.waitForText("In the Review step's problem list");
    expect(f).toMatch(/u\s+update the chosen stale figure in the\s/);
    expect(f).toMatch(/c\s+confirm the library role a cited name/);
    w.unmount();
  });
});

describe('the reducer’s actions for prose', () => {
  it('updateStatement rewrites the figure alone, and nothing once the text has been edited since', () => {
    const a = changedSeed();
    const [statement] = recogniseProse(a, score(a)).filter((s) => s.status === 'stale');
    const state = initialWizardState(a, {step: 'review'});
    const next = wizardReducer(state, {type: 'updateStatement', statement: statement!});
    expect(next.assessment.override.note).toBe('The 76.2 calibrates against AI Safety Researcher (85.2).');
    const edited = wizardReducer(state, {type: 'setField', path: 'override.note', value: 'Rewritten: The 86.1 calibrates.'});
    expect(wizardReducer(edited, {type: 'updateStatement', statement: statement!})).toBe(edited);
  });

  it('confirmCitation records the name once, in the draft', () => {
    const state = initialWizardState(seedAssessment(), {step: 'review'});
    const next = wizardReducer(state, {type: 'confirmCitation', name: 'RL Engineer', title: 'Reinforcement Learning Engineer'});
    expect(next.assessment.citedAs).toEqual({'RL Engineer': 'Reinforcement Learning Engineer'});
  });
});
