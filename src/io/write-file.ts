/**
 * The one way a file is written. A regular file (or a new path) gets a temporary file beside it
 * that is written to the last byte (a write that takes fewer bytes than it was given is followed
 * by another, never taken as done), fsync'd, then renamed over it: on any failure the old file
 * is left as it was and the temporary file removed. Without `replace`, the new file is linked
 * into place, which fails if the name exists meanwhile, so of two writers racing for one name
 * only one succeeds. A device, a FIFO or a socket is written into, never replaced; a FIFO with no
 * reader is refused at once (opened without blocking) instead of waiting where no signal can end it.
 */
import * as nodeFs from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {CliError} from './errors.js';

const {constants} = nodeFs;

/** What the writer needs of node:fs: a test hands in one whose `writeSync` writes short or fails. */
export type WriterFs = Pick<typeof nodeFs, 'openSync' | 'fsyncSync' | 'closeSync' | 'fchmodSync' | 'renameSync' | 'linkSync' | 'unlinkSync' | 'lstatSync' | 'statSync'> & {
  /** How many of `length` bytes from `offset` were written (fewer on a nearly full disk). */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
};

export type WriteOptions = {
  /** Permissions of a new file, before the umask (an existing file replaced keeps its own). */
  mode?: number;
  /** An existing regular file may be replaced (else: FileWriteError with code EEXIST). */
  replace?: boolean;
  /** fsync the file and its folder before saying it is written (off only for a cache). */
  fsync?: boolean;
  /** A symbolic link at the path is refused (drafts) instead of followed. */
  noFollow?: boolean;
  /** A device, FIFO or socket at the path is written into (default); false: only a regular file is ever written (store files). */
  into?: boolean;
  /** How the file is named in messages (default: its path). */
  label?: string;
  /** The file system calls, for tests. */
  fs?: WriterFs;
};

/** A write that failed: `why` in the assessor's words; the message says the old file was kept. */
export class FileWriteError extends CliError {
  constructor(
    readonly label: string,
    readonly why: string,
    readonly code: string | undefined,
    kept: 'kept' | 'nothing' | 'none',
  ) {
    const after = kept === 'kept' ? '; the file was left as it was' : kept === 'nothing' ? '; nothing was written' : '';
    super(`${label}: cannot write: ${why}${after}`);
    this.name = 'FileWriteError';
  }
}

/** Why a write failed, in the assessor's words. */
export function describeWriteFault(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENXIO') return 'nothing is reading from it (a pipe with no reader: start the reader first)';
  if (code === 'ELOOP') return 'it is a symbolic link, which is not followed';
  if (code === 'EEXIST') return 'the file already exists';
  if (code === 'EIO') return 'an input/output error on the disk';
  if (code === 'ETIMEDOUT') return 'its reader stopped reading for 30 s';
  return error instanceof Error ? error.message : String(error);
}

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException)?.code;

const fault = (code: string, message: string) => Object.assign(new Error(message), {code});

/**
 * Write all of `bytes` to a descriptor: a short write is followed by the rest; a full
 * non-blocking pipe is waited for, at most `stallMs` without a byte taken.
 */
function writeAll(fd: number, bytes: Uint8Array, fs: Pick<WriterFs, 'writeSync'> = nodeFs, stallMs = Infinity): void {
  let lastProgress = Date.now();
  for (let at = 0; at < bytes.length; ) {
    let n: number;
    try {
      n = fs.writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      if (codeOf(error) !== 'EAGAIN') throw error;
      if (Date.now() - lastProgress > stallMs) throw fault('ETIMEDOUT', 'the reader stopped reading');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
      continue;
    }
    lastProgress = Date.now();
    // A regular file that takes nothing will take nothing more: the disk is full.
    if (n <= 0) throw fault('ENOSPC', 'wrote 0 bytes');
    at += n;
  }
}

const toBytes = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

/** How long a FIFO is given to get its reader (one started beside this command may open it a moment later). */
const FIFO_READER_WAIT_MS = 2_000;
/** How long a FIFO's reader may take no bytes before the write is given up (a wait no signal handler could interrupt). */
const FIFO_STALL_MS = 30_000;

/** Write `data` into a device, a FIFO or a socket that exists: never created, emptied or replaced. */
function writeInto(path: string, bytes: Uint8Array, fs: WriterFs): void {
  // Non-blocking: a FIFO with no reader is ENXIO, retried for a moment and then refused, never a
  // wait inside open() that no signal can end.
  const flags = constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
  const until = Date.now() + FIFO_READER_WAIT_MS;
  let fd: number;
  for (;;) {
    try {
      fd = fs.openSync(path, flags);
      break;
    } catch (error) {
      if (codeOf(error) !== 'ENXIO' || Date.now() >= until) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
  try {
    writeAll(fd, bytes, fs, FIFO_STALL_MS);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(path: string, fs: WriterFs): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // never made, or gone already
  }
}

function fsyncFolder(folder: string, fs: WriterFs): void {
  try {
    const fd = fs.openSync(folder, constants.O_RDONLY | constants.O_DIRECTORY);
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some file systems refuse to fsync a folder; the file itself is on disk.
  }
}

/** A temporary file beside `path`, written in full and closed; its path. Removed again on failure. */
function writeTemp(path: string, bytes: Uint8Array, mode: number, keepMode: number | undefined, sync: boolean, fs: WriterFs): string {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  const fd = fs.openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  try {
    writeAll(fd, bytes, fs);
    if (keepMode !== undefined) fs.fchmodSync(fd, keepMode);
    if (sync) fs.fsyncSync(fd);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // closed already
    }
    removeQuietly(tmp, fs);
    throw error;
  }
  try {
    fs.closeSync(fd);
  } catch (error) {
    removeQuietly(tmp, fs);
    throw error;
  }
  return tmp;
}

/**
 * Put a new file at `path` that did not exist: linked into place, so that it fails if the name
 * was taken meanwhile. Where hard links are not supported, the file is created with O_EXCL
 * under its own name and written there (removed again if that fails).
 */
function placeExclusive(tmp: string, path: string, bytes: Uint8Array, mode: number, sync: boolean, fs: WriterFs): void {
  try {
    fs.linkSync(tmp, path);
    return;
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
  } finally {
    removeQuietly(tmp, fs);
  }
  const fd = fs.openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
  try {
    writeAll(fd, bytes, fs);
    if (sync) fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // closed already
    }
    removeQuietly(path, fs);
    throw error;
  }
}

