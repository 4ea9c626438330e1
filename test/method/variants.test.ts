import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {assessmentJsonSchema, parseAssessment} from '../../src/method/model.js';
import {score} from '../../src/method/score.js';
import type {Assessment, Variant} from '../../src/method/types.js';
import {validate} from '../../src/method/validate.js';
import {impliedVariants, readVariants} from '../../src/method/variant-claims.js';
import {applyVariant, describeChanges, readChanges, renumberVariantTasks, variantFigures, variantInputs} from '../../src/method/variants.js';
import {arbAssessment} from '../support/arbitraries.js';
import {readFixture} from '../support/paths.js';

const seedLike = () => readFixture('model-alignment-researcher.json') as Assessment;
const GOAL = 'protective.goalSettingMoralJudgment.score';
const junior = (...more: Variant['changes']): Variant => ({name: 'Junior (0–2 years)', changes: [{path: GOAL, value: 2}, ...more]});

describe('a seniority variant', () => {
  it('with no change scores exactly as the role (its override aside)', () => {
    fc.assert(
      fc.property(arbAssessment({complete: false}), fc.option(fc.integer({min: 0, max: 100}), {nil: null}), (a, override) => {
        const role = {...a, override: {score: override, note: override === null ? '' : 'why'}};
        const card = variantFigures(role, {name: 'Same', changes: []}).card;
        expect(card).toEqual(score({...role, override: {score: null, note: ''}}));
        if (override === null) expect(card).toEqual(score(role));
      }),
      {numRuns: 200},
    );
  });

  it('is the role with its changes, scored by score(): a principle moves the quick screen, a task the JobZone', () => {
    const a = seedLike();
    const role = score(a);
    const principle = variantFigures(a, junior()).card;
    expect(principle.protectiveTotal).toBe(role.protectiveTotal! - 1);
    expect(principle.quickScreen).not.toBe(role.quickScreen);
    expect(principle.score).toBe(role.score);
    const task = variantFigures(a, junior({path: 'tasks.3.score', value: 3})).card;
    expect(task.taskResistance).toBeCloseTo(role.taskResistance! - 0.15, 10);
    expect(task.score).toBeLessThan(role.score!);
    expect(task).toEqual(score({...a, protective: {...a.protective, goalSettingMoralJudgment: {...a.protective.goalSettingMoralJudgment, score: 2}}, tasks: a.tasks.map((t, i) => (i === 3 ? {...t, score: 3} : t))}));
    // The role itself is untouched.
    expect(score(a)).toEqual(role);
  });

  it('drops the override and changes to tasks the role does not have', () => {
    const a = {...seedLike(), override: {score: 40, note: 'why'}};
    const v = applyVariant(a, {name: 'x', changes: [{path: 'tasks.40.score', value: 5}]});
    expect(v.override.score).toBeNull();
    expect(v.tasks).toBe(a.tasks);
  });

  it('writes its changes in the report’s words and reads them back', () => {
    const a = seedLike();
    const v = junior({path: 'tasks.3.score', value: 3}, {path: 'tasks.0.timePercent', value: 20}, {path: 'tasks.3.timePercent', value: 20}, {path: 'barriers.physicalPresence.score', value: 1});
    const text = describeChanges(a, v);
    expect(text).toBe('Goal-Setting & Moral Judgment 3 → 2; Task 4 score 2 → 3; Task 1 time 25% → 20%; Task 4 time 15% → 20%; Physical Presence 0 → 1');
    const read = readChanges(text);
    expect(read.ok && read.changes.map(({path, value}) => ({path, value}))).toEqual(v.changes);
    expect(read.ok && read.changes[0]).toMatchObject({from: 3, fromStated: true});
    expect(readChanges('task 4 score -> 3; AI Growth Correlation → -1')).toMatchObject({ok: true, changes: [{path: 'tasks.3.score', value: 3, fromStated: false}, {path: 'growth.score', value: -1}]});
    expect(readChanges('none')).toEqual({ok: true, changes: []});
    // The start of one input's name stands for it, as a note writes it; a start that fits several does not.
    expect(readChanges('Goal-Setting 3 → 2')).toMatchObject({ok: true, changes: [{path: GOAL, value: 2}]});
    expect(readChanges('Company → 1')).toMatchObject({ok: true, changes: [{path: 'evidence.companyActions.score', value: 1}]});
    expect(readChanges('AI → 1')).toMatchObject({ok: false});
    expect(describeChanges(a, {name: 'x', changes: []})).toBe('none');
  });

  it('refuses what it cannot read, saying what it takes', () => {
    expect(readChanges('Charisma 1 → 2')).toMatchObject({ok: false, message: expect.stringContaining('"Charisma" is not an input')});
    expect(readChanges('Task 2 score 1 → 9')).toMatchObject({ok: false, message: expect.stringContaining('from 1 to 5')});
    expect(readChanges('Goal-Setting goes down')).toMatchObject({ok: false, message: expect.stringContaining('INPUT FROM → TO')});
  });

  it('lists every input it may change, tasks after the principles', () => {
    const paths = variantInputs(seedLike()).map((i) => i.path);
    expect(paths.slice(0, 5)).toEqual(['protective.embodiedPhysicality.score', 'protective.deepInterpersonalConnection.score', GOAL, 'growth.score', 'tasks.0.score']);
    expect(paths).toHaveLength(3 + 1 + 7 * 2 + 5 + 5);
  });

  it('keeps its task changes on their tasks when the role’s tasks move or go', () => {
    const moved = renumberVariantTasks([junior({path: 'tasks.3.score', value: 3}, {path: 'tasks.1.score', value: 4})], (i) => (i === 1 ? null : i > 1 ? i - 1 : i));
    expect(moved[0]!.changes).toEqual([{path: GOAL, value: 2}, {path: 'tasks.2.score', value: 3}]);
  });
});

