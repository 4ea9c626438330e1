/** The Evidence Score step: its scores and texts, with the running figures below. */
import type {StepProps} from './step-props.js';
import {FormStep} from './form-step.js';

export function EvidenceStep(props: StepProps) {
  return <FormStep {...props} step="evidence" figures={(card) => [['Evidence total', card.display.evidenceTotal], ['Evidence Modifier', card.display.evidenceModifier]]} />;
}
