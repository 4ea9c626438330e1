/**
 * One writer per draft: a lock file beside the draft, created with O_EXCL, holding the pid, host
 * and start time of the process that has it open. A lock whose process is gone (same host, pid
 * not alive) is taken over; on another host it cannot be checked, so it is respected.
 */
import {lstatSync, unlinkSync} from 'node:fs';
import {hostname} from 'node:os';
import {CliError} from '../io/errors.js';
import {readBounded} from '../io/read-text.js';
import {describeWriteFault, writeFileAtomic} from '../io/write-file.js';
import {DraftError, type LockHolder} from './errors.js';

/** A lock holds a line of JSON: anything longer is not one of ours. */
const LOCK_MAX_BYTES = 4096;

/** A lock that is being written is given this long before an empty or garbled one counts as left behind. */
const UNREADABLE_GRACE_MS = 5_000;

export type HeldLock = {path: string; holder: LockHolder; release: () => void};

/** The lock's holder, or null when there is no lock file or it cannot be read. */
export function readLock(path: string): {holder: LockHolder | null; text: string} | null {
  let text: string;
  try {
    text = readBounded(path, path, {noFollow: true, maxBytes: LOCK_MAX_BYTES});
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.since === 'string') {
      return {holder: {pid: data.pid, host: data.host, since: data.since}, text};
    }
  } catch {
    // Garbled: judged by its age below.
  }
  return {holder: null, text};
}

/** What is wrong with a lock file that cannot be one of ours (not a regular file, too long), or null. */
function foreignLock(path: string): string | null {
  const stats = lstatSync(path, {throwIfNoEntry: false});
  if (!stats) return null;
  if (stats.isSymbolicLink()) return 'it is a symbolic link';
  if (stats.isDirectory()) return 'it is a folder';
  if (stats.isFIFO()) return 'it is a pipe (FIFO)';
  if (!stats.isFile()) return 'it is not a regular file';
  if (stats.size > LOCK_MAX_BYTES) return `it holds ${stats.size} bytes; a lock holds one short line`;
  return null;
}

/** True unless the holder is on this host and its process is gone. */
export function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of a lock file, or null when it is free or left behind by a dead process. */
export function liveHolder(path: string): LockHolder | null {
  const lock = readLock(path);
  if (!lock) return null;
  if (lock.holder) return isAlive(lock.holder) ? lock.holder : null;
  return isFresh(path) ? unknownHolder(path) : null;
}

function isFresh(path: string): boolean {
  try {
    return Date.now() - lstatSync(path).mtimeMs < UNREADABLE_GRACE_MS;
  } catch {
    return false;
  }
}

function unknownHolder(path: string): LockHolder {
  let since = new Date().toISOString();
  try {
    since = lstatSync(path).mtime.toISOString();
  } catch {
    // gone meanwhile
  }
  return {pid: 0, host: 'unknown', since};
}

/** Take the lock for a draft, taking over one left by a dead process; DraftError 'locked' if held. */
export function acquireLock(path: string, draftFile: string): HeldLock {
  const holder: LockHolder = {pid: process.pid, host: hostname(), since: new Date().toISOString()};
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      // A new file only, whole when it appears (linked into place): never an empty lock.
      writeFileAtomic(path, JSON.stringify(holder), {mode: 0o600, replace: false, noFollow: true, into: false, fsync: false});
      return {path, holder, release: () => releaseLock(path, holder)};
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ELOOP') {
        // A read-only or full drafts folder: the draft can still be read. The code stays for callers that make a new draft.
        const message = `cannot open ${draftFile} for editing: ${describeWriteFault(error)}; open it read-only instead ('role-wizard resume --read-only')`;
        throw Object.assign(new CliError(message), {code});
      }
    }
    const lock = readLock(path);
    if (!lock) {
      const foreign = foreignLock(path);
      if (foreign) throw new CliError(`cannot open ${draftFile}: ${path} is not a lock role-wizard wrote (${foreign}); remove it if no role-wizard has the draft open`);
      continue; // released meanwhile: try again
    }
    if (lock.holder && isAlive(lock.holder)) throw new DraftError({kind: 'locked', path: draftFile, holder: lock.holder});
    if (!lock.holder && isFresh(path)) throw new DraftError({kind: 'locked', path: draftFile, holder: unknownHolder(path)});
    // Left behind: remove it only if it is still the one judged dead, then race for it again.
    try {
      if (readBounded(path, path, {noFollow: true, maxBytes: LOCK_MAX_BYTES}) === lock.text) unlinkSync(path);
    } catch {
      // removed by another process taking it over
    }
  }
  const last = readLock(path)?.holder ?? unknownHolder(path);
  throw new DraftError({kind: 'locked', path: draftFile, holder: last});
}

/** Remove the lock if it is still ours. */
export function releaseLock(path: string, holder: LockHolder): void {
  const lock = readLock(path);
  if (lock?.holder && lock.holder.pid === holder.pid && lock.holder.since === holder.since && lock.holder.host === holder.host) {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  }
}
