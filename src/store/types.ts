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
  /** Save status changes, for the wizard's status line. Returns an unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void;
}
