/**
 * Seniority variants: a variant of the role stores only the inputs it sets otherwise, and its
 * full assessment is the role with those changes applied. Its figures are score()'s on that
 * assessment: there is no second formula.
 *
 * The changes are written in the report's words, one list a person reads and the reader reads
 * back: "Goal-Setting & Moral Judgment 3 → 2; Task 4 score 2 → 3; Task 1 time 25% → 20%".
 */
import {METHOD, type ScaleName} from './definition.js';
import {getAt, setAt} from './fields.js';
import {score, type Scorecard} from './score.js';
import type {Assessment, Variant, VariantChange} from './types.js';

/** An input a variant may change: where it lives, what the report calls it, its scale. */
export type VariantInput = {path: string; label: string; scale: ScaleName};

/** The inputs outside the task table, in the report's order: principles, growth, evidence, barriers. */
export const VARIANT_FIXED_INPUTS: readonly VariantInput[] = [
  ...METHOD.protectivePrinciples.map((p) => ({path: `protective.${p.key}.score`, label: p.label as string, scale: 'protective' as const})),
  {path: 'growth.score', label: METHOD.growth.label, scale: 'growth'},
  ...METHOD.evidenceDimensions.map((e) => ({path: `evidence.${e.key}.score`, label: e.label as string, scale: 'evidence' as const})),
  ...METHOD.barriers.map((b) => ({path: `barriers.${b.key}.score`, label: b.label as string, scale: 'barrier' as const})),
];

/** A task's score or time: "tasks.3.score", "tasks.0.timePercent". */
export const VARIANT_TASK_PATH = /^tasks\.(\d{1,4})\.(score|timePercent)$/;

const fixedByPath = new Map(VARIANT_FIXED_INPUTS.map((i) => [i.path, i]));
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const fixedByLabel = new Map(VARIANT_FIXED_INPUTS.map((i) => [norm(i.label), i]));

/** The input at a path, or undefined when a variant may not change it. */
export function variantInput(path: string): VariantInput | undefined {
  const fixed = fixedByPath.get(path);
  if (fixed) return fixed;
  const m = VARIANT_TASK_PATH.exec(path);
  if (!m) return undefined;
  const n = Number(m[1]) + 1;
  return m[2] === 'score' ? {path, label: `Task ${n} score`, scale: 'task'} : {path, label: `Task ${n} time`, scale: 'taskTime'};
}

/** Every input a variant of this assessment may change, in the report's order (the tasks after growth). */
export function variantInputs(a: Assessment): VariantInput[] {
  const [principles, rest] = [VARIANT_FIXED_INPUTS.slice(0, 4), VARIANT_FIXED_INPUTS.slice(4)];
  const tasks = a.tasks.flatMap((_, i) => [variantInput(`tasks.${i}.score`)!, variantInput(`tasks.${i}.timePercent`)!]);
  return [...principles, ...tasks, ...rest];
}

/** True when the value is on the input's scale. */
export function onScale(input: VariantInput, value: number): boolean {
  const {min, max} = METHOD.scales[input.scale];
  return Number.isInteger(value) && value >= min && value <= max;
}

const isTime = (path: string) => path.endsWith('.timePercent');
const shown = (path: string, v: unknown) => (typeof v === 'number' ? `${v}${isTime(path) ? '%' : ''}` : '—');

/** The role's value of an input (null when unset or, for a task, when there is no such task). */
export function roleValue(a: Assessment, path: string): number | null {
  const v = getAt(a, path);
  return typeof v === 'number' ? v : null;
}

/** One change in the report's words: "Goal-Setting & Moral Judgment 3 → 2", "Task 1 time 25% → 20%". */
export function describeChange(a: Assessment, change: VariantChange): string {
  const label = variantInput(change.path)?.label ?? change.path;
  return `${label} ${shown(change.path, roleValue(a, change.path))} → ${shown(change.path, change.value)}`;
}

/** Words for a variant with no change. */
const NO_CHANGE = 'none';

/** A variant's changes in the report's words, "; " between them. */
export function describeChanges(a: Assessment, v: Variant): string {
  return v.changes.length ? v.changes.map((c) => describeChange(a, c)).join('; ') : NO_CHANGE;
}

/** A change as read from text, with the role's value it states ("from"), when it states one. */
export type ReadChange = VariantChange & {from: number | null; fromStated: boolean; text: string};
export type ReadChanges = {ok: true; changes: ReadChange[]} | {ok: false; message: string};

