/**
 * The assessor's library of roles (every draft but the one being edited), for calibration.
 * Loaded once, after the first frame: reading it loads the draft store (conf), which must
 * never delay the first screen.
 */
import {createContext, useContext, useEffect, useMemo, useState} from 'react';
import type {LibraryEntry} from '../../method/calibration.js';

/** Reads the library, leaving out the draft `excludeId`. */
export type LibrarySource = (excludeId: string) => Promise<LibraryEntry[]>;

/** The library of the draft store that `env` names (ROLE_WIZARD_HOME), imported on first use. */
export function storeLibrary(env: NodeJS.ProcessEnv): LibrarySource {
  return async (excludeId) => {
    const {loadLibrary} = await import('../../commands/library.js');
    return loadLibrary(env, {excludeId});
  };
}

const NO_LIBRARY: readonly LibraryEntry[] = [];

/** Null while the library is not loaded (or there is none); else its entries. */
export const LibraryContext = createContext<readonly LibraryEntry[] | null>(null);

/**
 * Loads the library once, after the first frame, and leaves out the draft being edited: its id
 * may only be known later (a new draft is created after the first frame), so it is read again
 * on every render. Without a source there is no library (an empty one).
 */
export function useLibraryLoad(source: LibrarySource | undefined, draft: {readonly id: string}): readonly LibraryEntry[] | null {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  useEffect(() => {
    if (!source) return;
    let live = true;
    // A macrotask later, so that Ink has written the first frame.
    const timer = setTimeout(() => {
      source(draft.id).then(
        (loaded) => live && setEntries(loaded),
        // The library is a convenience: without it calibration shows the published points only.
        () => live && setEntries([]),
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // Loaded once per source; the draft's id is filtered below.
  }, [source]);
  const id = draft.id;
  const shown = useMemo(() => (entries === null ? null : entries.filter((e) => e.id !== id)), [entries, id]);
  return source ? shown : NO_LIBRARY;
}

/** The library as loaded for this wizard; null while not loaded. */
export const useLibrary = (): readonly LibraryEntry[] | null => useContext(LibraryContext);
