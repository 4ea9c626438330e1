/**
 * Comparing two assessments: every scored input that differs, and how much each difference
 * alone moves the score (A with that one input set to B's value, rescored); the text fields
 * that differ, by label; tasks matched by name (added, removed, changed).
 */
import {METHOD} from './definition.js';
import {FIELDS, getAt, setAt} from './fields.js';
import {score, type Scorecard} from './score.js';
import {taskTitle} from './sensitivity.js';
import type {LabelDefault} from './definition.js';
import {LABEL_DEFAULT_KEYS} from './method-defaults.js';
import type {Assessment, MethodDefaultsOverride, Task, Zone} from './types.js';

export type Value = number | string | null;

export type InputDifference = {
  /** Where the input lives in A ("evidence.wageTrends.score", "tasks.2.score"); "tasks+" for an added task. */
  path: string;
  /** The input in the assessor's words: "Wage Trends", 'Task 3 ("Legal research") score'. */
  label: string;
  a: Value;
  b: Value;
  /**
   * Points by which A's formula score moves when only this input takes B's value (full
   * precision); for the override, the move of the score that counts. Null when A cannot be scored.
   */
  effect: number | null;
  /** A's score that counts, zone and sub-label after this one change. */
  scoreAfter: number | null;
  zoneAfter: Zone | null;
  subLabelAfter: string | null;
};

export type RoleSummary = {
  title: string;
  score: number | null;
  formulaScore: number | null;
  zone: Zone | null;
  subLabel: string | null;
  vector: string;
};

export type Comparison = {
  a: RoleSummary;
  b: RoleSummary;
  /** Scored inputs that differ, in the order of the report; tasks by A's order, added ones last. */
  inputs: InputDifference[];
  tasks: {added: string[]; removed: string[]; changed: string[]};
  /** Text fields that differ, by label. */
  text: Array<{path: string; label: string}>;
  /** The difference with the largest effect on the score, if any moves it. */
  biggest: InputDifference | null;
};

const summary = (a: Assessment, card: Scorecard): RoleSummary => ({
  title: a.role.jobTitle,
  score: card.score,
  formulaScore: card.formulaScoreShown,
  zone: card.zone,
  subLabel: card.subLabel,
  vector: card.vector,
});

const normalName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Pairs of task indexes (A, B) with the same name, in order; duplicates pair in order too. */
export function matchTasks(a: Task[], b: Task[]): {pairs: Array<[number, number]>; removed: number[]; added: number[]} {
  const free = new Map<string, number[]>();
  b.forEach((t, j) => free.set(normalName(t.name), [...(free.get(normalName(t.name)) ?? []), j]));
  const pairs: Array<[number, number]> = [];
  const removed: number[] = [];
  a.forEach((t, i) => {
    const j = free.get(normalName(t.name))?.shift();
    if (j === undefined) removed.push(i);
    else pairs.push([i, j]);
  });
  const used = new Set(pairs.map(([, j]) => j));
  return {pairs, removed, added: b.map((_, j) => j).filter((j) => !used.has(j))};
}

const DEFAULT_LABELS: Record<keyof MethodDefaultsOverride, string> = {
  greenTransformingShare: 'Green (Transforming) share, method default',
  yellowUrgentShare: 'Yellow (Urgent) share, method default',
  quickScreenGreenMin: 'Quick screen Green minimum, method default',
  quickScreenYellowMin: 'Quick screen Yellow minimum, method default',
  ...(Object.fromEntries(LABEL_DEFAULT_KEYS.map((k) => [k, `${k}, method default`])) as Record<LabelDefault, string>),
};

const quote = (name: string) => `Task "${name.trim().replace(/\s+/g, ' ')}"`;

