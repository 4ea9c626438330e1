/**
 * Finding a draft in its folder by its exact id or its exact title (any case), with plain reads
 * only (no zod, no conf): `resume` resolves its argument before the wizard's first frame. A
 * reference that is only the start of ids or titles names no draft: the candidates are listed,
 * so that `delete --yes m` can never delete "Model Alignment Researcher".
 */
import {lstatSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {DraftError} from './errors.js';
import {DRAFT_EXT, draftPath, isDraftId} from './folder.js';
import {readDraftText} from './read-draft.js';
import {idOfPath} from './trusted-read.js';

/** Names of the files in the folder ([] when it does not exist yet). */
export function entries(folder: string): string[] {
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
    const data = JSON.parse(readDraftText(path)) as {assessment?: {role?: {jobTitle?: unknown}}; title?: unknown};
    const title = data.assessment?.role?.jobTitle ?? data.title;
    return typeof title === 'string' ? title.trim() : '';
  } catch {
    return '';
  }
}

/** The id of the draft a reference names: its exact id, or its exact title (any case, spaces around ignored). */
export function resolveRef(folder: string, ref: string): string {
  const wanted = ref.trim().toLowerCase();
  if (wanted === '') throw new DraftError({kind: 'not-found', ref});
  // lstat: a draft file that is a symbolic link is found, and then reported as one, not followed.
  if (isDraftId(wanted) && lstatSync(draftPath(folder, wanted), {throwIfNoEntry: false})) return wanted;
  const candidates = draftFiles(folder).map((path) => ({id: idOfPath(path), title: looseTitle(path)}));
  const listed = (list: typeof candidates) => list.map((m) => ({id: m.id, title: m.title || '(untitled)'})).sort((a, b) => a.id.localeCompare(b.id));
  const exact = candidates.filter((c) => c.title.toLowerCase() === wanted);
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) throw new DraftError({kind: 'ambiguous', ref, partial: false, matches: listed(exact)});
  const starts = candidates.filter((c) => c.id.startsWith(wanted) || c.title.toLowerCase().startsWith(wanted));
  if (starts.length > 0) throw new DraftError({kind: 'ambiguous', ref, partial: true, matches: listed(starts)});
  throw new DraftError({kind: 'not-found', ref});
}
