/**
 * The assessor's library of roles (every draft but the one being edited), for calibration.
 * Loaded once, at a quiet moment after the first frame: reading it loads the draft store, which
 * must never delay the first screen nor a key.
 */
import {dirname} from 'node:path';
import {createContext, useContext, useEffect, useMemo, useState} from 'react';
import {loadProjectConfig} from '../../config/project-config.js';
import type {LibraryEntry} from '../../method/calibration.js';
import type {UnreadableReport} from '../../report/library-reports.js';
import {quietMoment} from '../state/quiet.js';


/** The library as read: its entries, and with a team library its folder and the reports it cannot read. */
export type LoadedLibrary = {entries: LibraryEntry[]; folder?: string | null; unreadable?: UnreadableReport[]};

/** Reads the library, leaving out the draft `excludeId`. */
export type LibrarySource = (excludeId: string) => Promise<LibraryEntry[] | LoadedLibrary>;

/**
 * The library of the draft store that `env` names (ROLE_WIZARD_HOME), and the team's folder of
 * reports (--library, ROLE_WIZARD_LIBRARY or the config file), each imported on first use.
 */
export function storeLibrary(env: NodeJS.ProcessEnv, team?: {cwd: string; option?: string | undefined}): LibrarySource {
  return async (excludeId) => {
    const {loadLibraryInTurns} = await import('../../store/draft-library.js');
    if (!team) return loadLibraryInTurns(env, {excludeId});
    // project-config is in the first frame's script already (new and resume read the config).
    const {libraryFolder} = await import('../../config/library-location.js');
    let folder;
    let defaults;
    try {
      // The drafts under the config of the current folder, as `score` and `resume` apply it.
      defaults = loadProjectConfig(team.cwd).methodDefaults;
      folder = libraryFolder(team.cwd, env, team.option);
    } catch (error) {
      // An invalid config: said where the library is shown, the drafts still count.
      const entries = await loadLibraryInTurns(env, {excludeId});
      return {entries, folder: null, unreadable: [{path: 'config', reason: error instanceof Error ? error.message : String(error)}]};
    }
    const entries = await loadLibraryInTurns(env, {excludeId, defaults});
    if (!folder) return entries;
    const {loadLibraryFolderInTurns} = await import('../../report/library-reports.js');
    // Each report under the config found above its own folder, as `check` applies it.
    const reports = await loadLibraryFolderInTurns(folder.dir, team.cwd, quietMoment, (file) => loadProjectConfig(dirname(file)), folder.skip);
    return {entries: [...entries, ...reports.entries], folder: folder.dir, unreadable: reports.unreadable};
  };
}

/**
 * The library as the wizard has it: none (no source), loading, or loaded with its entries; the
 * team's folder (where the export goes) and the reports of it that cannot be read.
 */
export type LibraryState = {
  status: 'none' | 'loading' | 'loaded';
  entries: readonly LibraryEntry[];
  folder?: string | null;
  unreadable?: readonly UnreadableReport[];
};

const NO_LIBRARY: LibraryState = {status: 'none', entries: []};

export const LibraryContext = createContext<LibraryState>(NO_LIBRARY);

/**
 * Loads the library once, after the first frame, and leaves out the draft being edited: its id
 * may only be known later (a new draft is created after the first frame), so it is read again
 * on every render.
 */
export function useLibraryLoad(source: LibrarySource | undefined, draft: {readonly id: string}): LibraryState {
  const [loaded, setLoaded] = useState<LoadedLibrary | null>(null);
  useEffect(() => {
    if (!source) return;
    let live = true;
    // At a quiet moment after the first frame: loading it costs tens of milliseconds, which
    // must fall between keys, not in front of one, when the assessor starts typing at once.
    void quietMoment().then(() => {
      if (!live) return;
      source(draft.id).then(
        (read) => live && setLoaded(Array.isArray(read) ? {entries: read} : read),
        // The library is a convenience: without it calibration shows the published points only.
        () => live && setLoaded({entries: []}),
      );
    });
    return () => {
      live = false;
    };
    // Loaded once per source; the draft's id is filtered below.
  }, [source]);
  const id = draft.id;
  const shown = useMemo<LibraryState>(
    () =>
      loaded === null
        ? {status: 'loading', entries: []}
        : {status: 'loaded', entries: loaded.entries.filter((e) => e.id !== id), folder: loaded.folder ?? null, unreadable: loaded.unreadable ?? []},
    [loaded, id],
  );
  return source ? shown : NO_LIBRARY;
}

/** The library as loaded for this wizard. */
export const useLibrary = (): LibraryState => useContext(LibraryContext);
