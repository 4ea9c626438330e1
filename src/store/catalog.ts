/**
 * The drafts folder as a whole, read without conf: finding a draft by id or title, listing
 * every draft (damaged ones with their reason), deleting one.
 */
import {existsSync, readdirSync, readFileSync, unlinkSync} from 'node:fs';
import {join} from 'node:path';
import {idOfPath, readDraftFile, readDraftSummary, summarize} from './draft-file.js';
import {DraftError} from './errors.js';
import {DRAFT_EXT, draftPath, isDraftId, LOCK_EXT, lockPath} from './folder.js';
import {liveHolder} from './lock.js';
import {DRAFT_SCHEMA, type DraftSchema} from './migrations.js';
import type {DraftSummary} from './types.js';

/** Names of the files in the folder ([] when it does not exist yet). */
function entries(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Paths of every draft file in the folder. */
export function draftFiles(folder: string): string[] {
  return entries(folder)
    .filter((name) => name.endsWith(DRAFT_EXT))
    .map((name) => join(folder, name));
}

/** The title in a draft file, read loosely (no checks): for matching a reference only. */
function looseTitle(path: string): string {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as {assessment?: {role?: {jobTitle?: unknown}}; title?: unknown};
    const title = data.assessment?.role?.jobTitle ?? data.title;
    return typeof title === 'string' ? title.trim() : '';
  } catch {
    return '';
  }
}

/** The id of the draft a reference names: its id, the start of its id, or the start of its title (any case). */
export function resolveRef(folder: string, ref: string): string {
  const wanted = ref.trim().toLowerCase();
  if (isDraftId(wanted)) {
    if (existsSync(draftPath(folder, wanted))) return wanted;
  }
  if (wanted === '') throw new DraftError({kind: 'not-found', ref});
  const candidates = draftFiles(folder).map((path) => ({id: idOfPath(path), title: looseTitle(path)}));
  const matches = candidates.filter((c) => c.id.startsWith(wanted) || c.title.toLowerCase().startsWith(wanted));
  if (matches.length === 1) return matches[0]!.id;
  if (matches.length === 0) throw new DraftError({kind: 'not-found', ref});
  const exact = matches.filter((m) => m.title.toLowerCase() === wanted);
  if (exact.length === 1) return exact[0]!.id;
  throw new DraftError({
    kind: 'ambiguous',
    ref,
    matches: matches.map((m) => ({id: m.id, title: m.title || '(untitled)'})).sort((a, b) => a.id.localeCompare(b.id)),
  });
}

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
