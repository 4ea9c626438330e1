/**
 * The contract between the wizard and draft storage. The wizard keeps the assessment in
 * memory and hands every change to an OpenDraft, which saves it (debounced) without ever
 * reading the file back per keystroke. Tests of the wizard pass a fake OpenDraft.
 */
import type {Assessment} from '../method/types.js';

/** Where the assessor was: the wizard step id and, within it, the field path. */
export type DraftPosition = {step: string; field?: string | undefined};

export type Draft = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  schemaVersion: number;
  assessment: Assessment;
  position: DraftPosition;
  /** Top-level keys this version does not know (a newer role-wizard's), written back as they were. */
  unknownKeys?: Readonly<Record<string, unknown>> | undefined;
};

export type SaveStatus =
  | {state: 'saved'; at: string}
  | {state: 'pending'}
  | {state: 'read-only'; heldBy?: string | undefined}
  /** A write failed (read-only or full disk): retrying; nothing in memory is lost. */
  | {state: 'error'; message: string; retryingInMs: number};

export interface OpenDraft {
  readonly id: string;
  readonly readOnly: boolean;
  /** The draft as loaded. */
  readonly initial: Draft;
  /** Record a change; written at most 500 ms later. */
  update(assessment: Assessment, position: DraftPosition): void;
  /** Write now if anything is pending (step change, exit). Never throws. */
  flush(): void;
  /** Flush and release the lock. */
  close(): void;
  /** The draft as held in memory when its latest change is not on disk (a write failed), else null. */
  unsaved(): Draft | null;
  /** Save status changes, for the wizard's status line; the listener is called at once with the current status. Returns an unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void;
}

/** One row of `role-wizard list`. A damaged draft is listed with its path and the reason. */
export type DraftSummary =
  | {
      status: 'ok';
      id: string;
      title: string;
      createdAt: string;
      updatedAt: string;
      /** The score that counts (override or formula), null while it cannot be computed. */
      score: number | null;
      zone: 'GREEN' | 'YELLOW' | 'RED' | null;
      /** Fields still to fill in (method validate: kind "missing"). */
      missing: number;
      finished: boolean;
      /** What besides the zone decides the sub-label, which `list` shows under the project config. */
      basis: import('./list-cache.js').SubLabelBasis;
      path: string;
      /** Set when another live process holds the draft open. */
      lockedBy?: {pid: number; host: string; since: string} | undefined;
    }
  | {status: 'damaged'; id: string; path: string; reason: string};

/**
 * Drafts on disk: one JSON file per draft under ROLE_WIZARD_HOME, or the user's config folder
 * (conf projectName 'role-wizard'). Implemented in ./drafts.ts as `draftStore(env)`.
 * Errors are DraftError (./errors.ts) with a kind: not-found, ambiguous, damaged, locked.
 */
export interface DraftStore {
  readonly folder: string;
  /** Start a new draft and hold it open (takes its lock). */
  create(assessment: import('../method/types.js').Assessment, position?: DraftPosition): OpenDraft;
  /**
   * Open a draft by its exact id or exact title; read-only opens take no lock and never write.
   * `lock`: the draft's lock, already taken by the caller (released here if the draft is damaged).
   */
  open(ref: string, options?: {readOnly?: boolean; lock?: import('./lock.js').HeldLock}): OpenDraft;
  /** Every draft, most recently changed first; damaged ones included. */
  list(): DraftSummary[];
  /** Delete a draft (refused while another live process holds it). */
  remove(ref: string): void;
  /** Save an assessment as a new draft in one go (import): returns the new draft. */
  saveNew(assessment: import('../method/types.js').Assessment): Draft;
}
