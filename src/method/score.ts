/**
 * Scoring: every figure of METHODOLOGY §2 and §3, as pure functions of an assessment.
 *
 * This file is where each figure's formula lives. Figures are computed in full precision and
 * rounded only for display (format.ts). On a partial draft a figure whose inputs are not all
 * set is null, never NaN, and everything that can be computed is.
 */
import {METHOD, type MethodDefaults, type TaskLabel} from './definition.js';
import {fixed, roundTo} from './format.js';
import {effectiveDefaults, suggestedLabelOf} from './method-defaults.js';
import type {Assessment, MethodDefaultsOverride, Task, Zone} from './types.js';
import {toVector} from './vector.js';

const C = METHOD.constants;

export type TaskFigures = {
  /** timePercent / 100 × score. */
  weighted: number | null;
  weightedDisplay: string | null;
  /** The label that counts: the assessor's, else the one suggested from the score. */
  label: TaskLabel | null;
  /** The label the method suggests for this task's score [default]. */
  suggestedLabel: TaskLabel | null;
  /** True when no label was chosen and the suggestion is used. */
  labelIsSuggested: boolean;
};

export type Split = {displacement: number; augmentation: number; notInvolved: number};

export type Boundary = {
  /** The zone on the other side of the nearest boundary. */
  zone: Zone;
  threshold: number;
  /** Distance from the shown score to the threshold, 1 decimal. */
  points: number;
  direction: 'above' | 'below';
};

export type Scorecard = {
  protectiveTotal: number | null;
  growth: number | null;
  quickScreen: string | null;
  /** Sum of the task times that are set. */
  taskTimeTotal: number;
  /** True when there is at least one task, every time is set, and they sum to 100. */
  taskTimeOk: boolean;
  tasks: TaskFigures[];
  weightedTotal: number | null;
  taskResistance: number | null;
  split: Split | null;
  shareScoring3Plus: number | null;
  evidenceTotal: number | null;
  barrierTotal: number | null;
  evidenceModifier: number | null;
  barrierModifier: number | null;
  growthModifier: number | null;
  raw: number | null;
  /** The formula's value in full precision. */
  formulaScore: number | null;
  /** The formula's value as shown (1 decimal): zones are decided on this. */
  formulaScoreShown: number | null;
  /** The score that counts: the override when there is one, else formulaScoreShown. */
  score: number | null;
  overridden: boolean;
  zone: Zone | null;
  subLabel: string | null;
  subLabelReason: string | null;
  /** The formula's value lies outside 0..100 (possible with these constants; never clamped). */
  outOfRange: boolean;
  nextBoundary: Boundary | null;
  /** The score vector: every scored input on one line (vector.ts, docs/score-vector.md). */
  vector: string;
  display: ScorecardDisplay;
};

/** Each figure in the seed's written form, or null when it cannot be computed yet. */
export type ScorecardDisplay = {
  protectiveTotal: string | null;
  quickScreen: string | null;
  taskTimeTotal: string;
  weightedTotal: string | null;
  taskResistance: string | null;
  taskResistanceShort: string | null;
  /**
   * Task Resistance where it is shown alone: "4.70/5.0" once the task time adds up to 100%,
   * else what it is so far ("— 30% of time scored"), never a value over the scale.
   */
  taskResistanceSoFar: string | null;
  split: string | null;
  shareScoring3Plus: string | null;
  evidenceTotal: string | null;
  barrierTotal: string | null;
  evidenceModifier: string | null;
  barrierModifier: string | null;
  growthModifier: string | null;
  raw: string | null;
  score: string | null;
  scoreShort: string | null;
  /** The formula's score as shown, "86.1/100" (beside an override). */
  formulaScoreShort: string | null;
  zone: string | null;
  subLabel: string | null;
  nextBoundary: string | null;
  /** The score, zone and distance to the nearest threshold as a sentence, for a screen reader. */
  inWords: string;
};

const sumOrNull = (values: ReadonlyArray<number | null>): number | null =>
  values.some((v) => v === null) ? null : (values as number[]).reduce((a, b) => a + b, 0);

/** The Aug/Disp label suggested for a task score [default]: the assessment's own defaults' (`own`), else definition.ts's. */
export function suggestLabel(score: number | null, own?: MethodDefaultsOverride): TaskLabel | null {
  return suggestedLabelOf(score, effectiveDefaults(own));
}

function taskFigures(task: Task, d: MethodDefaults): TaskFigures {
  const weighted =
    task.timePercent === null || task.score === null ? null : (task.timePercent / 100) * task.score;
  const suggestedLabel = suggestedLabelOf(task.score, d);
  return {
    weighted,
    weightedDisplay: weighted === null ? null : fixed(weighted, 2),
    label: task.label ?? suggestedLabel,
    suggestedLabel,
    labelIsSuggested: task.label === null && suggestedLabel !== null,
  };
}

