/**
 * An OpenDraft that stands in until the real one is open, so that the first screen never
 * waits for the draft store (conf) to load: changes made meanwhile are handed over on arrival.
 */
import type {Assessment} from '../../method/types.js';
import type {Draft, DraftPosition, OpenDraft, SaveStatus} from '../../store/types.js';

export type DeferredDraft = OpenDraft & {
  /** Hand over to the real draft; the latest change made meanwhile is passed on. */
  resolve(real: OpenDraft): void;
  /** The real draft could not be opened (yet): the wizard keeps working, the status says why. */
  reject(message: string, retryingInMs?: number): void;
  /** The assessment as last changed, for a rescue copy when no draft could be opened. */
  latest(): Assessment;
  /** The real draft, once there. */
  readonly real: OpenDraft | null;
};

/** A draft that is not open yet, starting from `initial`. */
export function deferredDraft(initial: Draft): DeferredDraft {
  let real: OpenDraft | null = null;
  let pending: {assessment: Assessment; position: DraftPosition} | null = null;
  let flushWanted = false;
  let closeWanted = false;
  let status: SaveStatus = {state: 'pending'};
  const listeners = new Set<(s: SaveStatus) => void>();
  const emit = (s: SaveStatus) => {
    status = s;
    for (const l of listeners) l(s);
  };
  const unsubscribeReal: Array<() => void> = [];

  return {
    get id() {
      return real?.id ?? initial.id;
    },
    get readOnly() {
      return real?.readOnly ?? false;
    },
    initial,
    get real() {
      return real;
    },
    update(assessment, position) {
      if (real) real.update(assessment, position);
      else pending = {assessment, position};
    },
    flush() {
      if (real) real.flush();
      else flushWanted = true;
    },
    close() {
      if (real) real.close();
      else closeWanted = true;
    },
    onStatus(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    resolve(opened) {
      real = opened;
      unsubscribeReal.push(opened.onStatus(emit));
      if (pending) opened.update(pending.assessment, pending.position);
      pending = null;
      if (flushWanted || closeWanted) opened.flush();
      if (closeWanted) opened.close();
    },
    reject(message, retryingInMs = 0) {
      emit({state: 'error', message, retryingInMs});
    },
    latest() {
      return pending?.assessment ?? initial.assessment;
    },
    unsaved() {
      if (real) return real.unsaved();
      return pending ? {...initial, assessment: pending.assessment, position: pending.position} : null;
    },
  };
}
