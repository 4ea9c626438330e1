/**
 * Sensitivity: how robust the zone and the sub-label are to a change of a single input.
 *
 * Exact, from score() itself, never sampled. A single input (a task's score, an evidence
 * dimension, a barrier, growth) has at most four other values: each is scored. A task's time
 * cannot change alone without breaking the 100% sum, so time is moved between two tasks as a
 * pair (k points from one to the other); the score is linear and the zone monotone in k, so the
 * smallest k is found by bisection over score(). Protective principles enter only the quick
 * screen, not the score, so they never move the zone and are left out.
 */
import {METHOD} from './definition.js';
import {setAt} from './fields.js';
import {fixed} from './format.js';
import {score, type Scorecard} from './score.js';
import type {Assessment, Zone} from './types.js';

export type InputRef =
  | {kind: 'growth'}
  | {kind: 'evidence'; key: string}
  | {kind: 'barrier'; key: string}
  | {kind: 'taskScore'; index: number}
  /** k points of time moved from task `from` to task `to`. */
  | {kind: 'taskTime'; from: number; to: number};

/** One input with a single value on a scale: where it lives and what the assessor calls it. */
export type SingleInput = {
  ref: InputRef;
  path: string;
  label: string;
  value: number;
  min: number;
  max: number;
};

export type Change = {
  input: InputRef;
  /** "Wage Trends", 'Task 3 ("Reward modelling…") score', 'Time from Task 1 to Task 4'. */
  label: string;
  /** The input's value before and after; for a time move, the source task's time. */
  from: number;
  to: number;
  /** Size of the change in steps of the input's scale (points of time for a time move). */
  steps: number;
  /** The formula score after the change, as shown (1 decimal). */
  score: number;
  zone: Zone;
  subLabel: string | null;
  /** "Wage Trends 1 → 0 moves it to 47.2, YELLOW". */
  text: string;
};

export type Slope = {
  input: InputRef;
  label: string;
  value: number;
  /** Points of formula score per step up of the input (full precision; signed). */
  pointsPerStep: number;
};

export type Sensitivity =
  | {
      ok: true;
      /** The formula score as shown, its zone and sub-label (the override is set aside). */
      score: number;
      zone: Zone;
      subLabel: string | null;
      /** The assessor's override, when set: it decides the zone that counts. */
      override: {score: number; zone: Zone} | null;
      /** Per input, the smallest change that moves the zone up; smallest first. */
      zoneUp: Change[];
      /** Per input, the smallest change that moves the zone down; smallest first. */
      zoneDown: Change[];
      /** Per input and direction, the smallest change that keeps the zone but changes the sub-label. */
      subLabelChanges: Change[];
      /** Every single input, most sensitive first. */
      ranking: Slope[];
      /** The single-input changes (task times aside) that give the lowest and the highest score. */
      extremes: {lowest: Change | null; highest: Change | null};
      notes: string[];
    }
  | {ok: false; reason: string};

const ZONE_RANK: Record<Zone, number> = {RED: 0, YELLOW: 1, GREEN: 2};

const shortName = (name: string) => {
  const n = name.trim().replace(/\s+/g, ' ');
  return n.length > 40 ? `${n.slice(0, 39)}…` : n;
};

/** "Task 3" or 'Task 3 ("Reward modelling…")'. */
export function taskTitle(a: Assessment, i: number): string {
  const name = shortName(a.tasks[i]?.name ?? '');
  return name ? `Task ${i + 1} ("${name}")` : `Task ${i + 1}`;
}

/** The inputs that enter the score and have a value, in METHOD's order. */
export function singleInputs(a: Assessment): SingleInput[] {
  const S = METHOD.scales;
  const out: SingleInput[] = [];
  const push = (ref: InputRef, path: string, label: string, value: number | null, scale: {min: number; max: number}) => {
    if (value !== null) out.push({ref, path, label, value, min: scale.min, max: scale.max});
  };
  push({kind: 'growth'}, 'growth.score', METHOD.growth.label, a.growth.score, S.growth);
  a.tasks.forEach((t, i) => push({kind: 'taskScore', index: i}, `tasks.${i}.score`, `${taskTitle(a, i)} score`, t.score, S.task));
  for (const e of METHOD.evidenceDimensions) push({kind: 'evidence', key: e.key}, `evidence.${e.key}.score`, e.label, a.evidence[e.key].score, S.evidence);
  for (const b of METHOD.barriers) push({kind: 'barrier', key: b.key}, `barriers.${b.key}.score`, b.label, a.barriers[b.key].score, S.barrier);
  return out;
}