/** Zone of a score as shown (1 decimal) [seed]. */
export function zoneOf(shownScore: number): Zone {
  const shown = roundTo(shownScore, 1);
  if (shown >= METHOD.zones.greenMin) return 'GREEN';
  if (shown >= METHOD.zones.yellowMin) return 'YELLOW';
  return 'RED';
}

/** The nearest zone boundary to a shown score, and how far away it is. */
export function nearestBoundary(shownScore: number): Boundary {
  const {greenMin, yellowMin} = METHOD.zones;
  const s = roundTo(shownScore, 1);
  const toGreen = {zone: 'YELLOW', threshold: greenMin, points: roundTo(s - greenMin, 1), direction: 'above'} as const;
  const belowGreen = {zone: 'GREEN', threshold: greenMin, points: roundTo(greenMin - s, 1), direction: 'below'} as const;
  const aboveYellow = {zone: 'RED', threshold: yellowMin, points: roundTo(s - yellowMin, 1), direction: 'above'} as const;
  const belowYellow = {zone: 'YELLOW', threshold: yellowMin, points: roundTo(yellowMin - s, 1), direction: 'below'} as const;
  const zone = zoneOf(s);
  if (zone === 'GREEN') return toGreen;
  if (zone === 'RED') return belowYellow;
  return belowGreen.points <= aboveYellow.points ? belowGreen : aboveYellow;
}

/** "38.1 above the Green threshold (48)". */
export function describeBoundary(b: Boundary): string {
  const name = b.threshold === METHOD.zones.greenMin ? 'Green' : 'Yellow';
  return `${fixed(b.points, 1)} ${b.direction} the ${name} threshold (${b.threshold})`;
}

function quickScreenOf(p: number, g: number, d: MethodDefaults): string {
  const total = p + g;
  if (total >= d.quickScreenGreenMin) {
    return g === METHOD.subLabels.accelerated.growth ? d.quickScreenGreenAccelerated : d.quickScreenGreen;
  }
  if (total >= d.quickScreenYellowMin) return d.quickScreenYellow;
  return d.quickScreenRed;
}

/** The Red sub-label line when Red has none (the default). */
export const RED_HAS_NO_SUB_LABEL = 'None (Red has no sub-label)';

/** "% of task time scoring 3+" [seed]: null until every task has its time and score. */
export function shareScoring3PlusOf(tasks: readonly Task[]): number | null {
  if (tasks.length === 0 || !tasks.every((t) => t.timePercent !== null && t.score !== null)) return null;
  return tasks.reduce((s, t) => s + ((t.score as number) >= METHOD.subLabels.highScoreFrom ? (t.timePercent as number) : 0), 0);
}

/** The sub-label of a zone (and why), from the Growth score and the share of time scoring 3+, under these defaults. */
export function subLabelOf(zone: Zone, growth: number | null, share: number | null, d: MethodDefaults): {label: string | null; reason: string | null} {
  if (zone === 'GREEN') {
    if (growth === METHOD.subLabels.accelerated.growth) {
      return {
        label: METHOD.subLabels.accelerated.name,
        reason: `Growth Correlation = ${growth} AND JobZone Score >= ${METHOD.zones.greenMin}`,
      };
    }
    if (share === null) return {label: null, reason: null};
    return share >= d.greenTransformingShare
      ? {label: d.subLabelGreenTransforming, reason: `${share}% of task time scores 3+ (>= ${d.greenTransformingShare}%)`}
      : {label: d.subLabelGreenStable, reason: `${share}% of task time scores 3+ (< ${d.greenTransformingShare}%)`};
  }
  if (zone === 'YELLOW') {
    if (share === null) return {label: null, reason: null};
    return share >= d.yellowUrgentShare
      ? {label: d.subLabelYellowUrgent, reason: `${share}% of task time scores 3+ (>= ${d.yellowUrgentShare}%)`}
      : {label: d.subLabelYellowModerate, reason: `${share}% of task time scores 3+ (< ${d.yellowUrgentShare}%)`};
  }
  if (d.subLabelRed) return {label: d.subLabelRed, reason: `JobZone Score < ${METHOD.zones.yellowMin}`};
  return {label: null, reason: 'Red has no sub-label'};
}

const modifierLine = (total: number, perPoint: number, value: number) =>
  `1.0 + (${total} x ${perPoint}) = ${fixed(value, 2)}`;