/** Every difference between A and B, with the effect of each on A's score. */
export function compareAssessments(a: Assessment, b: Assessment): Comparison {
  const cardA = score(a);
  const cardB = score(b);
  const inputs: InputDifference[] = [];

  const diff = (path: string, label: string, va: Value, vb: Value, changed: Assessment, countsOverride = false) => {
    if (va === vb) return;
    const after = score(changed);
    const before = countsOverride ? cardA.score : cardA.formulaScore;
    const now = countsOverride ? after.score : after.formulaScore;
    inputs.push({
      path,
      label,
      a: va,
      b: vb,
      effect: before === null || now === null ? null : now - before,
      scoreAfter: after.score,
      zoneAfter: after.zone,
      subLabelAfter: after.subLabel,
    });
  };
  const scored = (path: string, label: string) => {
    const vb = getAt(b, path) as Value;
    diff(path, label, getAt(a, path) as Value, vb, setAt(a, path, vb));
  };

  for (const p of METHOD.protectivePrinciples) scored(`protective.${p.key}.score`, p.label);
  scored('growth.score', METHOD.growth.label);

  const {pairs, removed, added} = matchTasks(a.tasks, b.tasks);
  const changedTasks: string[] = [];
  const taskText: Array<{path: string; label: string}> = [];
  for (const [i, j] of pairs) {
    const ta = a.tasks[i] as Task;
    const tb = b.tasks[j] as Task;
    const before = inputs.length;
    const name = taskTitle(a, i);
    diff(`tasks.${i}.timePercent`, `${name} time %`, ta.timePercent, tb.timePercent, setAt(a, `tasks.${i}.timePercent`, tb.timePercent));
    diff(`tasks.${i}.score`, `${name} score`, ta.score, tb.score, setAt(a, `tasks.${i}.score`, tb.score));
    diff(`tasks.${i}.label`, `${name} Aug/Disp label`, ta.label, tb.label, setAt(a, `tasks.${i}.label`, tb.label));
    if (inputs.length > before) changedTasks.push(ta.name);
    if (ta.rationale !== tb.rationale) taskText.push({path: `tasks.${i}.rationale`, label: `${quote(ta.name)} rationale`});
  }
  for (const i of removed) {
    const t = a.tasks[i] as Task;
    diff(`tasks.${i}`, `${quote(t.name)} (only in A)`, `${t.timePercent ?? '_'}% x ${t.score ?? '_'}`, null, {...a, tasks: a.tasks.filter((_, k) => k !== i)});
  }
  for (const j of added) {
    const t = b.tasks[j] as Task;
    diff('tasks+', `${quote(t.name)} (only in B)`, null, `${t.timePercent ?? '_'}% x ${t.score ?? '_'}`, {...a, tasks: [...a.tasks, t]});
  }

  for (const e of METHOD.evidenceDimensions) scored(`evidence.${e.key}.score`, e.label);
  for (const x of METHOD.barriers) scored(`barriers.${x.key}.score`, x.label);
  diff('override.score', 'Assessor override', a.override.score, b.override.score, setAt(a, 'override.score', b.override.score), true);
  for (const key of Object.keys(DEFAULT_LABELS) as Array<keyof MethodDefaultsOverride>) {
    const va = a.methodDefaults?.[key] ?? null;
    const vb = b.methodDefaults?.[key] ?? null;
    const d: MethodDefaultsOverride = {...a.methodDefaults};
    if (vb === null) delete d[key];
    else (d as Record<string, unknown>)[key] = vb;
    diff(`methodDefaults.${key}`, DEFAULT_LABELS[key], va, vb, {...a, methodDefaults: d});
  }

  const text = FIELDS.filter((f) => f.kind !== 'score' && getAt(a, f.path) !== getAt(b, f.path)).map((f) => ({path: f.path, label: f.label}));
  text.push(...taskText);

  const moving = inputs.filter((d) => d.effect !== null && Math.abs(d.effect) > 1e-9);
  const biggest = moving.reduce<InputDifference | null>((m, d) => (m === null || Math.abs(d.effect as number) > Math.abs(m.effect as number) ? d : m), null);
  return {
    a: summary(a, cardA),
    b: summary(b, cardB),
    inputs,
    tasks: {
      added: added.map((j) => (b.tasks[j] as Task).name),
      removed: removed.map((i) => (a.tasks[i] as Task).name),
      changed: changedTasks,
    },
    text,
    biggest,
  };
}
