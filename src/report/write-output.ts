/**
 * Writing a command's output file (-o). A regular file or a new path is written atomically
 * (a temporary file renamed over it), never over an existing file without --force. A device, a
 * FIFO, a socket or one of the process's own streams (/dev/stdout, /dev/fd/N) is written into,
 * as `>` would: it is never replaced by a regular file (`-o /dev/null -f` as root once replaced
 * the system's null device).
 */
import {closeSync, constants, openSync, statSync, type Stats, writeSync} from 'node:fs';
import {resolve} from 'node:path';
import {writeFileSync} from 'atomically';
import {CliError} from '../io/errors.js';
import type {Io} from '../io/io.js';

/** The process's own streams by name: written to the descriptor itself, whatever it is connected to (a socket cannot be opened by name). */
const OWN_STREAM = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/;

function ownDescriptor(path: string): number | null {
  const m = OWN_STREAM.exec(path);
  if (!m) return null;
  return m[1] === 'stdout' ? 1 : m[1] === 'stderr' ? 2 : Number(m[2] ?? m[3]);
}

/** Why a write failed, in the assessor's words. */
export function describeWriteFault(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENXIO') return 'nothing is reading from it';
  return error instanceof Error ? error.message : String(error);
}

/** Write all of `text` to a descriptor; a non-blocking pipe that is full is waited for. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** Write `text` into a device or a FIFO (blocking until the FIFO has a reader, as `>` does). */
function writeInto(path: string, text: string): void {
  // No O_CREAT, no O_TRUNC: it exists, and it is written into, not replaced or emptied.
  const fd = openSync(path, constants.O_WRONLY);
  try {
    writeAll(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Write `text` to `target` (relative to the working folder); refuse to overwrite a regular file unless `force`. */
export function writeOutputFile(target: string, text: string, io: Io, force: boolean): string {
  return writeOutput(resolve(io.cwd, target), text, force, target);
}

/** The same for an absolute path; messages name it as `target`. */
export function writeOutput(path: string, text: string, force: boolean, target: string = path): string {
  let stats: Stats | undefined;
  try {
    stats = statSync(path, {throwIfNoEntry: false});
  } catch (error) {
    throw new CliError(`${target}: cannot write: ${describeWriteFault(error)}`);
  }
  try {
    const own = ownDescriptor(path);
    if (own !== null) {
      writeAll(own, text);
      return path;
    }
    if (stats && !stats.isFile() && !stats.isDirectory()) {
      writeInto(path, text);
      return path;
    }
    if (stats?.isDirectory()) throw new CliError(`${target}: cannot write: it is a folder`);
    if (stats && !force) throw new CliError(`${target}: the file already exists; use --force to overwrite it`);
    writeFileSync(path, text, {encoding: 'utf8'});
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${target}: cannot write: ${describeWriteFault(error)}`);
  }
  return path;
}
