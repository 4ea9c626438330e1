/**
 * Finding a draft in its folder by id or the start of its title, with plain reads only (no zod,
 * no conf): `resume` resolves its argument before the wizard's first frame.
 */
import {existsSync, readdirSync} from 'node:fs';
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

