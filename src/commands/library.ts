/**
 * The assessor's library of roles: every draft (imported reports are saved as drafts too),
 * read-only, for calibration. Loads the draft store (and conf): import it lazily from the wizard.
 */
import type {LibraryEntry} from '../method/calibration.js';
import {score} from '../method/score.js';
import {draftStore} from '../store/drafts.js';

/**
 * Every readable draft of the store that `env` names (ROLE_WIZARD_HOME), as library entries,
 * most recently changed first. Damaged drafts are skipped; `excludeId` leaves out the draft being edited.
 */
export function loadLibrary(env: NodeJS.ProcessEnv = process.env, options: {excludeId?: string} = {}): LibraryEntry[] {
  const store = draftStore(env);
  const entries: LibraryEntry[] = [];
  for (const row of store.list()) {
    if (row.status !== 'ok' || row.id === options.excludeId) continue;
    try {
      const open = store.open(row.id, {readOnly: true});
      const assessment = open.initial.assessment;
      open.close();
      const card = score(assessment);
      entries.push({id: row.id, title: assessment.role.jobTitle || row.title, score: card.score, zone: card.zone, assessment});
    } catch {
      // A draft damaged between list() and open(): the library is a convenience, skip it.
    }
  }
  return entries;
}
