import {describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {assessmentJsonSchema, parseAssessment} from '../../src/method/model.js';

describe('the assessment schema', () => {
  it('accepts a minimal draft and fills in the defaults', () => {
    const r = parseAssessment({schemaVersion: 1});
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.assessment).toEqual(emptyAssessment());
  });

  it('accepts an empty assessment as it is', () => {
    expect(parseAssessment(emptyAssessment())).toEqual({ok: true, assessment: emptyAssessment()});
  });

  it('lists every offending field path with what was expected', () => {
    const r = parseAssessment({
      schemaVersion: 1,
      growth: {score: 3},
      tasks: [{name: 'x', timePercent: 12.5, label: 'SOMETIMES'}],
      evidence: {wageTrend: {}},
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        {path: 'growth.score', message: 'expected a whole number from -2 to 2'},
        {path: 'tasks.0.timePercent', message: 'expected a whole number from 0 to 100'},
        {path: 'tasks.0.label', message: 'expected one of DISPLACEMENT, AUGMENTATION, NOT INVOLVED'},
        {path: 'evidence', message: 'unknown field "wageTrend"'},
      ]),
    );
    expect(r.problems).toHaveLength(4);
  });

  it("takes a draft's method defaults in the ranges the config and the report's reader take, no wider", () => {
    const problems = (methodDefaults: object) => {
      const r = parseAssessment({schemaVersion: 1, methodDefaults});
      return r.ok ? [] : r.problems;
    };
    expect(problems({quickScreenGreenMin: 11, quickScreenYellowMin: -2, yellowUrgentShare: 100, greenTransformingShare: 0.5})).toEqual([]);
    expect(problems({quickScreenGreenMin: 50})).toEqual([{path: 'methodDefaults.quickScreenGreenMin', message: 'expected a whole number from -2 to 11'}]);
    expect(problems({quickScreenYellowMin: 1.5})).toEqual([{path: 'methodDefaults.quickScreenYellowMin', message: 'expected a whole number from -2 to 11'}]);
    expect(problems({yellowUrgentShare: -1})).toEqual([{path: 'methodDefaults.yellowUrgentShare', message: 'expected a number from 0 to 100'}]);
  });

  it('requires the schema version', () => {
    const r = parseAssessment({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toEqual({path: 'schemaVersion', message: 'expected schemaVersion 1'});
  });

  it('publishes a JSON Schema with the scales', () => {
    const schema = assessmentJsonSchema() as {properties: Record<string, any>};
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'role', 'tasks', 'evidence', 'barriers', 'override']));
    const growthScore = schema.properties.growth.properties.score;
    expect(JSON.stringify(growthScore)).toContain('"minimum":-2');
  });
});
