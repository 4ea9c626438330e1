/**
 * A draft as an input to commands that read (score, export, diff…): found by its exact id or
 * exact title, read without conf and without a lock, never written.
 */
import type {Io} from '../io/io.js';
import type {Assessment} from '../method/types.js';
import {resolveRef} from './catalog.js';
import {readDraftFile} from './draft-file.js';
import {DraftError} from './errors.js';
import {draftPath, draftsFolder} from './folder.js';

/** The draft's id and assessment; null when no draft matches; DraftError when damaged or ambiguous. */
export async function loadDraftAssessment(ref: string, io: Io): Promise<{id: string; assessment: Assessment} | null> {
  const folder = draftsFolder(io.env);
  let id: string;
  try {
    id = resolveRef(folder, ref);
  } catch (error) {
    if (error instanceof DraftError && error.kind === 'not-found') return null;
    throw error;
  }
  const path = draftPath(folder, id);
  const read = readDraftFile(path);
  if (!read.ok) throw new DraftError({kind: 'damaged', path, reason: read.reason});
  return {id, assessment: read.draft.assessment};
}
