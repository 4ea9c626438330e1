/** Reading a file as text, with a message that says why it cannot be read. */
import {readFileSync} from 'node:fs';
import {CliError} from './errors.js';

/** Read a file as UTF-8 text, or a CliError saying why it cannot be read. */
export function readText(file: string, label: string = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : ((error as Error).message ?? String(error));
    throw new CliError(`${label}: cannot read: ${why}`);
  }
}
