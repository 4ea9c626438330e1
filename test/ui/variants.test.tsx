import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {wizardReducer, initialWizardState} from '../../src/ui/state/wizard-reducer.js';
import {readFixture} from '../support/paths.js';
import {renderWizard} from './support/render-wizard.js';

const SEED_NOTE =
  'Junior alignment researchers (post-PhD, 0-2 years) would still score Green but lower — more execution of established research agendas, less agenda-setting. Goal-Setting drops from 3 to 2. Senior researchers setting alignment research direction score deeper Green.';
const seedLike = (note = SEED_NOTE): Assessment => {
  const a = readFixture('model-alignment-researcher.json') as Assessment;
  return {...a, role: {...a.role, seniorityNote: note}};
};
const GOAL = 'protective.goalSettingMoralJudgment.score';

describe('seniority variants in the wizard', () => {
  it('adds a variant under the Seniority note and shows its figures beside the role’s in the pane, live', async () => {
    const w = renderWizard({assessment: seedLike('Juniors score lower.'), position: {step: 'role', field: 'variants'}, columns: 160, rows: 48});
    await w.waitForText('› Seniority variants');
    expect(w.frame()).toContain('none yet: a adds one');
    await w.type('a');
    await w.type('Junior (0–2 years)');
    await w.press('tab');
    await w.type('goal → 2');
    await w.waitForText('Junior (0–2 years): Goal-Setting & Moral Judgment 3 → 2 · 86.1/100 GREEN');
    // A principle moves the quick screen, not the JobZone: the note's "lower" needs a task change.
    await w.waitForText('"lower" needs a task change as well');
    expect(w.frame()).toMatch(/│Junior \(0–2 years\)\s*│/);
    expect(w.frame()).toContain('PT 3/9 · TR 4.70/5.0 · Likely Yellow Zone');
    await w.type('; task 4 score → 3');
    await w.waitForText('  83.2/100 GREEN Green (Accelerated)');
    expect(w.frame()).not.toContain('needs a task change');
    await w.press('enter');
    await w.waitForText('a add · Enter edit · d delete');
    expect(w.draft.latest.variants).toEqual([{name: 'Junior (0–2 years)', changes: [{path: GOAL, value: 2}, {path: 'tasks.3.score', value: 3}]}]);
    // The role's own figures are unchanged.
    expect(w.frame()).toContain('JobZone 86.1/100 GREEN');
    w.unmount();
  });

  it('what changes is kept only once it reads; the field says what is wrong meanwhile', async () => {
    const w = renderWizard({assessment: {...seedLike(''), variants: [{name: 'Lead', changes: []}]}, position: {step: 'role', field: 'variants.0'}});
    await w.waitForText('Lead: none');
    await w.press('enter', 'tab');
    await w.type('charisma → 2');
    await w.waitForText('✗ "charisma" is not an input a variant can change');
    expect(w.draft.latest.variants).toEqual([{name: 'Lead', changes: []}]);
    await w.press('esc');
    await w.waitForText('a add · Enter edit · d delete');
    await w.type('d');
    await w.waitForText('none yet: a adds one');
    expect('variants' in w.draft.latest).toBe(false);
    w.unmount();
  });

  it('at 80 columns each variant is one line below the summary; a variant the note implies is kept with Enter', async () => {
    const w = renderWizard({assessment: seedLike(), position: {step: 'role', field: 'variants'}});
    await w.waitForText('↳ Junior (from the note): 86.1/100 GREEN');
    expect(w.frame()).toContain('⚠ "lower" needs a task change as well');
    await w.press('enter');
    await w.waitForFrame(() => w.draft.latest.variants !== undefined);
    expect(w.draft.latest.variants).toEqual([{name: 'Junior', changes: [{path: GOAL, value: 2}]}]);
    await w.waitForText('↳ Junior: 86.1/100 GREEN');
    w.unmount();
  });
});

describe('seniority variants for a screen reader', () => {
  it('says the selected variant, its figures in words, a claim of the note it contradicts, and the keys', async () => {
    const w = renderWizard({assessment: seedLike(), position: {step: 'role', field: 'variants'}, screenReader: true, columns: 400});
    const f = await w.waitForText('Enter keeps it as a variant of the role');
    expect(f).toContain('Focus: Seniority variants, variant 1 of 1, read from the note, Junior: Goal-Setting & Moral Judgment 3 to 2; JobZone score 86.1 of 100, Green');
    expect(f).toContain('Warning: the note says Junior scores lower, but it scores 86.1, as the role does');
    w.unmount();
  });
});

describe('the reducer keeps variants on their tasks', () => {
  it('a moved or deleted task takes its variant changes with it', () => {
    const a: Assessment = {...seedLike(''), variants: [{name: 'J', changes: [{path: 'tasks.3.score', value: 3}, {path: 'tasks.1.score', value: 2}]}]};
    let s = initialWizardState(a);
    s = wizardReducer(s, {type: 'moveTask', from: 3, to: 0});
    expect(s.assessment.variants![0]!.changes).toEqual([{path: 'tasks.0.score', value: 3}, {path: 'tasks.2.score', value: 2}]);
    s = wizardReducer(s, {type: 'deleteTask', index: 2});
    expect(s.assessment.variants![0]!.changes).toEqual([{path: 'tasks.0.score', value: 3}]);
    s = wizardReducer(s, {type: 'addTask', at: 0});
    expect(s.assessment.variants![0]!.changes).toEqual([{path: 'tasks.1.score', value: 3}]);
  });
});
