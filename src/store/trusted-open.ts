/**
 * `resume`'s first step, with plain reads only (no zod, no conf), so that the wizard's first
 * frame never waits for the draft store: find the draft, take its lock, and read it at once when
 * the file is one this program wrote. The store checks it in full after the first frame.
 */
import {acquireLock, type HeldLock} from './lock.js';
import {draftPath, draftsFolder, lockPath} from './folder.js';
import {resolveRef} from './refs.js';
import {readTrustedDraft} from './trusted-read.js';
import type {Draft} from './types.js';

export type HeldDraft = {
  id: string;
  /** The draft's lock, held: pass it to DraftStore.open (which releases it if the draft is damaged). */
  lock: HeldLock;
  /** The draft as saved, when the file can be trusted without a full check; else null. */
  trusted: Draft | null;
};

/** Find and lock a draft; DraftError not-found, ambiguous or locked as DraftStore.open throws them. */
export function holdDraft(env: NodeJS.ProcessEnv, ref: string): HeldDraft {
  const folder = draftsFolder(env);
  const id = resolveRef(folder, ref);
  const path = draftPath(folder, id);
  const lock = acquireLock(lockPath(folder, id), path);
  return {id, lock, trusted: readTrustedDraft(path)};
}
