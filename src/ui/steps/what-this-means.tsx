/** The What This Means step: its fields, one after the other. */
import {FieldForm} from '../components/field-form.js';
import {useWizard} from '../state/context.js';
import {STEP_SLOTS} from '../state/steps.js';
import type {StepProps} from './step-props.js';

export function WhatThisMeansStep({width, height, active}: StepProps) {
  const {state} = useWizard();
  return (
    <FieldForm
      slots={STEP_SLOTS.whatThisMeans}
      assessment={state.assessment}
      field={state.field}
      active={active}
      width={width}
      height={height}
    />
  );
}
