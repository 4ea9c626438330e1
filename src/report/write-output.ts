/**
 * Writing a command's output file (-o), through the one writer (src/io/write-file.ts): a regular
 * file or a new path is written atomically, never over an existing file (or a link, dangling or
 * not) without --force, and of two writers racing for a new name only one succeeds. A device, a
 * FIFO, a socket or one of the process's own streams (/dev/stdout, /dev/fd/N) is written into,
 * as `>` would: it is never replaced by a regular file (`-o /dev/null -f` as root once replaced
 * the system's null device); a FIFO with no reader is refused at once. A folder that does not
 * exist is not made, and a path ending in `/` names a folder, not a file.
 */
import {resolve, sep} from 'node:path';
import {CliError} from '../io/errors.js';
import type {Io} from '../io/io.js';
import {FileWriteError, writeFileAtomic, writeToDescriptor} from '../io/write-file.js';

/** The process's own streams by name: written to the descriptor itself, whatever it is connected to (a socket cannot be opened by name). */
const OWN_STREAM = /^\/(?:dev\/(stdout|stderr)|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/;

function ownDescriptor(path: string): number | null {
  const m = OWN_STREAM.exec(path);
  if (!m) return null;
  return m[1] === 'stdout' ? 1 : m[1] === 'stderr' ? 2 : Number(m[2] ?? m[3]);
}

/** The output file exists and --force was not given (the wizard asks instead). */
export class OutputExistsError extends CliError {
  constructor(target: string) {
    super(`${target}: the file already exists; use --force to overwrite it`);
    this.name = 'OutputExistsError';
  }
}

/** Write `text` to `target` (relative to the working folder); refuse to overwrite a regular file unless `force`. */
export function writeOutputFile(target: string, text: string, io: Io, force: boolean): string {
  return writeOutput(resolve(io.cwd, target), text, force, target);
}

/** The same for an absolute path; messages name it as `target`. */
export function writeOutput(path: string, text: string, force: boolean, target: string = path): string {
  if (target.endsWith('/') || target.endsWith(sep)) throw new CliError(`${target}: cannot write: the name ends with '/', so it names a folder; give a file name`);
  const own = ownDescriptor(path);
  try {
    if (own !== null) writeToDescriptor(own, text, target);
    else writeFileAtomic(path, text, {replace: force, label: target});
  } catch (error) {
    if (error instanceof FileWriteError && error.code === 'EEXIST') throw new OutputExistsError(target);
    throw error;
  }
  return path;
}
