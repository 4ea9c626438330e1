/**
 * conf writes the draft files: one Conf per draft (configName = id, cwd = drafts folder), mode
 * 0600, never cleared when invalid. conf (with ajv) is loaded only with this module.
 */
import {accessSync, constants, lstatSync} from 'node:fs';
import Conf from 'conf';
import {draftData} from './draft-file.js';
import {draftPath} from './folder.js';
import type {DraftWriter} from './open-draft.js';
import type {Draft} from './types.js';

/** A writer for one draft file. The Conf is made on first write, so that a fault there is a write fault. */
export function confWriter(folder: string, id: string): DraftWriter {
  let conf: Conf<Draft> | undefined;
  return (draft) => {
    // atomically retries EACCES in a busy loop for a second; fail fast instead and let the
    // draft's own backoff retry without freezing the terminal.
    accessSync(folder, constants.W_OK);
    // The atomic write resolves symbolic links and writes where one points: a draft file that is
    // a link (put there after it was opened) is refused instead, and what it points at is left alone.
    if (lstatSync(draftPath(folder, id), {throwIfNoEntry: false})?.isSymbolicLink()) {
      throw Object.assign(new Error('the draft file is a symbolic link, which is not followed'), {code: 'ELOOP'});
    }
    conf ??= new Conf<Draft>({
      projectName: 'role-wizard',
      configName: id,
      cwd: folder,
      configFileMode: 0o600,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
    });
    // One assignment: conf writes temp file + rename (atomically), never a partial file.
    conf.store = draftData(draft);
  };
}
