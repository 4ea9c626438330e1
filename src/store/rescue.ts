/**
 * The last resort for work the drafts folder would not take: a copy of the assessment in another
 * folder (the temporary folder, else the home folder, else the working folder), so that leaving
 * with unsaved changes loses nothing while anything at all can be written.
 */
import {closeSync, constants, fsyncSync, openSync, unlinkSync, writeSync} from 'node:fs';
import {homedir, tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Assessment} from '../method/types.js';

/** Where rescue copies may go, in order. */
export function rescueFolders(): string[] {
  const folders = [tmpdir(), homedir(), process.cwd()];
  return folders.filter((f, i) => f && folders.indexOf(f) === i);
}

/** Write the assessment to a new file in the first folder that takes all of it (fsync'd); its path, or null when none would. */
export function writeRescueCopy(assessment: Assessment, folders: string[] = rescueFolders()): string | null {
  const name = `role-wizard-rescue-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`;
  const bytes = Buffer.from(`${JSON.stringify(assessment, null, 2)}\n`, 'utf8');
  for (const folder of folders) {
    const path = join(folder, name);
    let fd: number | null = null;
    try {
      fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
      closeSync(fd);
      return path;
    } catch {
      // A full or read-only disk: nothing half-written is left behind; try the next folder.
      if (fd !== null) {
        try {
          closeSync(fd);
        } catch {
          // closed already
        }
        try {
          unlinkSync(path);
        } catch {
          // never made
        }
      }
    }
  }
  return null;
}