/**
 * Write `data` to `path` as described above. Returns 'file' for a regular file written by
 * rename, 'into' for a device, FIFO or socket written into. Throws FileWriteError saying why,
 * and that the old file was left as it was.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): 'file' | 'into' {
  const fs = options.fs ?? nodeFs;
  const label = options.label ?? path;
  const sync = options.fsync ?? true;
  const mode = options.mode ?? 0o666;
  const bytes = toBytes(data);
  let existing: nodeFs.Stats | undefined;
  try {
    existing = fs.lstatSync(path, {throwIfNoEntry: false});
  } catch (error) {
    throw new FileWriteError(label, describeWriteFault(error), codeOf(error), 'none');
  }
  const into = options.into ?? true;
  // A store file (a lock, a rescue copy) asked for as new: whatever has the name, it is taken.
  if (existing && !options.replace && !into) throw new FileWriteError(label, 'the file already exists', 'EEXIST', 'none');
  let target = path;
  if (existing?.isSymbolicLink()) {
    if (options.noFollow) throw new FileWriteError(label, describeWriteFault({code: 'ELOOP'}), 'ELOOP', 'kept');
    if (!options.replace) throw new FileWriteError(label, 'the file already exists (a symbolic link)', 'EEXIST', 'none');
    // --force writes where the link points, as `>` does; a dangling link is replaced itself.
    const pointed = fs.statSync(path, {throwIfNoEntry: false});
    if (pointed) {
      try {
        target = nodeFs.realpathSync(path);
      } catch (error) {
        throw new FileWriteError(label, describeWriteFault(error), codeOf(error), 'kept');
      }
      existing = pointed;
    }
  }
  if (existing && !existing.isFile() && !existing.isSymbolicLink()) {
    if (existing.isDirectory()) throw new FileWriteError(label, 'it is a folder', 'EISDIR', 'none');
    if (!into) throw new FileWriteError(label, 'it is not a regular file', 'ENOTREG', 'none');
    try {
      writeInto(target, bytes, fs);
    } catch (error) {
      throw new FileWriteError(label, describeWriteFault(error), codeOf(error), 'none');
    }
    return 'into';
  }
  if (existing && !options.replace) throw new FileWriteError(label, 'the file already exists', 'EEXIST', 'none');
  const kept = existing ? 'kept' : 'nothing';
  let tmp: string;
  try {
    tmp = writeTemp(target, bytes, mode, existing?.isFile() ? existing.mode & 0o7777 : undefined, sync, fs);
  } catch (error) {
    throw new FileWriteError(label, describeWriteFault(error), codeOf(error), kept);
  }
  try {
    if (options.replace) fs.renameSync(tmp, target);
    else placeExclusive(tmp, target, bytes, mode, sync, fs);
  } catch (error) {
    removeQuietly(tmp, fs);
    const code = codeOf(error);
    throw new FileWriteError(label, describeWriteFault(error), code, code === 'EEXIST' ? 'none' : kept);
  }
  if (sync) fsyncFolder(dirname(target), fs);
  return 'file';
}

/** Write all of `data` to a descriptor the process already has open (its own stdout, /dev/fd/N). */
export function writeToDescriptor(fd: number, data: string | Uint8Array, label: string): void {
  try {
    writeAll(fd, toBytes(data));
  } catch (error) {
    throw new FileWriteError(label, describeWriteFault(error), codeOf(error), 'none');
  }
}

/**
 * Append all of `data` to a file another program owns and reads after us (GitHub's
 * $GITHUB_STEP_SUMMARY): opened for appending (made if missing, never replaced), every byte
 * written (a short write is continued), then fsync'd. A device or FIFO is written into as above.
 */
export function appendToFile(path: string, data: string | Uint8Array, label: string = path, fs: WriterFs = nodeFs): void {
  const bytes = toBytes(data);
  try {
    const stats = (() => {
      try {
        return fs.statSync(path);
      } catch {
        return null;
      }
    })();
    if (stats && !stats.isFile() && !stats.isDirectory()) return writeInto(path, bytes, fs);
    const fd = fs.openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOCTTY, 0o644);
    try {
      writeAll(fd, bytes, fs);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw new FileWriteError(label, describeWriteFault(error), codeOf(error), 'none');
  }
}

