/**
 * Writing a draft file: the whole draft through the one writer (every byte, fsync'd, renamed
 * over the old file, mode 0600), never reading the file back. A draft file that is a symbolic
 * link (put there after it was opened) is refused, and what it points at is left alone.
 */
import {writeFileAtomic, type WriterFs} from '../io/write-file.js';
import {draftData} from './draft-file.js';
import {draftPath} from './folder.js';
import type {DraftWriter} from './open-draft.js';

/** A writer for one draft file; `fs` lets a test make the disk write short or fail. */
export function draftWriter(folder: string, id: string, fs?: WriterFs): DraftWriter {
  const path = draftPath(folder, id);
  return (draft) => {
    // Tab-indented, as the drafts have always been written.
    writeFileAtomic(path, `${JSON.stringify(draftData(draft), null, '\t')}`, {mode: 0o600, replace: true, noFollow: true, into: false, ...(fs ? {fs} : {})});
  };
}
