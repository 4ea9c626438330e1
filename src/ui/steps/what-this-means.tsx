/** The What This Means step: its fields, one after the other. */
import type {StepProps} from './step-props.js';
import {FormStep} from './form-step.js';

export function WhatThisMeansStep(props: StepProps) {
  return <FormStep {...props} step="whatThisMeans" />;
}
