/**
 * State and dispatch in two separate contexts, so that components that only dispatch do not
 * re-render when the state changes. The derived figures (scorecard, problems) ride with the
 * state: computed once per render at the top.
 */
import {createContext, useContext, type Dispatch} from 'react';
import type {ProseStatement} from '../../method/prose-figures.js';
import type {Problem} from '../../method/validate.js';
import type {Scorecard} from '../../method/score.js';
import type {VariantReading} from '../../method/variant-claims.js';
import type {WizardAction, WizardState} from './wizard-reducer.js';

export type WizardView = {
  state: WizardState;
  card: Scorecard;
  problems: Problem[];
  /** Fields still to fill in (problems of kind "missing"). */
  missing: number;
  /** Per step index: no error left in its sections. */
  complete: boolean[];
  /** The seniority variants (stated, else implied by the note), their figures and the note's claims. */
  variants: VariantReading;
  /** Every figure the prose states, as the recogniser reads it against the scorecard and the library. */
  prose: ProseStatement[];
  /** Those that are stale: the figure changed since the prose was written. */
  stale: ProseStatement[];
};

export const WizardStateContext = createContext<WizardView | null>(null);
export const WizardDispatchContext = createContext<Dispatch<WizardAction>>(() => {});

/** The wizard's state and its derived figures. */
export function useWizard(): WizardView {
  const view = useContext(WizardStateContext);
  if (!view) throw new Error('useWizard outside the wizard');
  return view;
}

/** The wizard's dispatch. */
export const useWizardDispatch = (): Dispatch<WizardAction> => useContext(WizardDispatchContext);
