import {readdirSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {arbAssessment, hostileText} from '../support/arbitraries.js';
import {FIXTURES, readFixture} from '../support/paths.js';
import {asReadBack, roundTrip} from './support.js';

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));

describe('import(export(a)) equals a', () => {
  it.each(fixtures)('fixture %s, with and without the appendix and the chart', (name) => {
    const a = readFixture(name) as Assessment;
    expect(roundTrip(a, {appendix: true, mermaid: true})).toEqual(asReadBack(a));
    expect(roundTrip(a, {appendix: false})).toEqual(asReadBack(a));
  });

  it('generated assessments with hostile text (pipes, backslashes, breaks, backticks, HTML, emoji, CJK, RTL)', () => {
    fc.assert(
      fc.property(arbAssessment({text: hostileText()}), fc.boolean(), (a, mermaid) => {
        expect(roundTrip(a, {appendix: true, allowIncomplete: true, mermaid})).toEqual(asReadBack(a));
      }),
      {numRuns: 300},
    );
  });

  it('generated unfinished drafts (any score may be missing)', () => {
    fc.assert(
      fc.property(arbAssessment({complete: false, text: hostileText()}), (a) => {
        expect(roundTrip(a)).toEqual(asReadBack(a));
      }),
      {numRuns: 200},
    );
  });

  it('per-assessment method defaults travel in the appendix', () => {
    const a = {...(readFixture('yellow-paralegal.json') as Assessment), methodDefaults: {yellowUrgentShare: 30, quickScreenGreenMin: 7}};
    expect(roundTrip(a)).toEqual(asReadBack(a));
  });

  it('an override reads back with its reason, and the zone follows it', () => {
    const a = readFixture('model-alignment-researcher.json') as Assessment;
    const b = {...a, override: {score: 40, note: 'Market evidence is weaker than the formula suggests.'}};
    expect(roundTrip(b)).toEqual(asReadBack(b));
  });
});
