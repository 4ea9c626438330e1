/** The Protective Principles + AI Growth Correlation step: its scores and texts, with the running figures below. */
import {Box, Text} from 'ink';
import {FieldForm} from '../components/field-form.js';
import {useWizard} from '../state/context.js';
import {STEP_SLOTS} from '../state/steps.js';
import type {StepProps} from './step-props.js';

export function ProtectiveStep({width, height, active}: StepProps) {
  const {state, card} = useWizard();
  return (
    <Box flexDirection="column">
      <FieldForm
        slots={STEP_SLOTS.protective}
        assessment={state.assessment}
        field={state.field}
        active={active}
        width={width}
        height={height - 1}
      />
      <Text wrap="truncate-end">
        <Text dimColor>Protective Total: </Text>
        {card.display.protectiveTotal ?? '—'} · <Text dimColor>Quick screen: </Text>
        {card.display.quickScreen ?? '—'}
      </Text>
    </Box>
  );
}