/** Every figure of the method for an assessment, complete or partial. */
export function score(a: Assessment): Scorecard {
  const d = effectiveDefaults(a.methodDefaults);

  // Protective principles and growth.
  const protectiveTotal = sumOrNull(Object.values(a.protective).map((p) => p.score));
  const growth = a.growth.score;
  const quickScreen = protectiveTotal === null || growth === null ? null : quickScreenOf(protectiveTotal, growth, d);

  // Tasks.
  const tasks = a.tasks.map((t) => taskFigures(t, d));
  const times = a.tasks.map((t) => t.timePercent);
  const taskTimeTotal = times.reduce<number>((s, t) => s + (t ?? 0), 0);
  const taskTimeOk = a.tasks.length > 0 && times.every((t) => t !== null) && taskTimeTotal === 100;
  const weightedTotal = a.tasks.length ? sumOrNull(tasks.map((t) => t.weighted)) : null;
  const taskResistance = weightedTotal === null ? null : C.taskResistanceBase - weightedTotal;

  const timesComplete = a.tasks.length > 0 && times.every((t) => t !== null);
  const labelsComplete = tasks.every((t) => t.label !== null);
  const split: Split | null =
    timesComplete && labelsComplete
      ? {
          displacement: timeWhere(a.tasks, tasks, (f) => f.label === 'DISPLACEMENT'),
          augmentation: timeWhere(a.tasks, tasks, (f) => f.label === 'AUGMENTATION'),
          notInvolved: timeWhere(a.tasks, tasks, (f) => f.label === 'NOT INVOLVED'),
        }
      : null;
  const shareScoring3Plus = shareScoring3PlusOf(a.tasks);

  // Evidence, barriers and the three modifiers.
  const evidenceTotal = sumOrNull(Object.values(a.evidence).map((e) => e.score));
  const barrierScores = [
    a.barriers.regulatoryLicensing,
    a.barriers.physicalPresence,
    a.barriers.unionCollectiveBargaining,
    a.barriers.liabilityAccountability,
    a.barriers.culturalEthical,
  ].map((b) => b.score);
  const barrierTotal = sumOrNull(barrierScores);
  const evidenceModifier = evidenceTotal === null ? null : 1.0 + evidenceTotal * C.evidencePerPoint;
  const barrierModifier = barrierTotal === null ? null : 1.0 + barrierTotal * C.barrierPerPoint;
  const growthModifier = growth === null ? null : 1.0 + growth * C.growthPerPoint;

  // The composite.
  const raw =
    taskResistance === null || evidenceModifier === null || barrierModifier === null || growthModifier === null
      ? null
      : taskResistance * evidenceModifier * barrierModifier * growthModifier;
  const formulaScore = raw === null ? null : ((raw - C.rawOffset) / C.rawDivisor) * 100;
  const formulaScoreShown = formulaScore === null ? null : roundTo(formulaScore, 1);
  const overridden = a.override.score !== null;
  const finalScore = overridden ? roundTo(a.override.score as number, 1) : formulaScoreShown;
  const zone = finalScore === null ? null : zoneOf(finalScore);
  const sub = zone === null ? {label: null, reason: null} : subLabelOf(zone, growth, shareScoring3Plus, d);
  const outOfRange = formulaScoreShown !== null && (formulaScoreShown < 0 || formulaScoreShown > C.scoreMax);
  const nextBoundary = finalScore === null ? null : nearestBoundary(finalScore);

  const display: ScorecardDisplay = {
    protectiveTotal: protectiveTotal === null ? null : `${protectiveTotal}/${C.protectiveMax}`,
    quickScreen:
      quickScreen === null
        ? null
        : `Protective ${protectiveTotal} + Correlation ${growth} = ${quickScreen}. Proceed to confirm.`,
    taskTimeTotal: `${taskTimeTotal}%`,
    weightedTotal: weightedTotal === null ? null : fixed(weightedTotal, 2),
    taskResistance:
      taskResistance === null || weightedTotal === null
        ? null
        : `${fixed(C.taskResistanceBase, 2)} - ${fixed(weightedTotal, 2)} = ${fixed(taskResistance, 2)}/${fixed(C.taskResistanceMax, 1)}`,
    taskResistanceShort:
      taskResistance === null ? null : `${fixed(taskResistance, 2)}/${fixed(C.taskResistanceMax, 1)}`,
    taskResistanceSoFar:
      a.tasks.length === 0
        ? null
        : taskResistance !== null && taskTimeOk
          ? `${fixed(taskResistance, 2)}/${fixed(C.taskResistanceMax, 1)}`
          : `— ${timeWhere(a.tasks, tasks, (f) => f.weighted !== null)}% of time scored`,
    split:
      split === null
        ? null
        : `${split.displacement}% displacement, ${split.augmentation}% augmentation, ${split.notInvolved}% not involved`,
    shareScoring3Plus: shareScoring3Plus === null ? null : `${shareScoring3Plus}%`,
    evidenceTotal: evidenceTotal === null ? null : String(evidenceTotal),
    barrierTotal: barrierTotal === null ? null : `${barrierTotal}/${C.barrierMax}`,
    evidenceModifier:
      evidenceModifier === null ? null : modifierLine(evidenceTotal as number, C.evidencePerPoint, evidenceModifier),
    barrierModifier:
      barrierModifier === null ? null : modifierLine(barrierTotal as number, C.barrierPerPoint, barrierModifier),
    growthModifier: growthModifier === null ? null : modifierLine(growth as number, C.growthPerPoint, growthModifier),
    raw:
      raw === null
        ? null
        : `Raw: ${[taskResistance, evidenceModifier, barrierModifier, growthModifier].map((f) => fixed(f as number, 2)).join(' x ')} = ${fixed(raw, 4)}`,
    score:
      formulaScore === null || raw === null
        ? null
        : `JobZone Score: (${fixed(raw, 4)} - ${C.rawOffset}) / ${C.rawDivisor} x 100 = ${fixed(formulaScore, 1)}/100`,
    scoreShort: finalScore === null ? null : `${fixed(finalScore, 1)}/100`,
    formulaScoreShort: formulaScore === null ? null : `${fixed(formulaScore, 1)}/100`,
    zone: zone === null ? null : `Zone: ${zone} ${METHOD.zones.legend}`,
    subLabel: sub.label === null ? (zone === 'RED' ? RED_HAS_NO_SUB_LABEL : null) : `${sub.label} — ${sub.reason}`,
    nextBoundary: nextBoundary === null ? null : describeBoundary(nextBoundary),
    inWords:
      finalScore === null || zone === null
        ? 'JobZone score not computed yet'
        : `JobZone score ${fixed(finalScore, 1)} of 100, ${zone.charAt(0)}${zone.slice(1).toLowerCase()}${
            nextBoundary === null
              ? ''
              : `, ${fixed(nextBoundary.points, 1)} ${nextBoundary.direction} the ${nextBoundary.threshold === METHOD.zones.greenMin ? 'Green' : 'Yellow'} threshold`
          }${sub.label ? `, ${sub.label}` : ''}`,
  };

  return {
    protectiveTotal,
    growth,
    quickScreen,
    taskTimeTotal,
    taskTimeOk,
    tasks,
    weightedTotal,
    taskResistance,
    split,
    shareScoring3Plus,
    evidenceTotal,
    barrierTotal,
    evidenceModifier,
    barrierModifier,
    growthModifier,
    raw,
    formulaScore,
    formulaScoreShown,
    score: finalScore,
    overridden,
    zone,
    subLabel: sub.label,
    subLabelReason: sub.reason,
    outOfRange,
    nextBoundary,
    vector: toVector(a),
    display,
  };
}

