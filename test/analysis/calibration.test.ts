import {describe, expect, it} from 'vitest';
import {calibrationLine, type LibraryEntry, nearestRoles} from '../../src/method/calibration.js';
import {setAt} from '../../src/method/fields.js';
import {parseAssessment} from '../../src/method/model.js';
import {REFERENCE_ROLES} from '../../src/method/reference-roles.js';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {readFixture} from '../support/paths.js';

const load = (name: string): Assessment => {
  const r = parseAssessment(readFixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

const entry = (id: string, a: Assessment): LibraryEntry => {
  const card = score(a);
  return {id, title: a.role.jobTitle, score: card.score, zone: card.zone, assessment: a};
};

describe('calibration', () => {
  const seed = load('model-alignment-researcher.json');

  it('the reference points the seed cites are data, each with a source', () => {
    expect(REFERENCE_ROLES.map((r) => [r.title, r.score, r.zone])).toEqual([
      ['AI Safety Researcher', 85.2, 'GREEN'],
      ['Reinforcement Learning Engineer', 64.7, 'GREEN'],
    ]);
    for (const r of REFERENCE_ROLES) expect(r.source).toMatch(/Model Alignment Researcher/);
  });

  it('the seed with no library: nearest are the reference points', () => {
    const near = nearestRoles(seed, []);
    expect(near.map((r) => [r.title, r.kind, r.difference])).toEqual([
      ['AI Safety Researcher', 'reference', -0.9],
      ['Reinforcement Learning Engineer', 'reference', -21.4],
    ]);
    expect(calibrationLine(seed, [])).toBe(
      'Calibration: 86.1 sits above AI Safety Researcher (85.2, reference) and Reinforcement Learning Engineer (64.7, reference).',
    );
  });

  it('library roles: nearest by score, with the input that differs most in effect', () => {
    const higher = setAt(setAt(seed, 'role.jobTitle', 'Alignment Theorist'), 'barriers.physicalPresence.score', 1);
    const lower = setAt(setAt(seed, 'role.jobTitle', 'Applied Alignment Engineer'), 'tasks.0.score', 3);
    const library = [entry('d1', higher), entry('d2', lower), entry('d3', load('red-data-entry-clerk.json'))];
    const near = nearestRoles(seed, library, undefined, 3);
    expect(near.map((r) => r.title)).toEqual(['AI Safety Researcher', 'Alignment Theorist', 'Applied Alignment Engineer'].sort((x, y) => {
      const d = (t: string) => Math.abs(([...library.map((e) => [e.title, e.score]), ['AI Safety Researcher', 85.2]].find(([n]) => n === t)![1] as number) - 86.1);
      return d(x) - d(y);
    }));
    const theorist = near.find((r) => r.title === 'Alignment Theorist')!;
    expect(theorist.kind).toBe('library');
    expect(theorist.id).toBe('d1');
    expect(theorist.biggestDifference).toMatchObject({label: 'Physical Presence', current: 0, other: 1});
    expect(theorist.biggestDifference!.effect).toBeGreaterThan(0);
    const line = calibrationLine(seed, library)!;
    expect(line).toMatch(/^Calibration: 86\.1 sits between AI Safety Researcher \(85\.2, reference\) and Alignment Theorist \(\d+\.\d, library\)\.$/);
  });

  it('nothing to say while the score cannot be computed', () => {
    const partial = setAt(seed, 'growth.score', null);
    expect(nearestRoles(partial, [])).toEqual([]);
    expect(calibrationLine(partial, [])).toBeNull();
    expect(calibrationLine(seed, [], [])).toBeNull();
  });
});