describe('variants in the model and validation', () => {
  it('the schema takes variants and refuses an input a variant cannot change or a value off its scale', () => {
    const a = {...seedLike(), variants: [junior()]};
    expect(parseAssessment(a)).toMatchObject({ok: true, assessment: {variants: [junior()]}});
    expect(parseAssessment({...a, variants: [{name: 'x', changes: [{path: 'role.jobTitle', value: 1}]}]})).toMatchObject({ok: false, problems: [{path: 'variants.0.changes.0.path'}]});
    expect(parseAssessment({...a, variants: [{name: 'x', changes: [{path: GOAL, value: 7}]}]})).toMatchObject({ok: false, problems: [{path: 'variants.0.changes.0.value'}]});
    expect(JSON.stringify(assessmentJsonSchema())).toContain('"variants"');
    // A draft without variants is as before: nothing is added.
    const plain = parseAssessment(seedLike());
    expect(plain.ok && 'variants' in plain.assessment).toBe(false);
  });

  it('validate names a variant without a name, a change to a missing task, a change made twice, and times that no longer sum to 100', () => {
    const a: Assessment = {
      ...seedLike(),
      variants: [{name: ' ', changes: [{path: 'tasks.9.score', value: 2}, {path: GOAL, value: 1}, {path: GOAL, value: 2}, {path: 'tasks.0.timePercent', value: 30}]}],
    };
    const problems = validate(a).filter((p) => p.path.startsWith('variants.'));
    expect(problems.map((p) => p.path)).toEqual(['variants.0.name', 'variants.0.changes.0', 'variants.0.changes.2', 'variants.0.changes']);
    expect(problems.map((p) => p.message).join(' ')).toMatch(/has no name.*the role has 7 tasks.*twice.*sum to 105%/);
    expect(validate({...seedLike(), variants: [junior()]}).filter((p) => p.path.startsWith('variants.'))).toEqual([]);
  });
});

