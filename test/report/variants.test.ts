import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {METHOD} from '../../src/method/definition.js';
import type {Assessment, Variant} from '../../src/method/types.js';
import {BUILT_IN_CONVENTIONS, checkParsedReport} from '../../src/report/check/check.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {ReportError} from '../../src/report/errors.js';
import {arbAssessment, hostileText} from '../support/arbitraries.js';
import {readFixture, SEED_REPORT, seedAvailable, seedMissingReason} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {asReadBack, roundTrip} from './support.js';

const GOAL = 'protective.goalSettingMoralJudgment.score';
const seedLike = () => readFixture('model-alignment-researcher.json') as Assessment;
const withVariants = (variants: Variant[], a = seedLike()): Assessment => ({...a, variants});
const VARIANTS: Variant[] = [
  {name: 'Junior (0–2 years)', changes: [{path: GOAL, value: 2}, {path: 'tasks.3.score', value: 3}]},
  {name: 'Lead | principal', changes: [{path: 'tasks.0.timePercent', value: 30}, {path: 'tasks.3.timePercent', value: 10}, {path: 'evidence.wageTrends.score', value: 2}]},
  {name: 'Same', changes: []},
];
const check = (text: string, conventions = BUILT_IN_CONVENTIONS) => checkParsedReport(parseReport(text), conventions).discrepancies;
const tmp = tempFolder('rw-variants-');

describe('the variants table under the Seniority note', () => {
  // Lead by hand: TR 6.00 - (0.30 + 0.20 + 0.15 + 0.20 + 0.20 + 0.10 + 0.10) = 4.75; Raw 4.75 x 1.36 x 1.08 x 1.10 = 7.6745; (7.6745 - 0.54) / 7.93 x 100 = 89.97.
  it('shows each variant: what changes, its JobZone, zone and sub-label', () => {
    const text = renderReport(withVariants(VARIANTS));
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Seniority note:'));
    expect(lines.slice(at + 2, at + 7)).toEqual([
      '| Variant | What changes | JobZone | Zone | Sub-label |',
      '|---|---|---|---|---|',
      '| Junior (0–2 years) | Goal-Setting & Moral Judgment 3 → 2; Task 4 score 2 → 3 | 83.2/100 | GREEN | Green (Accelerated) |',
      '| Lead \\| principal | Task 1 time 25% → 30%; Task 4 time 15% → 10%; Wage Trends 1 → 2 | 90.0/100 | GREEN | Green (Accelerated) |',
      '| Same | none | 86.1/100 | GREEN | Green (Accelerated) |',
    ]);
  });

  it('is not there when the role has no variant: the report is as before', () => {
    const a = seedLike();
    expect(renderReport({...a, variants: []})).toBe(renderReport(a));
    expect(renderReport(a)).not.toContain('| Variant |');
  });

  it('import reads it back: import(export(a)) equals a, fixtures and generated variants alike', () => {
    expect(roundTrip(withVariants(VARIANTS))).toEqual(asReadBack(withVariants(VARIANTS)));
    const change = fc.oneof(
      fc.constantFrom(...METHOD.protectivePrinciples.map((p) => p.key)).chain((k) => fc.record({path: fc.constant(`protective.${k}.score`), value: fc.integer({min: 0, max: 3})})),
      fc.record({path: fc.constant('growth.score'), value: fc.integer({min: -2, max: 2})}),
      fc.record({path: fc.constant('tasks.0.score'), value: fc.integer({min: 1, max: 5})}),
      fc.constantFrom(...METHOD.barriers.map((b) => b.key)).chain((k) => fc.record({path: fc.constant(`barriers.${k}.score`), value: fc.integer({min: 0, max: 2})})),
    );
    const variant = fc.record({name: hostileText(), changes: fc.uniqueArray(change, {selector: (c) => c.path, maxLength: 4})});
    fc.assert(
      fc.property(arbAssessment({complete: false, text: hostileText()}), fc.array(variant, {minLength: 1, maxLength: 3}), (a, variants) => {
        const b = {...a, variants};
        expect(roundTrip(b)).toEqual(asReadBack(b));
      }),
      {numRuns: 150},
    );
  });

  it('a row import cannot read is an error with its line', () => {
    const text = renderReport(withVariants(VARIANTS)).replace('Task 4 score 2 → 3', 'Charisma 2 → 3');
    const line = text.split('\n').findIndex((l) => l.includes('Charisma')) + 1;
    expect(() => parseReport(text)).toThrow(ReportError);
    expect(() => parseReport(text)).toThrow(new RegExp(`line ${line}.*"Charisma" is not an input`));
  });
});

