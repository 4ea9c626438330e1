/**
 * The drafts folder as a whole, read without conf: finding a draft by id or title, listing
 * every draft (damaged ones with their reason), deleting one.
 */
import {unlinkSync} from 'node:fs';
import {join} from 'node:path';
import {idOfPath, readDraftFile, readDraftSummary, summarize} from './draft-file.js';
import {entries, resolveRef} from './refs.js';
import {DraftError} from './errors.js';
import {DRAFT_EXT, draftPath, LOCK_EXT, lockPath} from './folder.js';
import {liveHolder} from './lock.js';
import {DRAFT_SCHEMA, type DraftSchema} from './migrations.js';
import type {DraftSummary} from './types.js';

export {draftFiles, resolveRef} from './refs.js';

/** Every draft, most recently changed first, damaged ones last. */
export function listDrafts(folder: string, schema: DraftSchema = DRAFT_SCHEMA): DraftSummary[] {
  const names = new Set(entries(folder));
  const summaries: DraftSummary[] = [];
  for (const name of names) {
    if (!name.endsWith(DRAFT_EXT)) continue;
    const path = join(folder, name);
    const id = idOfPath(path);
    const holder = names.has(`${id}${LOCK_EXT}`) ? liveHolder(lockPath(folder, id)) : null;
    // Most drafts carry a trustworthy summary written with them: no schema check, no scoring.
    const quick = readDraftSummary(path, schema);
    if (quick) {
      const {score, zone, missing, finished} = quick.summary;
      summaries.push({status: 'ok', id, title: quick.title, createdAt: quick.createdAt, updatedAt: quick.updatedAt, score, zone, missing, finished, path, ...(holder ? {lockedBy: holder} : {})});
      continue;
    }
    const read = readDraftFile(path, schema);
    if (!read.ok) {
      summaries.push({status: 'damaged', id: read.id, path: read.path, reason: read.reason});
      continue;
    }
    const {draft} = read;
    summaries.push({
      status: 'ok',
      id: draft.id,
      title: draft.title,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      ...summarize(draft.assessment),
      path: read.path,
      ...(holder ? {lockedBy: holder} : {}),
    });
  }
  return sortSummaries(summaries, 'updated');
}

export type SortKey = 'updated' | 'score' | 'zone';

const ZONE_ORDER = {GREEN: 0, YELLOW: 1, RED: 2} as const;

/** Order summaries: by last change (newest first), score (highest first) or zone (GREEN first, then score). Damaged last. */
export function sortSummaries(list: DraftSummary[], key: SortKey): DraftSummary[] {
  const byUpdated = (a: DraftSummary & {status: 'ok'}, b: DraftSummary & {status: 'ok'}) =>
    Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id);
  const byScore = (a: DraftSummary & {status: 'ok'}, b: DraftSummary & {status: 'ok'}) =>
    (b.score ?? -Infinity) - (a.score ?? -Infinity) || byUpdated(a, b);
  const byZone = (a: DraftSummary & {status: 'ok'}, b: DraftSummary & {status: 'ok'}) =>
    (a.zone ? ZONE_ORDER[a.zone] : 3) - (b.zone ? ZONE_ORDER[b.zone] : 3) || byScore(a, b);
  const compare = key === 'score' ? byScore : key === 'zone' ? byZone : byUpdated;
  const ok = list.filter((s): s is DraftSummary & {status: 'ok'} => s.status === 'ok').sort(compare);
  const damaged = list.filter((s) => s.status === 'damaged').sort((a, b) => a.id.localeCompare(b.id));
  return [...ok, ...damaged];
}

/** Delete a draft, its left-behind lock and its pre-migration backups; refused while a live process holds it. */
export function removeDraft(folder: string, ref: string): string {
  const id = resolveRef(folder, ref);
  const path = draftPath(folder, id);
  const holder = liveHolder(lockPath(folder, id));
  if (holder) throw new DraftError({kind: 'locked', path, holder});
  unlinkSync(path);
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
