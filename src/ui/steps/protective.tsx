/** The Protective Principles + AI Growth Correlation step: its scores and texts, with the running figures below. */
import type {StepProps} from './step-props.js';
import {FormStep} from './form-step.js';

export function ProtectiveStep(props: StepProps) {
  return <FormStep {...props} step="protective" figures={(card) => [['Protective Total', card.display.protectiveTotal], ['Quick screen', card.display.quickScreen]]} />;
}