/** The formula's card: the override set aside, so zone and sub-label follow the formula. */
const formulaCard = (a: Assessment): Scorecard => score(a.override.score === null ? a : {...a, override: {...a.override, score: null}});

/** A copy with k points of time moved from task i to task j. */
export function moveTime(a: Assessment, i: number, j: number, k: number): Assessment {
  const tasks = a.tasks.slice();
  const from = tasks[i];
  const to = tasks[j];
  if (!from || !to || from.timePercent === null || to.timePercent === null) return a;
  tasks[i] = {...from, timePercent: from.timePercent - k};
  tasks[j] = {...to, timePercent: to.timePercent + k};
  return {...a, tasks};
}

function describe(label: string, from: number, to: number, card: Scorecard, moveText?: string): string {
  const what = moveText ?? `${label} ${from} → ${to}`;
  const sub = card.subLabel ? `, ${card.subLabel}` : '';
  return `${what} moves it to ${fixed(card.formulaScoreShown as number, 1)}, ${card.zone}${sub}`;
}

function changeOf(input: InputRef, label: string, from: number, to: number, card: Scorecard, moveText?: string): Change {
  return {
    input,
    label,
    from,
    to,
    steps: Math.abs(to - from),
    score: card.formulaScoreShown as number,
    zone: card.zone as Zone,
    subLabel: card.subLabel,
    text: describe(label, from, to, card, moveText),
  };
}

