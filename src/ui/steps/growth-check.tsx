/** The AI Growth Correlation Check step: its fields, one after the other. */
import {Box, Text} from 'ink';
import {FieldForm} from '../components/field-form.js';
import {useWizard} from '../state/context.js';
import {STEP_SLOTS} from '../state/steps.js';
import type {StepProps} from './step-props.js';

export function GrowthCheckStep({width, height, active}: StepProps) {
  const {state, card} = useWizard();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text dimColor>AI Growth Correlation (step 2): </Text>
        {card.growth ?? '—'} · <Text dimColor>Growth Modifier </Text>
        {card.display.growthModifier ?? '—'}
      </Text>
      <FieldForm
      slots={STEP_SLOTS.growthCheck}
      assessment={state.assessment}
      field={state.field}
      active={active}
      width={width}
      height={height - 1}
      />
    </Box>
  );
}