const ARROW = '(?:→|->)';
const WITH_FROM = new RegExp(`^(.+?)\\s+(—|-?\\d+)\\s*%?\\s*${ARROW}\\s*(-?\\d+)\\s*%?$`);
const WITHOUT_FROM = new RegExp(`^(.+?)\\s*${ARROW}\\s*(-?\\d+)\\s*%?$`);
const TASK_LABEL = /^task\s+(\d{1,4})\s+(score|time)(?:\s*%)?$/;

function inputNamed(label: string): VariantInput | undefined {
  const n = norm(label);
  const fixed = fixedByLabel.get(n);
  if (fixed) return fixed;
  // The start of one input's name is that input ("Goal-Setting" in a note, "goal" typed in the wizard).
  const starting = n.length >= 3 ? VARIANT_FIXED_INPUTS.filter((i) => norm(i.label).startsWith(n)) : [];
  if (starting.length === 1) return starting[0];
  const task = TASK_LABEL.exec(n);
  if (!task || Number(task[1]) < 1) return undefined;
  return variantInput(`tasks.${Number(task[1]) - 1}.${task[2] === 'score' ? 'score' : 'timePercent'}`);
}

/** Read "Goal-Setting & Moral Judgment 3 → 2; Task 4 score → 3" back into changes, or say what is wrong. */
export function readChanges(text: string): ReadChanges {
  const body = text.trim();
  if (body === '' || norm(body) === NO_CHANGE || body === '—') return {ok: true, changes: []};
  const changes: ReadChange[] = [];
  for (const raw of body.split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const m = WITH_FROM.exec(part) ?? WITHOUT_FROM.exec(part);
    const withFrom = m !== null && m.length === 4;
    const label = m?.[1] ?? '';
    const input = m ? inputNamed(label) : undefined;
    if (!m || !input) {
      const named = m ? `"${label.trim()}" is not an input a variant can change` : `"${part.slice(0, 60)}" is not "INPUT FROM → TO"`;
      return {ok: false, message: `${named}; write e.g. "Goal-Setting & Moral Judgment 3 → 2; Task 4 score 2 → 3; Task 1 time 25% → 20%"`};
    }
    const value = Number(withFrom ? m[3] : m[2]);
    if (!onScale(input, value)) {
      const {min, max} = METHOD.scales[input.scale];
      return {ok: false, message: `${input.label} → ${value}: it takes a whole number from ${min} to ${max}`};
    }
    const fromText = withFrom ? (m[2] as string) : '—';
    changes.push({path: input.path, value, from: fromText === '—' ? null : Number(fromText), fromStated: withFrom, text: part});
  }
  return {ok: true, changes};
}

const NO_OVERRIDE = {score: null, note: ''};

/**
 * The variant's full assessment: the role with the variant's changes. The assessor's override
 * is a judgment on the role's own figure, so a variant has none; a change to a task the role
 * does not have is left out (validate names it).
 */
export function applyVariant(a: Assessment, v: Variant): Assessment {
  let out: Assessment = a.override.score === null ? a : {...a, override: NO_OVERRIDE};
  for (const c of v.changes) {
    const task = VARIANT_TASK_PATH.exec(c.path);
    if (task && Number(task[1]) >= a.tasks.length) continue;
    if (!variantInput(c.path)) continue;
    out = setAt(out, c.path, c.value);
  }
  return out;
}

/** A variant with its figures: the same scorecard as the role's, of the role with its changes. */
export type VariantFigures = {index: number; variant: Variant; changes: string; card: Scorecard};

/** The figures of a variant. */
export function variantFigures(a: Assessment, v: Variant, index = 0): VariantFigures {
  return {index, variant: v, changes: describeChanges(a, v), card: score(applyVariant(a, v))};
}

/** The figures of every variant the assessment states, in order. */
export function allVariantFigures(a: Assessment): VariantFigures[] {
  return (a.variants ?? []).map((v, i) => variantFigures(a, v, i));
}

/** True when a change touches a JobZone input (everything but the protective principles, which feed only the quick screen). */
export const movesJobZone = (c: VariantChange) => !c.path.startsWith('protective.');

/**
 * The variants with task changes renumbered after the role's task list changed: `newIndex` gives
 * a task's new place, or null when it was removed (its changes go with it).
 */
export function renumberVariantTasks(variants: readonly Variant[], newIndex: (old: number) => number | null): Variant[] {
  return variants.map((v) => ({
    ...v,
    changes: v.changes.flatMap((c) => {
      const m = VARIANT_TASK_PATH.exec(c.path);
      if (!m) return [c];
      const to = newIndex(Number(m[1]));
      return to === null ? [] : [{...c, path: `tasks.${to}.${m[2]}`}];
    }),
  }));
}
