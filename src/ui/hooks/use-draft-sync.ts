/**
 * Hands every change to the draft (which debounces the write) with where the assessor is,
 * and flushes on every step change. Nothing here touches the disk itself.
 */
import {useEffect, useRef} from 'react';
import type {Assessment} from '../../method/types.js';
import type {OpenDraft} from '../../store/types.js';
import {STEPS} from '../state/steps.js';

export function useDraftSync(draft: OpenDraft, assessment: Assessment, step: number, field: string): void {
  const first = useRef(true);
  const lastStep = useRef(step);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    draft.update(assessment, {step: STEPS[step]!.id, field});
    if (lastStep.current !== step) {
      lastStep.current = step;
      draft.flush();
    }
  }, [draft, assessment, step, field]);
}
