/**
 * The composite and sub-label step: the composite table, the sub-label, and the assessor
 * override (none, or a score 0–100 with a written reason).
 */
import {Box, Text} from 'ink';
import {useCallback, useState} from 'react';
import {CompositeTable} from '../components/composite-table.js';
import {FieldForm} from '../components/field-form.js';
import {LineInput} from '../components/line-input.js';
import {useWizard, useWizardDispatch} from '../state/context.js';
import {OVERRIDE_SCORE, STEP_SLOTS} from '../state/steps.js';
import {useTone} from '../theme.js';
import {useNotice} from '../speech/speech.js';
import {terminalSafeLine as safe} from '../../io/terminal-text.js';
import type {StepProps} from './step-props.js';

/** The override score a text means: null for none, undefined when it is not a number yet. */
export function parseOverride(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '' || /^none$/i.test(t)) return null;
  if (!/^\d{1,3}(\.\d?)?$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n : undefined;
}

function OverrideScore({value, focused, active, width}: {value: number | null; focused: boolean; active: boolean; width: number}) {
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const [text, setText] = useState(value === null ? '' : String(value));
  // Text that would not be a score is refused as typed, so what is shown is always what is kept;
  // the refusal is a notice, so a screen reader hears it too.
  const [refusal, setRefusal] = useNotice();
  const onChange = useCallback(
    (t: string) => {
      const parsed = parseOverride(t);
      if (parsed === undefined) {
        setRefusal(`✗ ${safe(t.trim())} refused: a score is 0 to 100 (it stays ${value === null ? 'none' : value})`);
        return;
      }
      setRefusal(null);
      setText(t);
      dispatch({type: 'setField', path: OVERRIDE_SCORE, value: parsed});
    },
    [dispatch, setRefusal, value],
  );
  const onLeave = useCallback(
    (d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}),
    [dispatch],
  );
  const label = 'Assessor override score (empty: none — formula score accepted; else 0-100)';
  if (!focused) {
    return (
      <Text wrap="truncate-end">
        <Text dimColor>  Assessor override score: </Text>
        {value === null ? 'None — formula score accepted' : String(value)}
      </Text>
    );
  }
  return (
    <Box flexDirection="column">
      <Text bold {...(tone('accent'))} wrap="truncate-end">
        › {label}
      </Text>
      <Box paddingLeft={2}>
        <LineInput value={text} onChange={onChange} isActive={active} width={width - 2} onLeave={onLeave} placeholder="none" />
        {refusal !== null ? <Text {...(tone('error'))}> {refusal}</Text> : null}
      </Box>
    </Box>
  );
}

export function CompositeStep({width, height, active}: StepProps) {
  const {state, card} = useWizard();
  const tableHeight = 11;
  return (
    <Box flexDirection="column">
      <CompositeTable card={card} width={width} />
      <FieldForm
        slots={STEP_SLOTS.composite}
        assessment={state.assessment}
        field={state.field}
        active={active}
        width={width}
        height={Math.max(3, height - tableHeight)}
        special={{
          [OVERRIDE_SCORE]: {
            height: (focused) => (focused ? 2 : 1),
            render: (focused) => (
              <OverrideScore value={state.assessment.override.score} focused={focused} active={active && focused} width={width} />
            ),
          },
        }}
      />
    </Box>
  );
}
