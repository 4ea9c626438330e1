/**
 * Calibration: where a score sits among other roles, the assessor's library and the published
 * reference points, so the assessor can judge whether it sits right.
 */
import {compareAssessments} from './compare.js';
import {fixed} from './format.js';
import {REFERENCE_ROLES, type ReferenceRole} from './reference-roles.js';
import {score} from './score.js';
import type {Assessment, Zone} from './types.js';

/** One role of the assessor's library (a draft or an imported report). */
export type LibraryEntry = {
  id: string;
  title: string;
  /** The score that counts (override or formula), null while it cannot be computed. */
  score: number | null;
  zone: Zone | null;
  assessment: Assessment;
};

export type NearRole = {
  title: string;
  score: number;
  zone: Zone;
  kind: 'reference' | 'library';
  /** This role's score minus the current one, 1 decimal. */
  difference: number;
  /** Reference points: where the figure was published. */
  source?: string;
  /** Library entries: the draft id. */
  id?: string;
  /** Library entries: the one input whose difference moves the current score most. */
  biggestDifference?: {label: string; current: number | string | null; other: number | string | null; effect: number} | null;
};

const round1 = (n: number) => Number(fixed(n, 1));

function candidates(current: number, library: readonly LibraryEntry[], references: readonly ReferenceRole[]) {
  const out: Array<{role: NearRole; assessment?: Assessment}> = [];
  for (const r of references) {
    out.push({role: {title: r.title, score: r.score, zone: r.zone, kind: 'reference', difference: round1(r.score - current), source: r.source}});
  }
  for (const e of library) {
    if (e.score === null || e.zone === null) continue;
    out.push({
      role: {title: e.title || '(untitled role)', score: e.score, zone: e.zone, kind: 'library', difference: round1(e.score - current), id: e.id},
      assessment: e.assessment,
    });
  }
  return out.sort((x, y) => Math.abs(x.role.difference) - Math.abs(y.role.difference) || x.role.title.localeCompare(y.role.title));
}

/**
 * The n roles nearest by score to the current assessment, nearest first; empty while the
 * current score cannot be computed. Pass the library without the draft being edited.
 */
export function nearestRoles(
  current: Assessment,
  library: readonly LibraryEntry[],
  references: readonly ReferenceRole[] = REFERENCE_ROLES,
  n = 3,
): NearRole[] {
  const own = score(current).score;
  if (own === null) return [];
  return candidates(own, library, references)
    .slice(0, n)
    .map(({role, assessment}) => {
      if (!assessment) return role;
      const b = compareAssessments(current, assessment).biggest;
      return {
        ...role,
        biggestDifference: b && {label: b.label, current: b.a, other: b.b, effect: b.effect as number},
      };
    });
}

const named = (r: NearRole) => `${r.title} (${fixed(r.score, 1)}, ${r.kind})`;

/**
 * One line for the report: "Calibration: 86.1 sits between A (85.2, reference) and B (90.0,
 * library)." Null when there is no score yet or nothing to compare with.
 */
export function calibrationLine(
  current: Assessment,
  library: readonly LibraryEntry[] = [],
  references: readonly ReferenceRole[] = REFERENCE_ROLES,
): string | null {
  const own = score(current).score;
  if (own === null) return null;
  const all = candidates(own, library, references).map((c) => c.role);
  if (all.length === 0) return null;
  const s = fixed(own, 1);
  const level = all.filter((r) => r.difference === 0);
  if (level.length) return `Calibration: ${s} is level with ${level.slice(0, 2).map(named).join(' and ')}.`;
  const below = all.filter((r) => r.difference < 0);
  const above = all.filter((r) => r.difference > 0);
  if (below[0] && above[0]) return `Calibration: ${s} sits between ${named(below[0])} and ${named(above[0])}.`;
  if (below[0]) return `Calibration: ${s} sits above ${below.slice(0, 2).map(named).join(' and ')}.`;
  return `Calibration: ${s} sits below ${above.slice(0, 2).map(named).join(' and ')}.`;
}
