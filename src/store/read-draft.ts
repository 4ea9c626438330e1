/**
 * How every draft file is read: through the bounded reader, a regular file within the JSON limit,
 * never through a symbolic link (a link in the drafts folder is reported, not followed, and what
 * it points at is never read or quoted).
 */
import {READ_LIMITS, readBounded} from '../io/read-text.js';

export {FileReadError, FileTooLargeError} from '../io/read-text.js';

/** A draft file's text; FileReadError (or FileTooLargeError) when it cannot or must not be read. */
export function readDraftText(path: string): string {
  return readBounded(path, path, {noFollow: true, maxBytes: READ_LIMITS.jsonBytes, noun: 'draft file'});
}
