/**
 * The drafts folder as a whole, read without conf: finding a draft by id or title, listing
 * every draft (damaged ones with their reason), deleting one.
 */
import {lstatSync, unlinkSync} from 'node:fs';
import {join, sep} from 'node:path';
import {CliError} from '../io/errors.js';
import {describeWriteFault} from '../io/write-file.js';
import {readDraftFile, readDraftSummary, summarize} from './draft-file.js';
import {entries, resolveRef} from './refs.js';
import {DraftError} from './errors.js';
import {DRAFT_EXT, draftPath, LOCK_EXT, lockPath} from './folder.js';
import {liveHolder} from './lock.js';
import {type ListRow, openListCache, type SubLabelBasis} from './list-cache.js';
import {shareScoring3PlusOf} from '../method/score.js';
import type {Assessment} from '../method/types.js';
import {DRAFT_SCHEMA, type DraftSchema} from './migrations.js';
import type {DraftSummary} from './types.js';

export {draftFiles, resolveRef} from './refs.js';

/**
 * Every draft, most recently changed first (or by `sort`), damaged ones last. A draft unchanged since an
 * earlier listing costs one stat (list-cache.ts); others are read, and rescored only when their
 * stored summary cannot be trusted.
 */
export function listDrafts(folder: string, {schema = DRAFT_SCHEMA, sort = 'updated'}: {schema?: DraftSchema; sort?: SortKey} = {}): DraftSummary[] {
  const names = new Set(entries(folder));
  const cache = openListCache(folder, schema.current);
  // The folder normalised once, with its separator: join per draft, a thousand times over, shows in a profile.
  const base = join(folder, sep);
  const summaries: DraftSummary[] = [];
  for (const name of names) {
    if (!name.endsWith(DRAFT_EXT)) continue;
    const path = base + name;
    const stats = lstatSync(path, {throwIfNoEntry: false});
    // Deleted between readdir and now: no longer a draft.
    if (!stats) continue;
    const id = name.slice(0, -DRAFT_EXT.length);
    const holder = names.has(`${id}${LOCK_EXT}`) ? liveHolder(lockPath(folder, id)) : null;
    const lockedBy = holder ? {lockedBy: holder} : {};
    const cached = cache.lookup(name, stats);
    if (cached) {
      summaries.push({status: 'ok', id, ...cached, path, ...lockedBy});
      continue;
    }
    const row = readRow(path, schema);
    if (row.status === 'damaged') {
      summaries.push(row);
      continue;
    }
    cache.record(name, stats, row.row);
    summaries.push({status: 'ok', id: row.id, ...row.row, path, ...lockedBy});
  }
  cache.save();
  return sortSummaries(summaries, sort);
}

type ReadRow = {status: 'ok'; id: string; row: ListRow} | (DraftSummary & {status: 'damaged'});

/** The list row of one draft file, read from disk. */
function readRow(path: string, schema: DraftSchema): ReadRow {
  // Most drafts carry a trustworthy summary written with them: no schema check, no scoring.
  const quick = readDraftSummary(path, schema);
  if (quick) {
    const {score, zone, missing, finished} = quick.summary;
    const basis = subLabelBasisOf(quick.assessment);
    return {status: 'ok', id: quick.id, row: {title: quick.title, createdAt: quick.createdAt, updatedAt: quick.updatedAt, score, zone, missing, finished, basis}};
  }
  const read = readDraftFile(path, schema);
  if (!read.ok) return {status: 'damaged', id: read.id, path: read.path, reason: read.reason};
  const {draft} = read;
  return {status: 'ok', id: draft.id, row: {title: draft.title, createdAt: draft.createdAt, updatedAt: draft.updatedAt, ...summarize(draft.assessment), basis: subLabelBasisOf(draft.assessment)}};
}

/** What besides its zone decides a draft's sub-label (a draft this program saved, or one read in full). */
function subLabelBasisOf(a: Assessment): SubLabelBasis {
  const growth = a.growth?.score;
  return {
    growth: typeof growth === 'number' ? growth : null,
    share: Array.isArray(a.tasks) ? shareScoring3PlusOf(a.tasks) : null,
    own: a.methodDefaults && Object.keys(a.methodDefaults).length ? a.methodDefaults : null,
  };
}

export type SortKey = 'updated' | 'score' | 'zone';

const ZONE_ORDER = {GREEN: 0, YELLOW: 1, RED: 2} as const;

/** Order summaries: by last change (newest first), score (highest first) or zone (GREEN first, then score). Damaged last. */
export function sortSummaries(list: DraftSummary[], key: SortKey): DraftSummary[] {
  // Each row's sort figures are worked out once, not in every comparison: a thousand drafts
  // would otherwise parse twenty thousand dates.
  type Keyed = {row: DraftSummary & {status: 'ok'}; updated: number; score: number; zone: number};
  const byUpdated = (a: Keyed, b: Keyed) => b.updated - a.updated || byId(a.row, b.row);
  const byScore = (a: Keyed, b: Keyed) => b.score - a.score || byUpdated(a, b);
  const byZone = (a: Keyed, b: Keyed) => a.zone - b.zone || byScore(a, b);
  const compare = key === 'score' ? byScore : key === 'zone' ? byZone : byUpdated;
  const ok: Keyed[] = [];
  const damaged: DraftSummary[] = [];
  for (const row of list) {
    if (row.status === 'damaged') damaged.push(row);
    else ok.push({row, updated: Date.parse(row.updatedAt), score: row.score ?? -Infinity, zone: row.zone ? ZONE_ORDER[row.zone] : 3});
  }
  return [...ok.sort(compare).map((k) => k.row), ...damaged.sort(byId)];
}

/** Ids are file names, lower-case ASCII when this program made them: code-unit order is a stable tie-break. */
const byId = (a: {id: string}, b: {id: string}): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Delete a draft, its left-behind lock and its pre-migration backups; refused while a live process holds it. */
export function removeDraft(folder: string, ref: string): string {
  const id = resolveRef(folder, ref);
  const path = draftPath(folder, id);
  const holder = liveHolder(lockPath(folder, id));
  if (holder) throw new DraftError({kind: 'locked', path, holder});
  try {
    unlinkSync(path);
  } catch (error) {
    // A read-only drafts folder: say so, as for a write (the draft is still there).
    throw new CliError(`cannot delete ${path}: ${describeWriteFault(error)}; the draft was left as it was`);
  }
  for (const name of entries(folder)) {
    if (name === `${id}${LOCK_EXT}` || (name.startsWith(`${id}.v`) && name.endsWith('.bak'))) {
      try {
        unlinkSync(join(folder, name));
      } catch {
        // already gone
      }
    }
  }
  return id;
}
