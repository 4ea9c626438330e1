/** The draft's save status, for the status line. */
import {useEffect, useState} from 'react';
import type {OpenDraft, SaveStatus} from '../../store/types.js';

export function useSaveStatus(draft: OpenDraft): SaveStatus | null {
  const [status, setStatus] = useState<SaveStatus | null>(draft.readOnly ? {state: 'read-only'} : null);
  // The store reports "pending" on every change: redraw only when what the line says changes.
  useEffect(
    () =>
      draft.onStatus((next) =>
        setStatus((previous) => (previous && sameStatus(previous, next) ? previous : next)),
      ),
    [draft],
  );
  return status;
}

const sameStatus = (a: SaveStatus, b: SaveStatus): boolean =>
  a.state === b.state &&
  (a.state !== 'error' || (b.state === 'error' && a.message === b.message && a.retryingInMs === b.retryingInMs)) &&
  (a.state !== 'read-only' || (b.state === 'read-only' && a.heldBy === b.heldBy));
