/** The Evidence Score step: its scores and texts, with the running figures below. */
import {Box, Text} from 'ink';
import {FieldForm} from '../components/field-form.js';
import {useWizard} from '../state/context.js';
import {STEP_SLOTS} from '../state/steps.js';
import type {StepProps} from './step-props.js';

export function EvidenceStep({width, height, active}: StepProps) {
  const {state, card} = useWizard();
  return (
    <Box flexDirection="column">
      <FieldForm
        slots={STEP_SLOTS.evidence}
        assessment={state.assessment}
        field={state.field}
        active={active}
        width={width}
        height={height - 1}
      />
      <Text wrap="truncate-end">
        <Text dimColor>Evidence total: </Text>
        {card.display.evidenceTotal ?? '—'} · <Text dimColor>Evidence Modifier: </Text>
        {card.display.evidenceModifier ?? '—'}
      </Text>
    </Box>
  );
}
