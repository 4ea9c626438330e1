/** The draft's save status, for the status line. */
import {useEffect, useState} from 'react';
import type {OpenDraft, SaveStatus} from '../../store/types.js';

export function useSaveStatus(draft: OpenDraft): SaveStatus | null {
  const [status, setStatus] = useState<SaveStatus | null>(draft.readOnly ? {state: 'read-only'} : null);
  useEffect(() => draft.onStatus(setStatus), [draft]);
  return status;
}
