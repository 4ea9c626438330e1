/**
 * The assessor's library of roles: every draft (imported reports are saved as drafts too),
 * read-only, for calibration. Loads the draft store (and zod): import it lazily from the wizard.
 */
import type {LibraryEntry} from '../method/calibration.js';
import type {MethodDefaults} from '../method/definition.js';
import {underDefaults} from '../method/method-defaults.js';
import {listDrafts} from './catalog.js';
import {readDraftFile} from './draft-file.js';
import {draftsFolder} from './folder.js';
import {readTrustedDraft} from './trusted-read.js';
import type {Draft} from './types.js';

type Options = {
  excludeId?: string;
  /** The team's method defaults (the project config's), under each draft's own, as `score` applies them. */
  defaults?: Readonly<MethodDefaults> | undefined;
};

/**
 * The library's entries one at a time, most recently changed first. A draft this program wrote
 * is taken as saved (one parse, its list row's score); any other is read in full (checked,
 * migrated, scored). Damaged drafts are skipped; `excludeId` leaves out the draft being edited.
 * Read-only: no lock is taken, nothing is written but the list's own cache.
 */
function* libraryEntries(env: NodeJS.ProcessEnv, {excludeId, defaults}: Options): Generator<LibraryEntry> {
  for (const row of listDrafts(draftsFolder(env))) {
    if (row.status !== 'ok' || row.id === excludeId) continue;
    const draft = readTrustedDraft(row.path) ?? readInFull(row.path);
    // Damaged between listing and reading: the library is a convenience, skip it.
    if (!draft) continue;
    // Score and zone do not depend on the documented defaults (METHODOLOGY §2): the row's stand.
    const assessment = defaults ? underDefaults(draft.assessment, defaults) : draft.assessment;
    yield {id: row.id, title: draft.assessment.role.jobTitle || row.title, score: row.score, zone: row.zone, assessment};
  }
}

function readInFull(path: string): Draft | null {
  const read = readDraftFile(path);
  return read.ok ? read.draft : null;
}

/** Every readable draft of the store that `env` names (ROLE_WIZARD_HOME), as library entries. */
export function loadLibrary(env: NodeJS.ProcessEnv = process.env, options: Options = {}): LibraryEntry[] {
  return [...libraryEntries(env, options)];
}

/** Drafts read between two turns of the event loop while the wizard loads its library. */
const DRAFTS_PER_TURN = 20;

/**
 * The same, for the wizard: it gives the event loop a turn after every few drafts, so that
 * with a thousand drafts typing is not held up while they are read.
 */
export async function loadLibraryInTurns(env: NodeJS.ProcessEnv = process.env, options: Options = {}): Promise<LibraryEntry[]> {
  const entries: LibraryEntry[] = [];
  for (const entry of libraryEntries(env, options)) {
    entries.push(entry);
    if (entries.length % DRAFTS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return entries;
}
