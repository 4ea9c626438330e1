/**
 * The documented defaults (METHODOLOGY §3) in effect for an assessment, and what each may be.
 * The values themselves live in definition.ts; a team's config and a draft's own choices change
 * them, checked here, so that the config, the draft schema and the report's reader allow the same.
 */
import {
  LABEL_DEFAULTS,
  type LabelDefault,
  METHOD,
  METHOD_DEFAULTS,
  type MethodDefaults,
  type NumericDefault,
  OVERRIDABLE_DEFAULTS,
  type OverridableDefault,
  type TaskLabel,
} from './definition.js';
import type {Assessment, MethodDefaultsOverride} from './types.js';

export const NUMERIC_DEFAULT_KEYS = Object.keys(OVERRIDABLE_DEFAULTS) as NumericDefault[];
export const LABEL_DEFAULT_KEYS = Object.keys(LABEL_DEFAULTS) as LabelDefault[];
export const METHOD_DEFAULT_KEYS: readonly OverridableDefault[] = [...NUMERIC_DEFAULT_KEYS, ...LABEL_DEFAULT_KEYS];

export const isLabelDefault = (key: string): key is LabelDefault => key in LABEL_DEFAULTS;
export const isNumericDefault = (key: string): key is NumericDefault => key in OVERRIDABLE_DEFAULTS;

/** Longest label a team may set: it must fit a table cell and the side pane. */
export const LABEL_MAX_LENGTH = 60;
const LABEL_TEXT = /^[\p{L}\p{N}](?:[\p{L}\p{N} ()'/+-]*[\p{L}\p{N})])?$/u;
const LABEL_CHARACTERS = `letters, digits, spaces and ( ) ' / + -, at most ${LABEL_MAX_LENGTH} characters`;

/** What a method default may be, in words ("a number from 0 to 100", "one of …"). */
export function allowedValue(key: OverridableDefault): string {
  if (isNumericDefault(key)) {
    const d = OVERRIDABLE_DEFAULTS[key];
    return `${d.integer ? 'a whole number' : 'a number'} from ${d.min} to ${d.max}`;
  }
  const d = LABEL_DEFAULTS[key];
  if (d.kind === 'taskLabel') return `one of ${METHOD.taskLabels.map((l) => `"${l}"`).join(', ')}`;
  if (d.kind === 'quickScreen') return `a line of text (${LABEL_CHARACTERS})`;
  const none = d.zone === 'Red' ? ', or "" for none' : '';
  return `a name starting with "${d.zone}", without "Accelerated" (${LABEL_CHARACTERS})${none}`;
}

/** True when `value` is one `key` may take. */
export function allowsValue(key: OverridableDefault, value: unknown): boolean {
  if (isNumericDefault(key)) {
    const d = OVERRIDABLE_DEFAULTS[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= d.min && value <= d.max && (!d.integer || Number.isInteger(value));
  }
  if (typeof value !== 'string') return false;
  const d = LABEL_DEFAULTS[key];
  if (d.kind === 'taskLabel') return (METHOD.taskLabels as readonly string[]).includes(value);
  if (d.kind === 'subLabel' && d.zone === 'Red' && value === '') return true;
  if (value.length > LABEL_MAX_LENGTH || !LABEL_TEXT.test(value)) return false;
  if (d.kind === 'quickScreen') return true;
  // check reads a stated sub-label's zone from its first word, and Accelerated is the seed's.
  const first = /^[A-Za-z]+/.exec(value)?.[0] ?? '';
  return first.toLowerCase() === d.zone.toLowerCase() && !/accelerated/i.test(value);
}

/**
 * A problem with a whole set of defaults that each value alone does not show: quick-screen bands
 * out of order, or two names of one zone that are the same. Null when there is none.
 */
export function defaultsProblem(d: Readonly<MethodDefaults>): {key: OverridableDefault; message: string} | null {
  if (d.quickScreenYellowMin > d.quickScreenGreenMin) {
    return {
      key: 'quickScreenYellowMin',
      message: `${d.quickScreenYellowMin} is above quickScreenGreenMin (${d.quickScreenGreenMin}); the Yellow band must start at or below the Green one`,
    };
  }
  const same = (a: LabelDefault, b: LabelDefault) => d[a].toLowerCase() === d[b].toLowerCase();
  if (same('subLabelGreenTransforming', 'subLabelGreenStable')) {
    return {key: 'subLabelGreenStable', message: `"${d.subLabelGreenStable}" is also subLabelGreenTransforming; the two Green sub-labels must differ`};
  }
  if (same('subLabelYellowUrgent', 'subLabelYellowModerate')) {
    return {key: 'subLabelYellowModerate', message: `"${d.subLabelYellowModerate}" is also subLabelYellowUrgent; the two Yellow sub-labels must differ`};
  }
  return null;
}

/** The defaults that differ from definition.ts's, as a draft's methodDefaults holds them. */
export function changedDefaults(defaults: Readonly<MethodDefaults>): Partial<MethodDefaults> {
  const changed: Partial<MethodDefaults> = {};
  for (const key of METHOD_DEFAULT_KEYS) {
    if (defaults[key] !== METHOD_DEFAULTS[key]) (changed as Record<string, unknown>)[key] = defaults[key];
  }
  return changed;
}

/** The assessment with the team's defaults under its own (the same object when they change nothing). */
export function underDefaults(a: Assessment, defaults: Readonly<MethodDefaults>): Assessment {
  const changed = changedDefaults(defaults);
  if (Object.keys(changed).length === 0) return a;
  return {...a, methodDefaults: {...changed, ...definedOnly(a.methodDefaults)}};
}

function definedOnly(o: MethodDefaultsOverride | undefined): MethodDefaultsOverride {
  const out: Record<string, unknown> = {};
  if (o) for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as MethodDefaultsOverride;
}

/** Every documented default in effect for an assessment: its own choices over `base` (definition.ts's, or a team's). */
export function effectiveDefaults(own: MethodDefaultsOverride | null | undefined, base: Readonly<MethodDefaults> = METHOD_DEFAULTS): MethodDefaults {
  if (!own) return base as MethodDefaults;
  return {...base, ...definedOnly(own)} as MethodDefaults;
}

/** The Aug/Disp label suggested for a task score under these defaults [default]. */
export function suggestedLabelOf(score: number | null, d: Readonly<MethodDefaults>): TaskLabel | null {
  if (score === null) return null;
  const key = `suggestedLabel${score}`;
  return isLabelDefault(key) ? (d[key] as TaskLabel) : null;
}
