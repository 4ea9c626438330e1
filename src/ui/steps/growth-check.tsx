/** The AI Growth Correlation Check step: the confirmation text, with the growth score it confirms above. */
import type {StepProps} from './step-props.js';
import {FormStep} from './form-step.js';

export function GrowthCheckStep(props: StepProps) {
  return <FormStep {...props} step="growthCheck" figuresAbove figures={(card) => [['AI Growth Correlation (step 2)', card.growth], ['Growth Modifier', card.display.growthModifier]]} />;
}
