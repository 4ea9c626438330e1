import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {METHOD} from '../../src/method/definition.js';
import {fixed, roundTo} from '../../src/method/format.js';
import {score, zoneOf} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {arbAssessment, taskTimes} from '../support/arbitraries.js';

const formula = (a: Assessment) => score({...a, override: {score: null, note: ''}}).formulaScore as number;
const EPS = 1e-9;
const barrierKeys = METHOD.barriers.map((b) => b.key);
const evidenceKeys = METHOD.evidenceDimensions.map((e) => e.key);

describe('laws of the method (property tests)', () => {
  it('task resistance stays within 1..5 for valid tasks', () => {
    fc.assert(
      fc.property(
        arbAssessment(),
        taskTimes().chain((times) => fc.tuple(fc.constant(times), fc.array(fc.integer({min: 1, max: 5}), {minLength: times.length, maxLength: times.length}))),
        // The assessment is drawn by the property too, so a failure replays from its seed.
        (base, [times, scores]) => {
          const a = {
            ...base,
            tasks: times.map((t, i) => ({name: `t${i}`, timePercent: t, score: scores[i] as number, label: null, rationale: 'r'})),
          };
          const tr = score(a).taskResistance as number;
          expect(tr).toBeGreaterThanOrEqual(1 - EPS);
          expect(tr).toBeLessThanOrEqual(5 + EPS);
        },
      ),
    );
  });

  it('the score never falls when evidence, a barrier or growth rises', () => {
    fc.assert(
      fc.property(arbAssessment(), fc.nat(), (a, pick) => {
        const before = formula(a);
        const ev = evidenceKeys[pick % 5]!;
        if ((a.evidence[ev].score as number) < 2) {
          const b = structuredClone(a);
          b.evidence[ev].score = (b.evidence[ev].score as number) + 1;
          expect(formula(b)).toBeGreaterThan(before - EPS);
        }
        const br = barrierKeys[pick % 5]!;
        if ((a.barriers[br].score as number) < 2) {
          const b = structuredClone(a);
          b.barriers[br].score = (b.barriers[br].score as number) + 1;
          expect(formula(b)).toBeGreaterThan(before - EPS);
        }
        if ((a.growth.score as number) < 2) {
          const b = structuredClone(a);
          b.growth.score = (b.growth.score as number) + 1;
          expect(formula(b)).toBeGreaterThan(before - EPS);
        }
      }),
    );
  });

  it("the score never rises when a task's score rises", () => {
    fc.assert(
      fc.property(arbAssessment(), fc.nat(), (a, pick) => {
        const i = pick % a.tasks.length;
        if ((a.tasks[i]!.score as number) >= 5) return;
        const b = structuredClone(a);
        b.tasks[i]!.score = (b.tasks[i]!.score as number) + 1;
        expect(formula(b)).toBeLessThan(formula(a) + EPS);
      }),
    );
  });

  it('the zone agrees with the displayed score', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 120_000}), (n) => {
        const value = n / 1000;
        const shown = Number(fixed(value, 1));
        const expected = shown >= 48 ? 'GREEN' : shown >= 25 ? 'YELLOW' : 'RED';
        expect(zoneOf(value)).toBe(expected);
      }),
    );
    for (const [v, z] of [[24.95, 'YELLOW'], [25.0, 'YELLOW'], [47.95, 'GREEN'], [48.0, 'GREEN'], [24.949, 'RED'], [47.949, 'YELLOW']] as const) {
      expect(zoneOf(v)).toBe(z);
      expect(roundTo(v, 1) >= 48 ? 'GREEN' : roundTo(v, 1) >= 25 ? 'YELLOW' : 'RED').toBe(z);
    }
  });

  it('the zone of a complete scoring agrees with the score it shows', () => {
    fc.assert(
      fc.property(arbAssessment(), (a) => {
        const card = score(a);
        const shown = Number(card.display.scoreShort!.replace('/100', ''));
        expect(card.zone).toBe(shown >= 48 ? 'GREEN' : shown >= 25 ? 'YELLOW' : 'RED');
      }),
    );
  });

  it('a partial draft never yields NaN', () => {
    fc.assert(
      fc.property(arbAssessment({complete: false}), (a) => {
        const card = score(a);
        const text = JSON.stringify(card);
        expect(text).not.toMatch(/NaN|Infinity|undefined/);
        for (const [key, value] of Object.entries(card)) {
          if (typeof value === 'number') expect(Number.isFinite(value), key).toBe(true);
        }
      }),
    );
  });
});
