/** The Barrier Assessment step: its scores and texts, with the running figures below. */
import type {StepProps} from './step-props.js';
import {FormStep} from './form-step.js';

export function BarriersStep(props: StepProps) {
  return <FormStep {...props} step="barriers" figures={(card) => [['Barrier total', card.display.barrierTotal], ['Barrier Modifier', card.display.barrierModifier]]} />;
}