describe('check on the variants', () => {
  const text = renderReport(withVariants(VARIANTS));
  const lineOf = (needle: string, t = text) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('an export checks clean', () => {
    expect(check(text)).toEqual([]);
  });

  it('finds a stated variant figure the arithmetic contradicts: JobZone, zone, sub-label, the role’s value a change starts from', () => {
    const wrong = text.replace('| 83.2/100 | GREEN | Green (Accelerated) |', '| 85.0/100 | YELLOW | Yellow (Urgent) |').replace('Wage Trends 1 → 2', 'Wage Trends 0 → 2');
    const found = check(wrong);
    expect(found.map((d) => [d.field, d.line, d.severity, d.stated, d.expected])).toEqual([
      ['variants.0.score', lineOf('Junior'), 'error', '85.0/100', '83.2/100'],
      ['variants.0.zone', lineOf('Junior'), 'error', 'YELLOW', 'GREEN'],
      ['variants.0.subLabel', lineOf('Junior'), 'error', 'Yellow (Urgent)', 'Green (Accelerated)'],
      ['variants.1.from', lineOf('Lead'), 'error', '0', '1'],
    ]);
  });

  it('a change the role cannot take is an error on its row: a task it does not have, times that no longer sum to 100', () => {
    const wrong = text.replace('Task 4 score 2 → 3', 'Task 9 score 2 → 3').replace('Task 4 time 15% → 10%', 'Task 4 time 15% → 15%');
    const found = check(wrong).filter((d) => d.field.endsWith('.changes'));
    expect(found.map((d) => [d.field, d.line, d.severity])).toEqual([
      ['variants.0.changes', lineOf('Junior'), 'error'],
      ['variants.1.changes', lineOf('Lead'), 'error'],
    ]);
    expect(found.map((d) => (d as unknown as {message: string}).message)).toEqual([
      'Variant "Junior (0–2 years)" changes Task 9 score, but the role has 7 tasks.',
      'Variant "Lead | principal": task times sum to 105%, not 100%: move time from one task to another.',
    ]);
  });

  it('a figure in another form is the same figure', () => {
    expect(check(text.replace('| 83.2/100 |', '| 83.20 |').replace('| GREEN | Green (Accelerated) |', '| Green | green (accelerated) |'))).toEqual([]);
  });

  it('a claim of the note that a stated variant contradicts is a warning under variantClaims, off when the config says so', () => {
    const note = 'Seniority note: Juniors would score Yellow. Leads score lower.';
    const claimed = renderReport(withVariants(VARIANTS)).replace(/^Seniority note: .*$/m, note);
    const found = check(claimed);
    expect(found.map((d) => [d.field, d.line, d.severity, d.defaultRule])).toEqual([
      ['variants.0.claim', lineOf('Seniority note', claimed), 'warning', 'variantClaims'],
      ['variants.1.claim', lineOf('Seniority note', claimed), 'warning', 'variantClaims'],
    ]);
    expect(check(claimed, {...BUILT_IN_CONVENTIONS, rules: {...BUILT_IN_CONVENTIONS.rules, variantClaims: 'off'}})).toEqual([]);
    expect(check(claimed, {...BUILT_IN_CONVENTIONS, rules: {...BUILT_IN_CONVENTIONS.rules, variantClaims: 'error'}}).map((d) => d.severity)).toEqual(['error', 'error']);
  });

  it.skipIf(!seedAvailable)('the seed: one new finding, the implied Junior variant’s "lower", which needs a task change as well', () => {
    if (!seedAvailable) console.warn(seedMissingReason);
    const found = check(readFileSync(SEED_REPORT, 'utf8'));
    expect(found).toEqual([
      expect.objectContaining({field: 'variants.0.claim', line: 9, severity: 'warning', defaultRule: 'variantClaims', stated: 'score Green but lower', implied: true}),
    ]);
    expect((found[0] as unknown as {message: string}).message).toContain('"lower" needs a task change as well');
    const json = JSON.parse(runCli(['check', SEED_REPORT, '--json']).stdout)[0];
    expect(json.variants).toEqual([expect.objectContaining({name: 'Junior', implied: true, whatChanges: 'Goal-Setting & Moral Judgment 3 → 2', score: 86.1, zone: 'GREEN'})]);
    expect(json.discrepancies).toHaveLength(1);
  });

  it('score --json lists the variants with their full figures; the text lists one line each', () => {
    const file = join(tmp, 'with-variants.json');
    writeFileSync(file, JSON.stringify(withVariants(VARIANTS)));
    const json = JSON.parse(runCli(['score', file, '--json']).stdout);
    expect(json.variants.map((v: {name: string; score: number; zone: string; subLabel: string}) => [v.name, v.score, v.zone, v.subLabel])).toEqual([
      ['Junior (0–2 years)', 83.2, 'GREEN', 'Green (Accelerated)'],
      ['Lead | principal', 90, 'GREEN', 'Green (Accelerated)'],
      ['Same', 86.1, 'GREEN', 'Green (Accelerated)'],
    ]);
    expect(json.variants[0].scorecard.protectiveTotal).toBe(3);
    expect(json.variants[0].changes[1]).toEqual({path: 'tasks.3.score', input: 'Task 4 score', from: 2, to: 3});
    expect(runCli(['score', file]).stdout).toContain('Variant Junior (0–2 years): 83.2/100 GREEN, Green (Accelerated) (Goal-Setting & Moral Judgment 3 → 2; Task 4 score 2 → 3)');
  });
});
