/**
 * The Task Decomposition step: the task table (add, edit, delete, reorder; time % and score
 * per row; Weighted and Aug/Disp label; the running time sum) and the Reinstatement check.
 */
import {Box, Text, useInput} from 'ink';
import {useCallback} from 'react';
import {FieldForm} from '../components/field-form.js';
import {isRootKey} from '../keymap.js';
import {useWizard, useWizardDispatch} from '../state/context.js';
import {STEP_SLOTS, TASK_TABLE} from '../state/steps.js';
import type {StepProps} from './step-props.js';

/** Interim table until the task table component is in: lists the rows, Tab leaves. */
function TaskRows({height, isActive, onLeave}: {height: number; isActive: boolean; onLeave: (d: 'next' | 'previous') => void}) {
  const {state, card} = useWizard();
  useInput(
    (input, key) => {
      if (isRootKey(input, key)) return;
      if (key.tab) onLeave(key.shift ? 'previous' : 'next');
    },
    {isActive},
  );
  const tasks = state.assessment.tasks;
  return (
    <Box flexDirection="column">
      <Text bold>Tasks ({tasks.length}) · time {card.display.taskTimeTotal}{card.taskTimeOk ? ' ✓' : ' ⚠ must sum to 100%'}</Text>
      {tasks.slice(0, Math.max(0, height - 1)).map((t, i) => (
        <Text key={i} wrap="truncate-end">
          {String(i + 1).padStart(2)} {t.name} · {t.timePercent ?? '—'}% · {t.score ?? '—'} · {card.tasks[i]?.weightedDisplay ?? '—'} · {card.tasks[i]?.label ?? '—'}
        </Text>
      ))}
    </Box>
  );
}

export function TasksStep({width, height, active}: StepProps) {
  const {state} = useWizard();
  const dispatch = useWizardDispatch();
  const onLeave = useCallback(
    (d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}),
    [dispatch],
  );
  const tableHeight = (focused: boolean) => Math.max(3, focused ? height - 1 : Math.min(height - 5, state.assessment.tasks.length + 2));
  return (
    <FieldForm
      slots={STEP_SLOTS.tasks}
      assessment={state.assessment}
      field={state.field}
      active={active}
      width={width}
      height={height}
      special={{
        [TASK_TABLE]: {
          height: tableHeight,
          render: (focused) => <TaskRows height={tableHeight(focused)} isActive={active && focused} onLeave={onLeave} />,
        },
      }}
    />
  );
}
