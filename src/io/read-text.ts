/**
 * The one way a file is read: bounded. Only a regular file is read (a device such as /dev/zero
 * or a FIFO is refused: one never ends, the other may never start), its size is checked by fstat
 * on the open file before a byte is read (so a huge or sparse file costs nothing), and the limit
 * holds while reading too (a file that grows meanwhile). The FIFO is opened without blocking, so
 * one with no writer is refused at once instead of hanging.
 */
import {closeSync, constants, fstatSync, openSync, readSync, type Stats} from 'node:fs';
import {CliError} from './errors.js';

/**
 * The documented size limits: reports as `check` has always had them, assessment JSON and
 * drafts, and a project's config (role-wizard.config.json, or the package.json holding its key).
 */
export const READ_LIMITS = {reportBytes: 5 * 1024 * 1024, jsonBytes: 10 * 1024 * 1024, configBytes: 1024 * 1024} as const;

export type ReadOptions = {
  /** Refuse a file over this many bytes (default: the JSON limit). */
  maxBytes?: number;
  /** What the file is, for the size message ("report" gives "the report is … reports over …"). */
  noun?: string;
  /** A symbolic link is refused instead of followed (drafts and locks). */
  noFollow?: boolean;
};

/** Why a file cannot be read; `why` is the reason alone, the message names the file. */
export class FileReadError extends CliError {
  constructor(
    readonly label: string,
    readonly why: string,
    readonly code: string | undefined,
  ) {
    super(`${label}: cannot read: ${why}`);
    this.name = 'FileReadError';
  }
}

/** A file over its size limit: the message says how big it is and what the limit is. */
export class FileTooLargeError extends FileReadError {
  constructor(label: string, why: string) {
    super(label, why, 'EFBIG');
    this.message = `${label}: ${why}`;
    this.name = 'FileTooLargeError';
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a folder, not a file';
  if (stats.isFIFO()) return 'it is a pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'not a regular file';
}

function why(error: unknown, noFollow: boolean): {why: string; code: string | undefined} {
  const code = (error as NodeJS.ErrnoException).code;
  const text =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ELOOP' && noFollow
            ? 'it is a symbolic link, which is not followed'
            : code === 'ENXIO'
              ? 'it is a socket or device that cannot be read'
              : ((error as Error).message ?? String(error));
  return {why: text, code};
}

/** Read a regular file's bytes within a size limit, or a FileReadError saying why not. */
export function readBoundedBytes(file: string, label: string = file, options: ReadOptions = {}): Buffer {
  const maxBytes = options.maxBytes ?? READ_LIMITS.jsonBytes;
  const noun = options.noun ?? 'file';
  const noFollow = Boolean(options.noFollow);
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const r = why(error, noFollow);
    throw new FileReadError(label, r.why, r.code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new FileReadError(label, kindOf(stats), stats.isDirectory() ? 'EISDIR' : 'ENOTREG');
    const tooBig = (bytes: number, more = '') =>
      new FileTooLargeError(label, `the ${noun} is ${more}${mb(bytes)}; ${noun}s over ${mb(maxBytes)} are refused`);
    if (stats.size > maxBytes) throw tooBig(stats.size);
    // One byte of room past the limit tells a file that grew past it from one that ends there.
    const buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stats.size + 1, 64 * 1024)));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > maxBytes) throw tooBig(length, 'over ');
        const next = Buffer.allocUnsafe(Math.min(maxBytes + 1, grown.length * 2));
        grown.copy(next, 0, 0, length);
        grown = next;
      }
      let n: number;
      try {
        n = readSync(fd, grown, length, grown.length - length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw error;
      }
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw tooBig(length, 'over ');
    return grown.subarray(0, length);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const r = why(error, noFollow);
    throw new FileReadError(label, r.why, r.code);
  } finally {
    closeSync(fd);
  }
}

/**
 * UTF-16 text (a byte order mark, or ASCII with every other byte zero) read as UTF-8 is a
 * string of NULs that a parser reports as cut short or garbled: it is named for what it is.
 */
function isUtf16(bytes: Buffer): boolean {
  if (bytes.length < 2) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  if (bytes.length < 4) return false;
  const le = bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0;
  const be = bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0;
  return le || be;
}

/**
 * Read a regular file as UTF-8 text within a size limit, or a FileReadError saying why not. A
 * UTF-8 byte order mark is dropped (editors on some systems write one); UTF-16 is refused by name.
 */
export function readBounded(file: string, label: string = file, options: ReadOptions = {}): string {
  return decodeText(readBoundedBytes(file, label, options), label);
}

/** Bytes read from a file or standard input as UTF-8 text: a byte order mark dropped, UTF-16 refused by name. */
export function decodeText(bytes: Buffer, label: string): string {
  if (isUtf16(bytes)) throw new FileReadError(label, 'it is UTF-16 text, which is not read: save it as UTF-8', 'EILSEQ');
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', bom);
}

/** Read a file as UTF-8 text (regular files only, at most the JSON limit), or a CliError saying why it cannot be read. */
export function readText(file: string, label: string = file, options: ReadOptions = {}): string {
  return readBounded(file, label, options);
}
