/** An assessment under a team's documented defaults: the assessment's own choices win. */
import {METHOD_DEFAULTS, type MethodDefaults, type OverridableDefault} from './definition.js';
import type {Assessment} from './types.js';

/** The defaults that differ from definition.ts's, as a draft's methodDefaults holds them. */
export function changedDefaults(defaults: Readonly<MethodDefaults>): Partial<MethodDefaults> {
  const changed: Partial<MethodDefaults> = {};
  for (const key of Object.keys(METHOD_DEFAULTS) as OverridableDefault[]) {
    if (defaults[key] !== METHOD_DEFAULTS[key]) changed[key] = defaults[key];
  }
  return changed;
}

/** The assessment with the team's defaults under its own (the same object when they change nothing). */
export function underDefaults(a: Assessment, defaults: Readonly<MethodDefaults>): Assessment {
  const changed = changedDefaults(defaults);
  if (Object.keys(changed).length === 0) return a;
  return {...a, methodDefaults: {...changed, ...a.methodDefaults}};
}
