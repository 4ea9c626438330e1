import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {compareAssessments, matchTasks} from '../../src/method/compare.js';
import {setAt} from '../../src/method/fields.js';
import {parseAssessment} from '../../src/method/model.js';
import {score} from '../../src/method/score.js';
import {singleInputs} from '../../src/method/sensitivity.js';
import type {Assessment} from '../../src/method/types.js';
import {arbAssessment} from '../support/arbitraries.js';
import {readFixture} from '../support/paths.js';

const load = (name: string): Assessment => {
  const r = parseAssessment(readFixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

describe('compareAssessments', () => {
  const seed = load('model-alignment-researcher.json');

  it('the seed against a copy with two inputs changed names exactly those two', () => {
    const copy = setAt(setAt(seed, 'evidence.wageTrends.score', 0), 'tasks.2.score', 3);
    const c = compareAssessments(seed, copy);
    expect(c.inputs.map((d) => d.label)).toEqual(['Task 3 ("Reward modelling research (reward hacki…") score', 'Wage Trends']);
    expect(c.text).toEqual([]);
    expect(c.tasks).toEqual({added: [], removed: [], changed: [seed.tasks[2]!.name]});
    const wage = c.inputs[1]!;
    expect([wage.a, wage.b]).toEqual([1, 0]);
    const alone = score(setAt(seed, 'evidence.wageTrends.score', 0));
    expect(wage.effect).toBeCloseTo((alone.formulaScore as number) - (score(seed).formulaScore as number), 12);
    expect(wage.scoreAfter).toBe(alone.score);
    expect(c.biggest?.label).toMatch(/^Task 3 /);
  });

  it('an assessment compared with itself has no differences', () => {
    const c = compareAssessments(seed, structuredClone(seed));
    expect(c.inputs).toEqual([]);
    expect(c.text).toEqual([]);
    expect(c.biggest).toBeNull();
  });

  it('names exactly the scored inputs that were changed (generated assessments)', () => {
    const arb = arbAssessment().chain((a) => {
      const inputs = singleInputs(a);
      return fc.tuple(
        fc.constant(a),
        fc.subarray(inputs).chain((picked) =>
          fc.tuple(...picked.map((i) => fc.integer({min: i.min, max: i.max}).filter((v) => v !== i.value).map((v) => ({i, v})))),
        ),
      );
    });
    fc.assert(
      fc.property(arb, ([a, changes]) => {
        const b = changes.reduce((x, {i, v}) => setAt(x, i.path, v), a);
        const c = compareAssessments(a, b);
        expect(new Set(c.inputs.map((d) => d.path))).toEqual(new Set(changes.map(({i}) => i.path)));
        for (const d of c.inputs) {
          const alone = score(setAt(a, d.path, d.b));
          expect(d.effect).toBeCloseTo((alone.formulaScore as number) - (score(a).formulaScore as number), 9);
        }
      }),
      {numRuns: 100},
    );
  });

  it('tasks are matched by name: added, removed and reordered', () => {
    const b = structuredClone(seed);
    const [first] = b.tasks.splice(0, 1);
    b.tasks.push({...first!, name: `  ${first!.name.toUpperCase()} `});
    b.tasks.splice(1, 1, {name: 'Writing grant proposals', timePercent: 15, score: 3, label: null, rationale: 'x'});
    const c = compareAssessments(seed, b);
    expect(c.tasks.added).toEqual(['Writing grant proposals']);
    expect(c.tasks.removed).toEqual([seed.tasks[2]!.name]);
    expect(c.tasks.changed).toEqual([]);
    expect(c.inputs.map((d) => d.label)).toEqual([
      expect.stringMatching(/^Task "Reward modelling.*\(only in A\)$/),
      'Task "Writing grant proposals" (only in B)',
    ]);
    expect(matchTasks(seed.tasks, b.tasks).pairs).toContainEqual([0, 6]);
  });

  it('text fields and the override are listed by label', () => {
    const b = setAt(setAt(setAt(seed, 'whatThisMeans.timeline', 'Sooner.'), 'override', {score: 47, note: 'Narrow market.'}), 'tasks.0.rationale', 'changed');
    const c = compareAssessments(seed, b);
    expect(c.text.map((t) => t.label)).toEqual(['Assessor override', 'Timeline', expect.stringMatching(/^Task "Novel alignment.* rationale$/)]);
    const o = c.inputs.find((d) => d.path === 'override.score')!;
    expect(o.effect).toBeCloseTo(47 - 86.1, 9);
    expect(o.zoneAfter).toBe('YELLOW');
  });
});
