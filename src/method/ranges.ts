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

/** Exactly these keys (zod's strict objects refuse others); counted without building arrays: list reads a thousand drafts. */
function hasKeys(o: Obj, keys: readonly string[]): boolean {
  let n = 0;
  for (const k in o) if (Object.hasOwn(o, k)) n++;
  if (n !== keys.length) return false;
  for (const k of keys) if (!Object.hasOwn(o, k)) return false;
  return true;
}

const onScale = (v: unknown, s: Scale): boolean => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= s.min && v <= s.max);

const texts = (o: unknown, keys: readonly string[]): boolean => {
  if (!isObject(o) || !hasKeys(o, keys)) return false;
  for (const k of keys) if (typeof o[k] !== 'string') return false;
  return true;
};

const RATIONALE = ['score', 'rationale'] as const;
const EVIDENCE = ['score', 'evidence'] as const;

const scored = (o: unknown, s: Scale, keys: readonly ['score', string]): boolean =>
  isObject(o) && hasKeys(o, keys) && onScale(o.score, s) && typeof o[keys[1]] === 'string';

function group(o: unknown, keys: readonly string[], s: Scale, itemKeys: readonly ['score', string]): boolean {
  if (!isObject(o) || !hasKeys(o, keys)) return false;
  for (const k of keys) if (!scored(o[k], s, itemKeys)) return false;
  return true;
}

// The method's key lists, made once.
const PROTECTIVE_KEYS = METHOD.protectivePrinciples.map((p) => p.key);
const EVIDENCE_KEYS = METHOD.evidenceDimensions.map((d) => d.key);
const BARRIER_KEYS = METHOD.barriers.map((b) => b.key);
const BARRIER_GROUP_KEYS = [...BARRIER_KEYS, 'reframedQuestion'];
const ROLE_KEYS = ['jobTitle', 'seniorityLevel', 'primaryFunction', 'whatThisRoleIsNot', 'typicalExperience', 'seniorityNote'];
const COMMENTARY_KEYS = ['scoreVsReality', 'numbersDontCapture', 'whoShouldWorry', 'biggestFactor'];
const MEANS_KEYS = ['roleIn2028', 'survivalStrategy', 'timeline'];
const ASSESSMENT_KEYS = ['schemaVersion', 'role', 'protective', 'growth', 'tasks', 'reinstatementCheck', 'evidence', 'barriers', 'growthCheck', 'override', 'commentary', 'whatThisMeans'];
const WITH_DEFAULTS_KEYS = [...ASSESSMENT_KEYS, 'methodDefaults'];
const OVERRIDE_KEYS = ['score', 'note'];
const TASK_KEYS = ['name', 'timePercent', 'score', 'label', 'rationale'];
const TASK_LABELS: ReadonlySet<unknown> = new Set(METHOD.taskLabels);
const DEFAULT_KEYS: ReadonlySet<string> = new Set(METHOD_DEFAULT_KEYS);

function isTask(t: unknown): boolean {
  if (!isObject(t) || !hasKeys(t, TASK_KEYS)) return false;
  const {scales} = METHOD;
  return (
    typeof t.name === 'string' &&
    typeof t.rationale === 'string' &&
    onScale(t.timePercent, scales.taskTime) &&
    onScale(t.score, scales.task) &&
    (t.label === null || TASK_LABELS.has(t.label))
  );
}

function methodDefaultsOk(o: unknown): boolean {
  if (o === undefined) return true;
  if (!isObject(o)) return false;
  for (const [k, v] of Object.entries(o)) {
    if (!DEFAULT_KEYS.has(k)) return false;
    if (v !== undefined && !allowsValue(k as (typeof METHOD_DEFAULT_KEYS)[number], v)) return false;
  }
  return defaultsProblem(effectiveDefaults(o as MethodDefaultsOverride)) === null;
}

/** True when `a` has an assessment's shape with every score on its scale (what model.ts accepts, defaults aside). */
export function isWithinMethod(a: unknown): a is Assessment {
  if (!isObject(a)) return false;
  const {scales} = METHOD;
  if (!hasKeys(a, Object.hasOwn(a, 'methodDefaults') ? WITH_DEFAULTS_KEYS : ASSESSMENT_KEYS)) return false;
  if (a.schemaVersion !== CURRENT_SCHEMA_VERSION || !Array.isArray(a.tasks)) return false;
  for (const t of a.tasks) if (!isTask(t)) return false;
  const override = a.override;
  return (
    texts(a.role, ROLE_KEYS) &&
    group(a.protective, PROTECTIVE_KEYS, scales.protective, RATIONALE) &&
    scored(a.growth, scales.growth, RATIONALE) &&
    typeof a.reinstatementCheck === 'string' &&
    group(a.evidence, EVIDENCE_KEYS, scales.evidence, EVIDENCE) &&
    isObject(a.barriers) &&
    hasKeys(a.barriers, BARRIER_GROUP_KEYS) &&
    BARRIER_KEYS.every((k) => scored((a.barriers as Obj)[k], scales.barrier, RATIONALE)) &&
    typeof a.barriers.reframedQuestion === 'string' &&
    typeof a.growthCheck === 'string' &&
    isObject(override) &&
    hasKeys(override, OVERRIDE_KEYS) &&
    (override.score === null || (typeof override.score === 'number' && override.score >= 0 && override.score <= 100)) &&
    typeof override.note === 'string' &&
    texts(a.commentary, COMMENTARY_KEYS) &&
    texts(a.whatThisMeans, MEANS_KEYS) &&
    methodDefaultsOk(a.methodDefaults)
  );
}

/**
 * True when what `list` takes from a draft besides its summary is the method's: the title, the
 * growth score and the tasks' times and scores (the sub-label's basis) and the draft's own
 * defaults. Cheaper than isWithinMethod for a thousand drafts; what else the draft holds is not shown.
 */
export function isListable(a: unknown): boolean {
  if (!isObject(a) || !isObject(a.role) || typeof a.role.jobTitle !== 'string' || !isObject(a.growth) || !Array.isArray(a.tasks)) return false;
  const {scales} = METHOD;
  if (!onScale(a.growth.score, scales.growth)) return false;
  for (const t of a.tasks) if (!isObject(t) || !onScale(t.timePercent, scales.taskTime) || !onScale(t.score, scales.task)) return false;
  return methodDefaultsOk(a.methodDefaults);
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
