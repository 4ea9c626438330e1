/**
 * The assessor's library of roles (every draft but the one being edited), for calibration.
 * Loaded once, at a quiet moment after the first frame: reading it loads the draft store, which
 * must never delay the first screen nor a key.
 */
import {createContext, useContext, useEffect, useMemo, useState} from 'react';
import type {LibraryEntry} from '../../method/calibration.js';
import {quietMoment} from '../state/quiet.js';

/** Reads the library, leaving out the draft `excludeId`. */
export type LibrarySource = (excludeId: string) => Promise<LibraryEntry[]>;

/** The library of the draft store that `env` names (ROLE_WIZARD_HOME), imported on first use. */
export function storeLibrary(env: NodeJS.ProcessEnv): LibrarySource {
  return async (excludeId) => {
    const {loadLibraryInTurns} = await import('../../store/library.js');
    return loadLibraryInTurns(env, {excludeId});
  };
}

/** The library as the wizard has it: none (no source), loading, or loaded with its entries. */
export type LibraryState = {status: 'none' | 'loading' | 'loaded'; entries: readonly LibraryEntry[]};

const NO_LIBRARY: LibraryState = {status: 'none', entries: []};

export const LibraryContext = createContext<LibraryState>(NO_LIBRARY);

/**
 * Loads the library once, after the first frame, and leaves out the draft being edited: its id
 * may only be known later (a new draft is created after the first frame), so it is read again
 * on every render.
 */
export function useLibraryLoad(source: LibrarySource | undefined, draft: {readonly id: string}): LibraryState {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  useEffect(() => {
    if (!source) return;
    let live = true;
    // At a quiet moment after the first frame: loading it costs tens of milliseconds, which
    // must fall between keys, not in front of one, when the assessor starts typing at once.
    void quietMoment().then(() => {
      if (!live) return;
      source(draft.id).then(
        (loaded) => live && setEntries(loaded),
        // The library is a convenience: without it calibration shows the published points only.
        () => live && setEntries([]),
      );
    });
    return () => {
      live = false;
    };
    // Loaded once per source; the draft's id is filtered below.
  }, [source]);
  const id = draft.id;
  const shown = useMemo<LibraryState>(
    () => (entries === null ? {status: 'loading', entries: []} : {status: 'loaded', entries: entries.filter((e) => e.id !== id)}),
    [entries, id],
  );
  return source ? shown : NO_LIBRARY;
}

/** The library as loaded for this wizard. */
export const useLibrary = (): LibraryState => useContext(LibraryContext);