describe('claims of the Seniority note about a variant', () => {
  const withNote = (note: string, variants?: Variant[]): Assessment => ({...seedLike(), role: {...seedLike().role, seniorityNote: note}, ...(variants ? {variants} : {})});
  const SEED_NOTE =
    'Junior alignment researchers (post-PhD, 0-2 years) would still score Green but lower — more execution of established research agendas, less agenda-setting. Goal-Setting drops from 3 to 2. Senior researchers setting alignment research direction score deeper Green.';

  it('the seed’s note implies a Junior variant, and its "lower" needs a task change as well', () => {
    const a = withNote(SEED_NOTE);
    expect(impliedVariants(a).map((i) => i.variant)).toEqual([{name: 'Junior', changes: [{path: GOAL, value: 2}]}]);
    const r = readVariants(a, score(a));
    expect(r.implied).toBe(true);
    expect(r.claims.map((c) => [c.kind, c.holds])).toEqual([
      ['zone', true],
      ['lower', false],
    ]);
    expect(r.claims[1]!.message).toContain('moves the quick screen');
    expect(r.claims[1]!.message).toContain('"lower" needs a task change as well');
  });

  it('with a task change stated, "lower" holds; "deeper Green" is judged for a stated senior variant', () => {
    const a = withNote(SEED_NOTE, [junior({path: 'tasks.3.score', value: 3}), {name: 'Senior', changes: [{path: 'tasks.3.score', value: 1}]}]);
    const r = readVariants(a, score(a));
    expect(r.implied).toBe(false);
    expect(r.claims.map((c) => [c.name, c.kind, c.holds])).toEqual([
      ['Junior (0–2 years)', 'zone', true],
      ['Junior (0–2 years)', 'lower', true],
      ['Senior', 'deeperGreen', true],
    ]);
    const wrong = withNote(SEED_NOTE, [junior(), {name: 'Senior', changes: [{path: 'tasks.0.score', value: 3}]}]);
    expect(readVariants(wrong, score(wrong)).claims.filter((c) => !c.holds).map((c) => c.kind)).toEqual(['lower', 'deeperGreen']);
  });

  it('a zone claim is checked against the variant’s zone', () => {
    const a = withNote('Juniors would be Yellow.', [{name: 'Junior', changes: [{path: 'tasks.0.score', value: 2}]}]);
    expect(readVariants(a, score(a)).claims).toEqual([expect.objectContaining({kind: 'zone', holds: false, message: expect.stringContaining('scores Yellow, but it scores')})]);
  });

  it('leaves alone what is not a clear claim about one variant', () => {
    const variants = [junior(), {name: 'Senior', changes: []}];
    for (const note of [
      'Juniors score lower than seniors.',
      'Juniors earn lower wages and face higher expectations.',
      'Earlier-career researchers score a little lower.',
      'The junior market is Green-tinged but lower paid.',
      'Goal-Setting drops from 3 to 2.',
    ]) {
      const a = withNote(note, variants);
      expect(readVariants(a, score(a)).claims, note).toEqual([]);
    }
    // Without a seniority named first, or with a number that is not on the scale, nothing is implied.
    expect(impliedVariants(withNote('Goal-Setting drops from 3 to 2.'))).toEqual([]);
    expect(impliedVariants(withNote('Juniors: Goal-Setting drops from 3 to 7.'))).toEqual([]);
    expect(impliedVariants(withNote('Juniors: salaries drop from 200 to 150.'))).toEqual([]);
    expect(impliedVariants(withNote('Juniors: AI Growth Correlation drops from 2 to 1.')).map((i) => i.variant.changes)).toEqual([[{path: 'growth.score', value: 1}]]);
  });

  it('finds nothing in the fixtures’ notes, written in other words, nor in more phrasings of its own', () => {
    for (const name of ['model-alignment-researcher.json', 'yellow-paralegal.json', 'red-data-entry-clerk.json']) {
      const a = readFixture(name) as Assessment;
      expect(readVariants(a, score(a)), name).toMatchObject({variants: [], claims: []});
    }
    for (const note of [
      'Entry-level paralegals earn less; the score barely moves with seniority.',
      'A senior lead who moves from 2 to 3 direct reports spends more time managing.',
      'Junior staff: pay rises from 40 to 55 thousand within two years.',
      'In 2024 the junior market dropped from 300 to 200 postings.',
      'Juniors: revenue growth rises from 1 to 2 percent.',
      'Juniors: AI Growth Correlation rises from 1 to 2.5 in some labs.',
    ]) {
      const a = withNote(note);
      expect(readVariants(a, score(a)), note).toMatchObject({variants: [], claims: []});
    }
  });

  it('names a seniority and a variant as words of their own, in any case, and reads every change of a sentence', () => {
    const implied = (note: string) => impliedVariants(withNote(note)).map((i) => [i.variant.name, i.variant.changes.map((c) => c.value)]);
    // Plural in s, any case, entry level with a space or a hyphen; not inside another word.
    expect(implied('SENIORS: Goal-Setting DROPS FROM 3 TO 2.')).toEqual([['Senior', [2]]]);
    expect(implied('Entry level staff: Goal-Setting drops from 3 to 1.')).toEqual([['Entry-level', [1]]]);
    expect(implied('Leadership teams: Goal-Setting drops from 3 to 2.')).toEqual([]);
    expect(implied('Non-junior roles: Goal-Setting drops from 3 to 2.')).toEqual([]);
    // The first seniority of the sentence names the variant; two changes in one sentence are both read.
    expect(implied('Trainees, unlike seniors: Goal-Setting drops from 3 to 2 and AI Growth Correlation falls from 2 to 1.')).toEqual([['Trainee', [2, 1]]]);
    const variants = [junior(), {name: 'Senior', changes: []}];
    const named = (note: string) => readVariants(withNote(note, variants), score(withNote(note, variants))).claims.map((c) => c.name);
    expect(named('JUNIORS would still score Green.')).toEqual(['Junior (0–2 years)']);
    expect(named('Junior-level staff would still score Green.')).toEqual([]);
    expect(named('Juniorish staff would still score Green.')).toEqual([]);
  });

  it('an implied change that starts from another value than the role’s is reported', () => {
    const a = withNote('Juniors score Green. Goal-Setting drops from 2 to 1.');
    expect(readVariants(a, score(a)).claims).toContainEqual(expect.objectContaining({kind: 'from', holds: false, message: 'the note says Goal-Setting & Moral Judgment goes from 2, but the role scores it 3'}));
  });
});
