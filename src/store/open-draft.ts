/**
 * An open draft: the assessment lives in memory; changes are written behind the assessor's back
 * (first write at most SAVE_DELAY_MS after a change, so the file is never more than half a second
 * behind even while typing without pause), at once on flush(), and retried with backoff when
 * the disk refuses. A failed write never drops what is in memory.
 */
import {FileWriteError} from '../io/write-file.js';
import type {Assessment} from '../method/types.js';
import {titleOf} from './draft-file.js';
import type {HeldLock} from './lock.js';
import type {Draft, DraftPosition, OpenDraft, SaveStatus} from './types.js';

/** Writes the whole draft to disk; throws when it cannot. */
export type DraftWriter = (draft: Draft) => void;

/** Delay from the first unsaved change to its write (plus the write itself: well under 500 ms). */
export const SAVE_DELAY_MS = 250;
/**
 * Once a change has waited this share of the save delay, the next change is written just after it is handed over:
 * the wizard hands a change over once its frame is drawn, so the write falls between keys
 * rather than in the middle of one (at human pace the next key is ~100 ms away).
 */
export const EARLY_SAVE_SHARE = 0.7;
/** Waits between retries after failed writes; the last one repeats. */
export const RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000] as const;

export type OpenDraftOptions = {
  initial: Draft;
  path: string;
  /** null: read-only, nothing is ever written. */
  write: DraftWriter | null;
  lock?: HeldLock | undefined;
  /** For a read-only draft: who holds it, if anyone. */
  heldBy?: string | undefined;
  /** Write the initial draft at once (a new draft, or one just migrated). */
  writeNow?: boolean;
  now?: () => Date;
  saveDelayMs?: number | undefined;
};

/** An OpenDraft over a writer. */
export function openDraft(options: OpenDraftOptions): OpenDraft {
  const {write, path, lock} = options;
  const now = options.now ?? (() => new Date());
  const readOnly = write === null;
  let current: Draft = options.initial;
  let dirty = false;
  let closed = false;
  let failures = 0;
  let saveTimer: NodeJS.Timeout | undefined;
  let saveSoon: NodeJS.Immediate | undefined;
  /** When the oldest unsaved change was made (performance.now()), or null. */
  let dirtySince: number | null = null;
  let retryTimer: NodeJS.Timeout | undefined;
  let status: SaveStatus = readOnly ? {state: 'read-only', heldBy: options.heldBy} : {state: 'saved', at: current.updatedAt};
  const listeners = new Set<(s: SaveStatus) => void>();

  const setStatus = (next: SaveStatus) => {
    status = next;
    for (const listener of [...listeners]) {
      try {
        listener(next);
      } catch {
        // A listener's fault must not stop saving.
      }
    }
  };

  const clearTimers = () => {
    clearTimeout(saveTimer);
    clearTimeout(retryTimer);
    clearImmediate(saveSoon);
    saveTimer = undefined;
    saveSoon = undefined;
    retryTimer = undefined;
  };

  const save = (): void => {
    clearTimers();
    if (!dirty || !write) return;
    const snapshot = current;
    try {
      write(snapshot);
    } catch (error) {
      failures++;
      const wait = RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length) - 1]!;
      setStatus({state: 'error', message: describeWriteError(error, path, wait), retryingInMs: wait});
      retryTimer = setTimeout(save, wait);
      // Retries alone must not keep a finished process alive; exit flushes once more.
      retryTimer.unref();
      return;
    }
    failures = 0;
    if (snapshot === current) {
      dirty = false;
      dirtySince = null;
    }
    setStatus({state: 'saved', at: snapshot.updatedAt});
  };

  function flush(): void {
    if (closed || readOnly) return;
    try {
      save();
    } catch {
      // flush never throws
    }
  }

  if (options.writeNow && !readOnly) {
    dirty = true;
    save();
  }

  return {
    id: current.id,
    readOnly,
    initial: options.initial,
    update(assessment: Assessment, position: DraftPosition) {
      if (closed) return;
      current = {...current, title: titleOf(assessment), updatedAt: now().toISOString(), assessment, position};
      if (readOnly) return;
      dirty = true;
      // While a retry is waiting, it will write this too.
      if (retryTimer) return;
      if (status.state !== 'pending') setStatus({state: 'pending'});
      const at = performance.now();
      dirtySince ??= at;
      const delay = options.saveDelayMs ?? SAVE_DELAY_MS;
      if (at - dirtySince >= delay * EARLY_SAVE_SHARE && !saveSoon) saveSoon = setImmediate(save);
      saveTimer ??= setTimeout(save, delay);
    },
    flush,
    close() {
      if (closed) return;
      flush();
      clearTimers();
      closed = true;
      lock?.release();
    },
    onStatus(listener) {
      listeners.add(listener);
      listener(status);
      return () => void listeners.delete(listener);
    },
    unsaved: () => (dirty && !readOnly ? current : null),
  };
}

/** Why a write failed, in the assessor's words. */
export function describeWriteError(error: unknown, path: string, retryInMs: number): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EROFS'
        ? 'the disk is read-only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'the drafts folder is not writable'
          : code === 'ELOOP'
            ? 'the draft file is a symbolic link, which is not followed'
          : error instanceof FileWriteError
            ? error.why
          : error instanceof Error
            ? error.message
            : String(error);
  return `cannot save ${path}: ${why}; retrying in ${Math.round(retryInMs / 100) / 10} s (your work is kept while role-wizard stays open)`;
}
