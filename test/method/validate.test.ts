import {describe, expect, it} from 'vitest';
import {emptyAssessment, emptyTask} from '../../src/method/empty.js';
import {parseAssessment} from '../../src/method/model.js';
import type {Assessment} from '../../src/method/types.js';
import {isFinished, missingCount, validate, validator} from '../../src/method/validate.js';
import {readFixture} from '../support/paths.js';

const seed = (): Assessment => {
  const r = parseAssessment(readFixture('model-alignment-researcher.json'));
  if (!r.ok) throw new Error('fixture does not parse');
  return r.assessment;
};
const at = (a: Assessment, path: string) => validate(a).filter((p) => p.path === path);

describe('validate', () => {
  it('finds nothing wrong with the finished fixtures', () => {
    for (const name of ['model-alignment-researcher.json', 'red-data-entry-clerk.json', 'yellow-paralegal.json']) {
      const r = parseAssessment(readFixture(name));
      expect(r.ok && validate(r.assessment)).toEqual([]);
    }
    expect(isFinished(seed())).toBe(true);
  });

  it('says the sum when task times do not add up to 100', () => {
    const a = seed();
    a.tasks[0]!.timePercent = 20;
    const [p] = at(a, 'tasks');
    expect(p).toMatchObject({severity: 'error', kind: 'invalid', section: 'tasks'});
    expect(p!.message).toBe('Task times sum to 95%, not 100% (5% unaccounted for).');
    a.tasks[0]!.timePercent = 30;
    expect(at(a, 'tasks')[0]!.message).toBe('Task times sum to 105%, not 100% (5% too much).');
    expect(isFinished(a)).toBe(false);
  });

  it('flags scores out of range, on every scale', () => {
    const a = seed();
    a.evidence.wageTrends.score = 3;
    a.protective.embodiedPhysicality.score = -1;
    a.barriers.culturalEthical.score = 2.5;
    a.tasks[1]!.score = 6;
    expect(at(a, 'evidence.wageTrends.score')[0]!.message).toBe('Wage Trends score is 3; it must be a whole number from -2 to 2.');
    expect(at(a, 'protective.embodiedPhysicality.score')[0]!.message).toMatch(/from 0 to 3/);
    expect(at(a, 'barriers.culturalEthical.score')[0]!.message).toMatch(/whole number from 0 to 2/);
    expect(at(a, 'tasks.1.score')[0]!.message).toMatch(/from 1 to 5/);
  });

  it('names empty required text in the seed\'s words, but not the optional seniority note', () => {
    const a = seed();
    a.role.jobTitle = '  ';
    a.role.seniorityNote = '';
    a.commentary.biggestFactor = '';
    expect(at(a, 'role.jobTitle')[0]).toMatchObject({kind: 'missing', message: 'Job Title is empty.'});
    expect(at(a, 'role.seniorityNote')).toEqual([]);
    expect(at(a, 'commentary.biggestFactor')[0]!.message).toBe('The single biggest factor is empty.');
  });

  it('flags empty and duplicate task names', () => {
    const a = seed();
    a.tasks[2]!.name = '';
    a.tasks[4]!.name = ` ${a.tasks[1]!.name.toUpperCase()} `;
    expect(at(a, 'tasks.2.name')[0]!.message).toBe('Task 3 has no name.');
    expect(at(a, 'tasks.4.name')[0]!.message).toMatch(/has the same name as task 2/);
  });

  it('flags a 0% task', () => {
    const a = seed();
    a.tasks.push({...emptyTask(), name: 'Idle', timePercent: 0, score: 1, rationale: 'x'});
    expect(at(a, 'tasks.7.timePercent')[0]!.message).toBe('Task 8 ("Idle") takes 0% of the time: give it a share or remove it.');
  });

  it('needs a reason for an override, and none without one', () => {
    const a = seed();
    a.override = {score: 60, note: ''};
    expect(at(a, 'override.note')[0]).toMatchObject({severity: 'error', message: 'An override score needs a written reason.'});
    a.override = {score: null, note: ''};
    expect(at(a, 'override.note')).toEqual([]);
  });

  it('a scoring beyond 100 is a warning, not an error', () => {
    const a = seed();
    for (const t of a.tasks) t.score = 1;
    for (const e of Object.values(a.evidence)) e.score = 2;
    a.barriers.physicalPresence.score = 2;
    a.barriers.unionCollectiveBargaining.score = 2;
    a.barriers.regulatoryLicensing.score = 2;
    a.barriers.liabilityAccountability.score = 2;
    const problems = validate(a);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({severity: 'warning', path: 'composite'});
    expect(isFinished(a)).toBe(true);
  });

  it('counts every missing field of an empty assessment, and orders problems by section', () => {
    const a = emptyAssessment();
    // 5 role texts, 3x2 protective, 2 growth, reinstatement, 5x2 evidence, 5x2 barriers, growth check,
    // 4 commentary, 3 what-this-means, and "no tasks yet".
    expect(missingCount(a)).toBe(5 + 6 + 2 + 1 + 10 + 10 + 1 + 4 + 3 + 1);
    const sections = validate(a).map((p) => p.section);
    expect(sections.indexOf('role')).toBe(0);
    expect(sections.lastIndexOf('whatThisMeans')).toBe(sections.length - 1);
  });
});

describe('validator (the wizard’s validate, which checks again only the tasks that changed)', () => {
  it('gives what validate gives after a task is renamed, emptied, named like another, moved, removed and given time', () => {
    const check = validator();
    const steps: Array<ReturnType<typeof validate>> = [];
    const same = (a: Assessment) => {
      const got = check(a);
      expect(got).toEqual(validate(a));
      steps.push(got);
    };
    const a = seed();
    // At 0% each task has a problem whose message names it.
    for (const t of a.tasks.slice(0, 3)) t.timePercent = 0;
    same(a);
    // Each edit replaces only the task edited, as the wizard's reducer does.
    const edit = (from: Assessment, i: number, change: Partial<Assessment['tasks'][number]>): Assessment => ({
      ...from,
      tasks: from.tasks.map((t, k) => (k === i ? {...t, ...change} : t)),
    });
    const renamed = edit(a, 2, {name: 'Something else'});
    same(renamed);
    const emptied = edit(renamed, 2, {name: ''});
    same(emptied);
    // Task 4 now bears task 2's name: a duplicate, though task 4 itself did not change object.
    const twin = edit(emptied, 2, {name: a.tasks[3]!.name});
    same(twin);
    same(edit(twin, 2, {name: 'Something else'}));
    // The first two tasks swap places: their messages name their new numbers.
    same({...a, tasks: [a.tasks[1]!, a.tasks[0]!, ...a.tasks.slice(2)]});
    same({...a, tasks: a.tasks.slice(1)});
    same(edit(a, 0, {timePercent: 10}));
    for (let i = 1; i < steps.length; i++) expect(steps[i]).not.toEqual(steps[i - 1]);
  });
});
