import {describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {STEP_SLOTS, STEPS, stepOfPath} from '../../src/ui/state/steps.js';
import {initialWizardState, wizardReducer, type WizardAction, type WizardState} from '../../src/ui/state/wizard-reducer.js';

const run = (state: WizardState, ...actions: WizardAction[]) => actions.reduce(wizardReducer, state);
const start = () => initialWizardState(emptyAssessment());

describe('wizardReducer', () => {
  it('starts in Job Title, or where a draft was left', () => {
    expect(start()).toMatchObject({step: 0, field: 'role.jobTitle'});
    expect(initialWizardState(emptyAssessment(), {step: 'evidence', field: 'evidence.wageTrends.score'})).toMatchObject({
      step: 3,
      field: 'evidence.wageTrends.score',
    });
    expect(initialWizardState(emptyAssessment(), {step: 'barriers'})).toMatchObject({step: 4, field: 'barriers.regulatoryLicensing.score'});
    expect(initialWizardState(emptyAssessment(), {step: 'tasks', field: 'tasks.3.score'})).toMatchObject({step: 2, field: 'tasks.3.score'});
  });

  it('setField changes one value and shares the rest', () => {
    const s = start();
    const next = wizardReducer(s, {type: 'setField', path: 'growth.score', value: -2});
    expect(next.assessment.growth.score).toBe(-2);
    expect(next.assessment.role).toBe(s.assessment.role);
  });

  it('nextField walks the step and runs on into the next step; previousField walks back', () => {
    const slots = STEP_SLOTS.role;
    let s = start();
    for (let i = 1; i < slots.length; i++) s = wizardReducer(s, {type: 'nextField'});
    expect(s.field).toBe(slots.at(-1));
    s = wizardReducer(s, {type: 'nextField'});
    expect(s).toMatchObject({step: 1, field: STEP_SLOTS.protective[0]});
    s = wizardReducer(s, {type: 'previousField'});
    expect(s).toMatchObject({step: 0, field: slots.at(-1)});
  });

  it('a step is re-entered at the field where it was left, and nothing typed is lost', () => {
    const s = run(
      start(),
      {type: 'setField', path: 'role.jobTitle', value: 'Veterinary Nurse'},
      {type: 'nextField'},
      {type: 'nextStep'},
      {type: 'nextStep'},
      {type: 'goToStep', step: 0},
    );
    expect(s.field).toBe('role.seniorityLevel');
    expect(s.assessment.role.jobTitle).toBe('Veterinary Nurse');
  });

  it('goToStep, previousStep and nextStep stay within the ten steps', () => {
    expect(run(start(), {type: 'previousStep'}).step).toBe(0);
    const last = run(start(), {type: 'goToStep', step: 99});
    expect(last.step).toBe(STEPS.length - 1);
    expect(run(last, {type: 'nextStep'}).step).toBe(STEPS.length - 1);
  });

  it('focusField jumps to the step of a field, a task cell or a section', () => {
    expect(run(start(), {type: 'focusField', path: 'commentary.biggestFactor'})).toMatchObject({step: 7, field: 'commentary.biggestFactor'});
    expect(run(start(), {type: 'focusField', path: 'tasks.2.timePercent'})).toMatchObject({step: 2, field: 'tasks.2.timePercent'});
    expect(run(start(), {type: 'focusField', path: 'composite', section: 'composite'})).toMatchObject({step: 6, field: 'override.score'});
    expect(stepOfPath('override.note')).toBe(6);
  });

  it('task actions go to the task reducer', () => {
    const s = run(start(), {type: 'addTask'}, {type: 'setTaskName', index: 0, name: 'Fit cables'}, {type: 'setTaskScore', index: 0, score: 4});
    expect(s.assessment.tasks).toHaveLength(1);
    expect(s.assessment.tasks[0]).toMatchObject({name: 'Fit cables', score: 4});
  });

  it('overlays open and close; a step change closes them', () => {
    const open = run(start(), {type: 'openOverlay', overlay: 'steps'});
    expect(open.overlay).toBe('steps');
    expect(run(open, {type: 'closeOverlay'}).overlay).toBeNull();
    expect(run(open, {type: 'goToStep', step: 4}).overlay).toBeNull();
  });

  it('remembers the chosen Review problem, never below the first; the same state when unchanged', () => {
    const s = run(start(), {type: 'chooseProblem', index: 3});
    expect(s.reviewAt).toBe(3);
    expect(run(s, {type: 'chooseProblem', index: 3})).toBe(s);
    expect(run(s, {type: 'chooseProblem', index: -2}).reviewAt).toBe(0);
    expect(run(s, {type: 'goToStep', step: 9}).reviewAt).toBe(3);
  });
});