function timeWhere(tasks: Task[], figures: TaskFigures[], pick: (f: TaskFigures) => boolean): number {
  return tasks.reduce((s, t, i) => s + (pick(figures[i] as TaskFigures) ? (t.timePercent ?? 0) : 0), 0);
}

/** The machine-readable scorecard (`score --json`): each figure at the precision a report shows. */
export function scorecardJson(card: Scorecard) {
  const r = (v: number | null, d: number) => (v === null ? null : roundTo(v, d));
  return {
    protectiveTotal: card.protectiveTotal,
    quickScreen: card.quickScreen,
    taskTimeTotal: card.taskTimeTotal,
    taskTimeOk: card.taskTimeOk,
    tasks: card.tasks.map((t) => ({weighted: r(t.weighted, 2), label: t.label, labelIsSuggested: t.labelIsSuggested})),
    weightedTotal: r(card.weightedTotal, 2),
    taskResistance: r(card.taskResistance, 2),
    split: card.split,
    shareScoring3Plus: card.shareScoring3Plus,
    evidenceTotal: card.evidenceTotal,
    barrierTotal: card.barrierTotal,
    evidenceModifier: r(card.evidenceModifier, 2),
    barrierModifier: r(card.barrierModifier, 2),
    growthModifier: r(card.growthModifier, 2),
    raw: r(card.raw, 4),
    formulaScore: card.formulaScoreShown,
    score: card.score,
    overridden: card.overridden,
    zone: card.zone,
    subLabel: card.subLabel,
    outOfRange: card.outOfRange,
    nextBoundary: card.nextBoundary && {zone: card.nextBoundary.zone, points: card.nextBoundary.points, threshold: card.nextBoundary.threshold, direction: card.nextBoundary.direction},
    vector: card.vector,
    exact: {weightedTotal: card.weightedTotal, taskResistance: card.taskResistance, raw: card.raw, score: card.formulaScore},
    display: card.display,
  };
}

export type ScorecardJson = ReturnType<typeof scorecardJson>;
