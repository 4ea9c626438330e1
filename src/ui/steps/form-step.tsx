/**
 * A step that is a form of fields (role, scores with rationales, commentary), with an optional
 * line of the running figures that the step's inputs move, above or below the form.
 */
import {Box, Text} from 'ink';
import {FieldForm} from '../components/field-form.js';
import {useWizard} from '../state/context.js';
import {STEP_SLOTS, type StepId} from '../state/steps.js';
import type {Scorecard} from '../../method/score.js';
import type {StepProps} from './step-props.js';

/** Label and shown value pairs, read from the scorecard (a step computes nothing itself). */
export type FiguresOf = (card: Scorecard) => Array<[label: string, value: string | number | null]>;

export function FormStep({step, figures, figuresAbove = false, width, height, active}: StepProps & {step: StepId; figures?: FiguresOf; figuresAbove?: boolean}) {
  const {state, card} = useWizard();
  const line = figures ? (
    <Text wrap="truncate-end">
      {figures(card).map(([label, value], i) => (
        <Text key={label}>
          {i > 0 ? ' · ' : ''}
          <Text dimColor>{label}: </Text>
          {value ?? '—'}
        </Text>
      ))}
    </Text>
  ) : null;
  return (
    <Box flexDirection="column">
      {figuresAbove ? line : null}
      <FieldForm
        slots={STEP_SLOTS[step]}
        assessment={state.assessment}
        field={state.field}
        active={active}
        width={width}
        height={line ? height - 1 : height}
      />
      {figuresAbove ? null : line}
    </Box>
  );
}
