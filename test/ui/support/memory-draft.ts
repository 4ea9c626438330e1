/** An OpenDraft kept in memory, recording what the wizard hands it. */
import {emptyAssessment} from '../../../src/method/empty.js';
import type {Assessment} from '../../../src/method/types.js';
import type {DraftPosition, OpenDraft, SaveStatus} from '../../../src/store/types.js';

export type MemoryDraft = OpenDraft & {
  updates: Array<{assessment: Assessment; position: DraftPosition}>;
  flushes: number;
  closed: boolean;
  /** The last assessment handed over (or the initial one). */
  readonly latest: Assessment;
  emitStatus(status: SaveStatus): void;
};

export function memoryDraft(
  assessment: Assessment = emptyAssessment(),
  position: DraftPosition = {step: 'role'},
  options: {readOnly?: boolean} = {},
): MemoryDraft {
  const listeners = new Set<(s: SaveStatus) => void>();
  const now = new Date(0).toISOString();
  const draft: MemoryDraft = {
    id: 'd-test',
    readOnly: options.readOnly ?? false,
    initial: {id: 'd-test', title: assessment.role.jobTitle, createdAt: now, updatedAt: now, schemaVersion: 1, assessment, position},
    updates: [],
    flushes: 0,
    closed: false,
    get latest() {
      return draft.updates.at(-1)?.assessment ?? assessment;
    },
    update(a, p) {
      draft.updates.push({assessment: a, position: p});
    },
    flush() {
      draft.flushes++;
    },
    close() {
      draft.closed = true;
    },
    unsaved: () => null,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitStatus(status) {
      for (const l of listeners) l(status);
    },
  };
  return draft;
}
