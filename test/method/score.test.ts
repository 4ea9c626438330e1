import {describe, expect, it} from 'vitest';
import {emptyAssessment, emptyTask} from '../../src/method/empty.js';
import {parseAssessment} from '../../src/method/model.js';
import {nearestBoundary, score, scorecardJson, suggestLabel, zoneOf} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {readFixture} from '../support/paths.js';

const load = (name: string): Assessment => {
  const r = parseAssessment(readFixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

describe('score: the seed role (Model Alignment Researcher)', () => {
  const card = score(load('model-alignment-researcher.json'));

  it('reproduces every figure the seed states', () => {
    expect(card.protectiveTotal).toBe(4);
    expect(card.display.protectiveTotal).toBe('4/9');
    expect(card.display.quickScreen).toBe('Protective 4 + Correlation 2 = Likely Green Zone (Accelerated). Proceed to confirm.');
    expect(card.tasks.map((t) => t.weightedDisplay)).toEqual(['0.25', '0.20', '0.15', '0.30', '0.20', '0.10', '0.10']);
    expect(card.display.weightedTotal).toBe('1.30');
    expect(card.display.taskResistance).toBe('6.00 - 1.30 = 4.70/5.0');
    expect(card.display.split).toBe('0% displacement, 30% augmentation, 70% not involved');
    expect(card.display.evidenceTotal).toBe('8');
    expect(card.display.barrierTotal).toBe('4/10');
    expect(card.display.evidenceModifier).toBe('1.0 + (8 x 0.04) = 1.32');
    expect(card.display.barrierModifier).toBe('1.0 + (4 x 0.02) = 1.08');
    expect(card.display.growthModifier).toBe('1.0 + (2 x 0.05) = 1.10');
    expect(card.display.raw).toBe('Raw: 4.70 x 1.32 x 1.08 x 1.10 = 7.3704');
    expect(card.display.score).toBe('JobZone Score: (7.3704 - 0.54) / 7.93 x 100 = 86.1/100');
    expect(card.display.zone).toBe('Zone: GREEN (Green >= 48, Yellow 25-47, Red <25)');
    expect(card.zone).toBe('GREEN');
    expect(card.subLabel).toBe('Green (Accelerated)');
    expect(card.display.subLabel).toBe('Green (Accelerated) — Growth Correlation = 2 AND JobZone Score >= 48');
    expect(card.display.shareScoring3Plus).toBe('0%');
  });

  it('computes in full precision and rounds only for display', () => {
    expect(card.raw).toBeCloseTo(7.370352, 10);
    expect(card.formulaScore).toBeCloseTo(((7.370352 - 0.54) / 7.93) * 100, 10);
    expect(card.score).toBe(86.1);
  });

  it('says how far the score is from the nearest boundary', () => {
    expect(card.nextBoundary).toEqual({zone: 'YELLOW', threshold: 48, points: 38.1, direction: 'above'});
    expect(card.display.nextBoundary).toBe('38.1 above the Green threshold (48)');
  });

  it('gives the JSON keys the CLI promises', () => {
    const json = scorecardJson(card);
    expect(json).toMatchObject({
      protectiveTotal: 4,
      weightedTotal: 1.3,
      taskResistance: 4.7,
      split: {displacement: 0, augmentation: 30, notInvolved: 70},
      shareScoring3Plus: 0,
      evidenceTotal: 8,
      barrierTotal: 4,
      evidenceModifier: 1.32,
      barrierModifier: 1.08,
      growthModifier: 1.1,
      raw: 7.3704,
      score: 86.1,
      zone: 'GREEN',
      subLabel: 'Green (Accelerated)',
      quickScreen: 'Likely Green Zone (Accelerated)',
      nextBoundary: {zone: 'YELLOW', points: 38.1},
    });
  });
});

describe('score: hand-made RED and YELLOW roles', () => {
  it('Data Entry Clerk is RED with no sub-label', () => {
    const card = score(load('red-data-entry-clerk.json'));
    // 6 - (0.6*5 + 0.25*4 + 0.15*3) = 1.55; raw 1.55*0.68*1.00*0.90 = 0.94860
    expect(card.display.raw).toBe('Raw: 1.55 x 0.68 x 1.00 x 0.90 = 0.9486');
    expect(card.score).toBe(5.2);
    expect(card.zone).toBe('RED');
    expect(card.subLabel).toBeNull();
    expect(card.display.subLabel).toBe('None (Red has no sub-label)');
    expect(card.display.evidenceModifier).toBe('1.0 + (-8 x 0.04) = 0.68');
    expect(card.display.growthModifier).toBe('1.0 + (-2 x 0.05) = 0.90');
    expect(card.quickScreen).toBe('Likely Red Zone');
  });

  it('Paralegal is YELLOW (Urgent): 55% of task time scores 3+', () => {
    const card = score(load('yellow-paralegal.json'));
    // 6 - 2.65 = 3.35; raw 3.35*0.92*1.06*1.00 = 3.26692; (3.26692-0.54)/7.93*100 = 34.39
    expect(card.score).toBe(34.4);
    expect(card.zone).toBe('YELLOW');
    expect(card.shareScoring3Plus).toBe(55);
    expect(card.subLabel).toBe('Yellow (Urgent)');
    expect(card.nextBoundary).toEqual({zone: 'RED', threshold: 25, points: 9.4, direction: 'above'});
  });
});

describe('score: sub-labels and quick screen (documented defaults)', () => {
  const base = () => load('model-alignment-researcher.json');

  it('Green without growth 2 is Transforming at 20% of time scoring 3+, else Stable', () => {
    const a = base();
    a.growth.score = 1;
    expect(score(a).subLabel).toBe('Green (Stable)');
    a.tasks[0] = {...a.tasks[0]!, score: 3};
    expect(score(a).shareScoring3Plus).toBe(25);
    expect(score(a).subLabel).toBe('Green (Transforming)');
  });

  it('a per-draft default changes the threshold', () => {
    const a = base();
    a.growth.score = 1;
    a.tasks[0] = {...a.tasks[0]!, score: 3};
    a.methodDefaults = {greenTransformingShare: 30};
    expect(score(a).subLabel).toBe('Green (Stable)');
  });

  it('quick screen bands: >= 6 Green, 3-5 Yellow, <= 2 Red; Accelerated only for a likely Green', () => {
    const a = base();
    const qs = (p: [number, number, number], g: number) => {
      a.protective.embodiedPhysicality.score = p[0];
      a.protective.deepInterpersonalConnection.score = p[1];
      a.protective.goalSettingMoralJudgment.score = p[2];
      a.growth.score = g;
      return score(a).quickScreen;
    };
    expect(qs([3, 2, 0], 1)).toBe('Likely Green Zone');
    expect(qs([3, 1, 0], 2)).toBe('Likely Green Zone (Accelerated)');
    expect(qs([1, 0, 0], 2)).toBe('Likely Yellow Zone');
    expect(qs([3, 2, 0], 0)).toBe('Likely Yellow Zone');
    expect(qs([1, 1, 0], 0)).toBe('Likely Red Zone');
    expect(qs([0, 0, 0], -2)).toBe('Likely Red Zone');
  });

  it('the assessor override sets the score and the zone; the formula score is kept', () => {
    const a = base();
    a.override = {score: 45, note: 'Market data since the assessment points lower.'};
    const card = score(a);
    expect(card.formulaScoreShown).toBe(86.1);
    expect(card.score).toBe(45);
    expect(card.overridden).toBe(true);
    expect(card.zone).toBe('YELLOW');
    expect(card.display.score).toBe('JobZone Score: (7.3704 - 0.54) / 7.93 x 100 = 86.1/100');
  });

  it('all-best inputs leave 0..100 and are flagged, not clamped', () => {
    const a = base();
    for (const t of a.tasks) t.score = 1;
    for (const e of Object.values(a.evidence)) e.score = 2;
    for (const k of ['regulatoryLicensing', 'physicalPresence', 'unionCollectiveBargaining', 'liabilityAccountability', 'culturalEthical'] as const) a.barriers[k].score = 2;
    a.growth.score = 2;
    const card = score(a);
    expect(card.display.raw).toBe('Raw: 5.00 x 1.40 x 1.20 x 1.10 = 9.2400');
    expect(card.score).toBe(109.7);
    expect(card.outOfRange).toBe(true);
  });

  it('all-worst inputs give exactly 0', () => {
    const a = base();
    for (const t of a.tasks) t.score = 5;
    for (const e of Object.values(a.evidence)) e.score = -2;
    for (const k of ['regulatoryLicensing', 'physicalPresence', 'unionCollectiveBargaining', 'liabilityAccountability', 'culturalEthical'] as const) a.barriers[k].score = 0;
    a.growth.score = -2;
    expect(score(a).score).toBe(0);
    expect(score(a).zone).toBe('RED');
  });
});

describe('score: labels and the split', () => {
  it('suggests a label from the score [default]', () => {
    expect([1, 2, 3, 4, 5].map((s) => suggestLabel(s))).toEqual(['NOT INVOLVED', 'AUGMENTATION', 'AUGMENTATION', 'DISPLACEMENT', 'DISPLACEMENT']);
    expect(suggestLabel(null)).toBeNull();
  });

  it('computes the split from the labels, using the suggestion where no label is chosen', () => {
    const a = emptyAssessment();
    a.tasks = [
      {...emptyTask(), name: 'a', timePercent: 60, score: 4, label: 'AUGMENTATION'},
      {...emptyTask(), name: 'b', timePercent: 40, score: 5, label: null},
    ];
    const card = score(a);
    expect(card.split).toEqual({displacement: 40, augmentation: 60, notInvolved: 0});
    expect(card.tasks[1]!.labelIsSuggested).toBe(true);
    expect(card.tasks[0]!.labelIsSuggested).toBe(false);
  });
});

describe('score: a partial draft', () => {
  it('an empty assessment has no figure but the task time sum, and no NaN', () => {
    const card = score(emptyAssessment());
    expect(card.score).toBeNull();
    expect(card.raw).toBeNull();
    expect(card.taskResistance).toBeNull();
    expect(card.zone).toBeNull();
    expect(card.taskTimeTotal).toBe(0);
    expect(card.taskTimeOk).toBe(false);
    expect(JSON.stringify(card)).not.toMatch(/NaN/);
  });

  it('computes what it can: evidence without barriers', () => {
    const a = emptyAssessment();
    for (const e of Object.values(a.evidence)) e.score = 1;
    const card = score(a);
    expect(card.evidenceTotal).toBe(5);
    expect(card.evidenceModifier).toBeCloseTo(1.2);
    expect(card.barrierTotal).toBeNull();
    expect(card.raw).toBeNull();
  });

  it('a task without a score leaves the weighted total unset but the time sum counts', () => {
    const a = emptyAssessment();
    a.tasks = [{...emptyTask(), name: 'a', timePercent: 70, score: 2}, {...emptyTask(), name: 'b', timePercent: 20}];
    const card = score(a);
    expect(card.taskTimeTotal).toBe(90);
    expect(card.weightedTotal).toBeNull();
    expect(card.tasks[0]!.weightedDisplay).toBe('1.40');
  });
});

describe('zones on the score as shown', () => {
  it.each([
    [24.94, 'RED'],
    [24.95, 'YELLOW'],
    [25.0, 'YELLOW'],
    [47.94, 'YELLOW'],
    [47.95, 'GREEN'],
    [47.96, 'GREEN'],
    [48.0, 'GREEN'],
  ] as const)('%f is %s', (value, zone) => {
    expect(zoneOf(value)).toBe(zone);
  });

  it('nearest boundary from Yellow picks the nearer threshold', () => {
    expect(nearestBoundary(45)).toEqual({zone: 'GREEN', threshold: 48, points: 3, direction: 'below'});
    expect(nearestBoundary(27)).toEqual({zone: 'RED', threshold: 25, points: 2, direction: 'above'});
    expect(nearestBoundary(10)).toEqual({zone: 'YELLOW', threshold: 25, points: 15, direction: 'below'});
  });
});
