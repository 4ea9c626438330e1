/** The Assessor Commentary step: its fields, one after the other. */
import type {StepProps} from './step-props.js';
import {FormStep} from './form-step.js';

export function CommentaryStep(props: StepProps) {
  return <FormStep {...props} step="commentary" />;
}
