import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {emptyAssessment, emptyTask} from '../../src/method/empty.js';
import {defaultsProblem, effectiveDefaults} from '../../src/method/method-defaults.js';
import {parseAssessment} from '../../src/method/model.js';
import {score, scorecardJson} from '../../src/method/score.js';
import {parseVector, toVector} from '../../src/method/vector.js';
import type {Assessment} from '../../src/method/types.js';
import {arbAssessment} from '../support/arbitraries.js';
import {readFixture} from '../support/paths.js';

const load = (name: string): Assessment => {
  const r = parseAssessment(readFixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

const parsed = (text: string) => {
  const r = parseVector(text);
  if (!r.ok) throw new Error(r.message);
  return r.assessment;
};

/** Every figure of the scorecard except the vector itself. */
const figures = (a: Assessment) => {
  const {vector: _v, ...rest} = scorecardJson(score(a));
  return rest;
};

const SEED = 'AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2';

describe('score vector', () => {
  it('the seed role', () => {
    const card = score(load('model-alignment-researcher.json'));
    expect(card.vector).toBe(SEED);
    expect(scorecardJson(card).vector).toBe(SEED);
    const back = score(parsed(SEED));
    expect(back.display.score).toBe(card.display.score);
    expect(back.zone).toBe('GREEN');
    expect(back.subLabel).toBe('Green (Accelerated)');
    expect(back.display.split).toBe('0% displacement, 30% augmentation, 70% not involved');
  });

  it('round trip: a generated assessment scores identically from its vector, and the vector is stable', () => {
    fc.assert(
      fc.property(fc.boolean().chain((complete) => arbAssessment({complete})), (a) => {
        const v = toVector(a);
        const b = parsed(v);
        expect(figures(b)).toEqual(figures(a));
        expect(toVector(b)).toBe(v);
      }),
      {numRuns: 300},
    );
  });

  it('round trip with method defaults changed', () => {
    fc.assert(
      fc.property(
        arbAssessment(),
        fc.record({
          greenTransformingShare: fc.option(fc.integer({min: 0, max: 1000}).map((n) => n / 10), {nil: undefined}),
          yellowUrgentShare: fc.option(fc.integer({min: 0, max: 100}), {nil: undefined}),
          quickScreenGreenMin: fc.option(fc.integer({min: -2, max: 11}), {nil: undefined}),
          quickScreenYellowMin: fc.option(fc.integer({min: -2, max: 11}), {nil: undefined}),
        }).filter((d) => defaultsProblem(effectiveDefaults(d)) === null),
        (a0, d) => {
          const a = {...a0, methodDefaults: d};
          const v = toVector(a);
          expect(figures(parsed(v))).toEqual(figures(a));
          expect(toVector(parsed(v))).toBe(v);
        },
      ),
      {numRuns: 100},
    );
  });

  it('quick-screen bands out of order are refused, as the config, the JSON and the report reader refuse them', () => {
    fc.assert(
      fc.property(arbAssessment(), fc.integer({min: -2, max: 10}), fc.integer({min: 1, max: 12}), (a0, green, above) => {
        const yellow = Math.min(11, green + above);
        fc.pre(yellow > green);
        const r = parseVector(toVector({...a0, methodDefaults: {quickScreenGreenMin: green, quickScreenYellowMin: yellow}}));
        expect(r.ok).toBe(false);
        expect(!r.ok && r.message).toContain('quickScreenYellowMin');
      }),
      {numRuns: 50},
    );
  });

  it('a partial draft: unset values are _, and the vector still reads back', () => {
    const a = emptyAssessment();
    a.tasks = [{...emptyTask(), timePercent: 40}, {...emptyTask(), score: 3, label: 'DISPLACEMENT'}];
    a.growth.score = -1;
    const v = toVector(a);
    expect(v).toBe('AIJRI:1.0/P:_,_,_/G:-1/T:40x_,_x3D/E:_,_,_,_,_/B:_,_,_,_,_');
    expect(toVector(parsed(v))).toBe(v);
    expect(toVector(emptyAssessment())).toBe('AIJRI:1.0/P:_,_,_/G:_/T:/E:_,_,_,_,_/B:_,_,_,_,_');
    expect(parsed('AIJRI:1.0/P:_,_,_/G:_/T:/E:_,_,_,_,_/B:_,_,_,_,_').tasks).toEqual([]);
  });

  it('an override is carried with one decimal and decides the zone', () => {
    const v = `${SEED}/O:45.0`;
    const card = score(parsed(v));
    expect(card.score).toBe(45);
    expect(card.zone).toBe('YELLOW');
    expect(card.formulaScoreShown).toBe(86.1);
    expect(card.vector).toBe(v);
  });

  it('surrounding whitespace is allowed (pasted text)', () => {
    expect(toVector(parsed(`  ${SEED}\n`))).toBe(SEED);
  });

  it.each([
    ['', 1, "expected 'AIJRI:'", 'end of text'],
    ['CVSS:3.1/AV:N', 1, "expected 'AIJRI:'", "'CVSS'"],
    ['AIJRI:2.0/P:0,1,3', 7, 'expected method version 1.0', "'2.0'"],
    ['AIJRI:1.0/P:0,1,4/G:2', 17, 'expected a protective score from 0 to 3', "'4'"],
    ['AIJRI:1.0/P:0,1/G:2', 16, "expected ',' then 1 more protective score", "'/'"],
    ['AIJRI:1.0/P:0,1,3/G:3', 21, 'expected a growth score from -2 to 2', "'3'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25y1', 27, "expected 'x' between a task's time and its score", "'y'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x6', 28, 'expected a task score from 1 to 5', "'6'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:101x1', 25, 'expected a task time % from 0 to 100', "'101'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1Q/E:2,2,1,1,2/B:1,0,0,1,2', 29, 'expected a label letter (D, A, N)', "'Q'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1/E:2,2,1,1', 39, "expected ',' then 1 more evidence score", 'end of text'],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1/E:2,2,1,1,2/B:1,0,0,1,3', 52, 'expected a barrier score from 0 to 2', "'3'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1/E:2,2,1,1,2/B:1,0,0,1,2/O:101', 56, 'expected an override score from 0 to 100', "'101'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1/E:2,2,1,1,2/B:1,0,0,1,2/X:1', 53, "expected '/O:', '/D:' or the end of the vector", "'/'"],
    ['AIJRI:1.0/G:2', 10, "expected '/P:'", "'/'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1/E:2,2,1,1,2/B:1,0,0,1,2/D:_,_,12,_', 60, 'expected quickScreenGreenMin: a whole number from -2 to 11', "'12'"],
    ['AIJRI:1.0/P:0,1,3/G:2/T:25x1/E:2,2,1,1,2/B:1,0,0,1,2/D:-1,_,_,_', 56, 'expected greenTransformingShare: a number from 0 to 100', "'-1'"],
  ])('rejects %j at position %i', (text, position, expected, found) => {
    const r = parseVector(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.position).toBe(position);
    expect(r.message).toContain(`position ${position}: ${expected}`);
    expect(r.found).toBe(found);
    expect(r.message.endsWith(`found ${found}`)).toBe(true);
  });
});
