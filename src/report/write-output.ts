/** Writing a command's output file: never over an existing file without --force, and atomically. */
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import {writeFileSync} from 'atomically';
import {CliError} from '../io/errors.js';
import type {Io} from '../io/io.js';

/** Write `text` to `target` (relative to the working folder); refuse to overwrite unless `force`. */
export function writeOutputFile(target: string, text: string, io: Io, force: boolean): string {
  const path = resolve(io.cwd, target);
  if (existsSync(path) && !force) throw new CliError(`${target}: the file already exists; use --force to overwrite it`);
  try {
    writeFileSync(path, text, {encoding: 'utf8'});
  } catch (error) {
    throw new CliError(`${target}: cannot write: ${(error as Error).message}`);
  }
  return path;
}
