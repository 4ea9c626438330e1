import type {Io} from '../commands/io.js';
import type {Assessment} from '../method/types.js';

/** Find a draft by id or the start of its title. Placeholder until drafts land. */
export async function loadDraftAssessment(_ref: string, _io: Io): Promise<{id: string; assessment: Assessment} | null> {
  return null;
}