/** Smallest k in 1..max with pred(k), for a predicate that stays true once true; null if none. */
function firstTrue(max: number, pred: (k: number) => boolean): number | null {
  if (max < 1 || !pred(max)) return null;
  let lo = 1;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

type Found = {zoneUp: Change[]; zoneDown: Change[]; subLabel: Change[]; lowest: Change | null; highest: Change | null};

function singleChanges(a: Assessment, base: Scorecard, found: Found): Slope[] {
  const ranking: Slope[] = [];
  let lowestExact = Infinity;
  let highestExact = -Infinity;
  for (const input of singleInputs(a)) {
    const cards = new Map<number, Scorecard>();
    for (let v = input.min; v <= input.max; v++) if (v !== input.value) cards.set(v, formulaCard(setAt(a, input.path, v)));
    // Walk outwards from the current value: the first hit in each direction is the smallest change.
    for (const dir of [1, -1]) {
      let zoneDone = false;
      let subDone = false;
      for (let v = input.value + dir; v >= input.min && v <= input.max; v += dir) {
        const card = cards.get(v) as Scorecard;
        const s = card.formulaScore as number;
        if (!found.lowest || s < lowestExact) {
          found.lowest = changeOf(input.ref, input.label, input.value, v, card);
          lowestExact = s;
        }
        if (!found.highest || s > highestExact) {
          found.highest = changeOf(input.ref, input.label, input.value, v, card);
          highestExact = s;
        }
        const moved = ZONE_RANK[card.zone as Zone] - ZONE_RANK[base.zone as Zone];
        if (moved !== 0 && !zoneDone) {
          (moved > 0 ? found.zoneUp : found.zoneDown).push(changeOf(input.ref, input.label, input.value, v, card));
          zoneDone = true;
        }
        if (moved === 0 && card.subLabel !== base.subLabel && !subDone && !zoneDone) {
          found.subLabel.push(changeOf(input.ref, input.label, input.value, v, card));
          subDone = true;
        }
      }
    }
    const step = input.value < input.max ? 1 : -1;
    const other = cards.get(input.value + step);
    const slope = other ? ((other.formulaScore as number) - (base.formulaScore as number)) * step : 0;
    ranking.push({input: input.ref, label: input.label, value: input.value, pointsPerStep: slope});
  }
  return ranking;
}

function timeMoves(a: Assessment, base: Scorecard, found: Found): void {
  const tasks = a.tasks;
  // Moving time between tasks of equal score changes no figure the zone or sub-label reads, and
  // the effect of moving k points depends only on the two scores: solve once per pair of scores.
  const scores = [...new Set(tasks.map((t) => t.score as number))];
  for (const sFrom of scores) {
    for (const sTo of scores) {
      if (sFrom === sTo) continue;
      const sources = tasks.map((t, i) => ({t, i})).filter(({t}) => t.score === sFrom);
      const rep = sources.reduce((best, x) => ((x.t.timePercent as number) > (best.t.timePercent as number) ? x : best));
      const dest = tasks.findIndex((t) => t.score === sTo);
      const maxK = rep.t.timePercent as number;
      const cache = new Map<number, Scorecard>();
      const at = (k: number) => {
        let c = cache.get(k);
        if (!c) cache.set(k, (c = formulaCard(moveTime(a, rep.i, dest, k))));
        return c;
      };
      const zoneK = firstTrue(maxK, (k) => at(k).zone !== base.zone);
      const subK = firstTrue(maxK, (k) => at(k).subLabel !== base.subLabel || at(k).zone !== base.zone);
      const emit = (k: number, list: Change[]) => {
        const card = at(k);
        tasks.forEach((ti, i) => {
          if (ti.score !== sFrom || (ti.timePercent as number) < k) return;
          tasks.forEach((tj, j) => {
            if (tj.score !== sTo) return;
            const t0 = ti.timePercent as number;
            const label = `Time from ${taskTitle(a, i)} to ${taskTitle(a, j)}`;
            const text = `Moving ${k}% of time from ${taskTitle(a, i)} to ${taskTitle(a, j)} (${t0}% → ${t0 - k}%)`;
            list.push(changeOf({kind: 'taskTime', from: i, to: j}, label, t0, t0 - k, card, text));
          });
        });
      };
      if (zoneK !== null) emit(zoneK, ZONE_RANK[at(zoneK).zone as Zone] > ZONE_RANK[base.zone as Zone] ? found.zoneUp : found.zoneDown);
      if (subK !== null && at(subK).zone === base.zone) emit(subK, found.subLabel);
    }
  }
}

const bySize = (x: Change, y: Change) => x.steps - y.steps;

/** The smallest single-input changes that move the zone or the sub-label, and the slopes. */
export function sensitivity(assessment: Assessment): Sensitivity {
  const final = score(assessment);
  const base = formulaCard(assessment);
  if (base.formulaScore === null || base.zone === null) {
    return {
      ok: false,
      reason: 'the score cannot be computed yet: every task needs a time and a score, and growth, every evidence dimension and every barrier a score',
    };
  }
  const found: Found = {zoneUp: [], zoneDown: [], subLabel: [], lowest: null, highest: null};
  const ranking = singleChanges(assessment, base, found);
  timeMoves(assessment, base, found);
  ranking.sort((x, y) => Math.abs(y.pointsPerStep) - Math.abs(x.pointsPerStep));

  const notes = [
    'Task times are moved between two tasks, so they still sum to the same total; a time cannot change alone.',
    'Protective principles enter the quick screen only, not the score: they never move the zone.',
  ];
  if (!base.taskTimeOk) notes.push(`The task times sum to ${base.taskTimeTotal}%, not 100%: the figures are provisional.`);
  const override =
    final.overridden && final.score !== null && final.zone !== null ? {score: final.score, zone: final.zone} : null;
  if (override) {
    notes.unshift(
      `The assessor override (${fixed(override.score, 1)}) decides the zone (${override.zone}); these are the sensitivities of the formula score (${fixed(base.formulaScoreShown as number, 1)}).`,
    );
  }
  return {
    ok: true,
    score: base.formulaScoreShown as number,
    zone: base.zone,
    subLabel: base.subLabel,
    override,
    zoneUp: found.zoneUp.sort(bySize),
    zoneDown: found.zoneDown.sort(bySize),
    subLabelChanges: found.subLabel.sort(bySize),
    ranking,
    extremes: {lowest: found.lowest, highest: found.highest},
    notes,
  };
}
