/**
 * The last resort for work the drafts folder would not take: a copy of the assessment in another
 * folder (the temporary folder, else the home folder, else the working folder), so that leaving
 * with unsaved changes loses nothing while anything at all can be written.
 */
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import {writeFileAtomic} from '../io/write-file.js';
import type {Assessment} from '../method/types.js';

/** Where rescue copies may go, in order. */
export function rescueFolders(): string[] {
  const folders = [tmpdir(), homedir(), process.cwd()];
  return folders.filter((f, i) => f && folders.indexOf(f) === i);
}

/** Write the assessment to a new file in the first folder that takes all of it (fsync'd); its path, or null when none would. */
export function writeRescueCopy(assessment: Assessment, folders: string[] = rescueFolders()): string | null {
  const name = `role-wizard-rescue-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`;
  const text = `${JSON.stringify(assessment, null, 2)}\n`;
  for (const folder of folders) {
    const path = join(folder, name);
    try {
      // A new file only (never over another), mode 0600: the writer leaves nothing half-written.
      writeFileAtomic(path, text, {mode: 0o600, replace: false, noFollow: true, into: false});
      return path;
    } catch {
      // A full or read-only disk: try the next folder.
    }
  }
  return null;
}
