/**
 * The method's types and ranges checked without zod, for what a shortcut would otherwise take
 * on trust: an assessment in a draft this program wrote (its hash can be recomputed by anyone)
 * and a stored list summary. Whatever fails here is read and checked in full (model.ts), so a
 * forged file is judged by the full rules and nothing out of range reaches the screen.
 */
import {METHOD} from './definition.js';
import {allowsValue, defaultsProblem, effectiveDefaults, METHOD_DEFAULT_KEYS} from './method-defaults.js';
import {zoneOf} from './score.js';
import {CURRENT_SCHEMA_VERSION, type Assessment, type MethodDefaultsOverride, type Zone} from './types.js';

type Scale = {min: number; max: number};
type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Exactly these keys (zod's strict objects refuse others). */
const hasKeys = (o: Obj, keys: readonly string[]): boolean => {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
};

const onScale = (v: unknown, s: Scale): boolean => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= s.min && v <= s.max);

const texts = (o: unknown, keys: readonly string[]): boolean => isObject(o) && hasKeys(o, keys) && keys.every((k) => typeof o[k] === 'string');

const scored = (o: unknown, s: Scale, text: 'rationale' | 'evidence'): boolean =>
  isObject(o) && hasKeys(o, ['score', text]) && onScale(o.score, s) && typeof o[text] === 'string';

const group = (o: unknown, keys: readonly string[], item: (v: unknown) => boolean, extra: readonly string[] = []): boolean =>
  isObject(o) && hasKeys(o, [...keys, ...extra]) && keys.every((k) => item(o[k]));

const TASK_KEYS = ['name', 'timePercent', 'score', 'label', 'rationale'] as const;

function isTask(t: unknown): boolean {
  if (!isObject(t) || !hasKeys(t, TASK_KEYS)) return false;
  const {scales, taskLabels} = METHOD;
  return (
    typeof t.name === 'string' &&
    typeof t.rationale === 'string' &&
    onScale(t.timePercent, scales.taskTime) &&
    onScale(t.score, scales.task) &&
    (t.label === null || (taskLabels as readonly unknown[]).includes(t.label))
  );
}

function methodDefaultsOk(o: unknown): boolean {
  if (o === undefined) return true;
  if (!isObject(o)) return false;
  for (const [k, v] of Object.entries(o)) {
    if (!(METHOD_DEFAULT_KEYS as readonly string[]).includes(k)) return false;
    if (v !== undefined && !allowsValue(k as (typeof METHOD_DEFAULT_KEYS)[number], v)) return false;
  }
  return defaultsProblem(effectiveDefaults(o as MethodDefaultsOverride)) === null;
}

/** True when `a` has an assessment's shape with every score on its scale (what model.ts accepts, defaults aside). */
export function isWithinMethod(a: unknown): a is Assessment {
  if (!isObject(a)) return false;
  const {scales} = METHOD;
  const keys = ['schemaVersion', 'role', 'protective', 'growth', 'tasks', 'reinstatementCheck', 'evidence', 'barriers', 'growthCheck', 'override', 'commentary', 'whatThisMeans'];
  if (!hasKeys(a, Object.hasOwn(a, 'methodDefaults') ? [...keys, 'methodDefaults'] : keys)) return false;
  const override = a.override;
  return (
    a.schemaVersion === CURRENT_SCHEMA_VERSION &&
    texts(a.role, ['jobTitle', 'seniorityLevel', 'primaryFunction', 'whatThisRoleIsNot', 'typicalExperience', 'seniorityNote']) &&
    group(a.protective, METHOD.protectivePrinciples.map((p) => p.key), (v) => scored(v, scales.protective, 'rationale')) &&
    scored(a.growth, scales.growth, 'rationale') &&
    Array.isArray(a.tasks) &&
    a.tasks.every(isTask) &&
    typeof a.reinstatementCheck === 'string' &&
    group(a.evidence, METHOD.evidenceDimensions.map((d) => d.key), (v) => scored(v, scales.evidence, 'evidence')) &&
    group(a.barriers, METHOD.barriers.map((b) => b.key), (v) => scored(v, scales.barrier, 'rationale'), ['reframedQuestion']) &&
    typeof (a.barriers as Obj).reframedQuestion === 'string' &&
    typeof a.growthCheck === 'string' &&
    isObject(override) &&
    hasKeys(override, ['score', 'note']) &&
    (override.score === null || (typeof override.score === 'number' && override.score >= 0 && override.score <= 100)) &&
    typeof override.note === 'string' &&
    texts(a.commentary, ['scoreVsReality', 'numbersDontCapture', 'whoShouldWorry', 'biggestFactor']) &&
    texts(a.whatThisMeans, ['roleIn2028', 'survivalStrategy', 'timeline']) &&
    methodDefaultsOk(a.methodDefaults)
  );
}

/** A score far outside anything the formula gives from inputs on their scales. */
const SCORE_BOUND = 1000;
const ZONES: ReadonlySet<unknown> = new Set(['GREEN', 'YELLOW', 'RED']);

/**
 * True when stored list figures are ones the method can give: a finite score (or none) with the
 * zone that score is in, a whole count of missing fields, and a yes/no for finished.
 */
export function isMethodSummary(score: unknown, zone: unknown, missing: unknown, finished: unknown): boolean {
  const figures =
    score === null
      ? zone === null
      : typeof score === 'number' && Number.isFinite(score) && Math.abs(score) <= SCORE_BOUND && ZONES.has(zone) && zoneOf(score) === (zone as Zone);
  return figures && typeof missing === 'number' && Number.isInteger(missing) && missing >= 0 && missing <= 1_000_000 && typeof finished === 'boolean';
}
