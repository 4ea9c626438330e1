/**
 * The Task Decomposition step: the task table (add, edit, delete, reorder; time % and score
 * per row; Weighted and Aug/Disp label; the running time sum) and the Reinstatement check.
 */
import {useCallback, useMemo} from 'react';
import {FieldForm} from '../components/field-form.js';
import {useWizard, useWizardDispatch} from '../state/context.js';
import {STEP_SLOTS, TASK_TABLE} from '../state/steps.js';
import {TaskTable, taskTableHeight} from '../task-table/task-table.js';
import type {StepProps} from './step-props.js';
import type {TaskAction} from '../task-table/actions.js';

export function TasksStep({width, height, active}: StepProps) {
  const {state, card, stale} = useWizard();
  // Rows whose text states a figure that is now stale.
  const staleRows = useMemo(() => new Set(stale.flatMap((s) => (/^tasks\.(\d+)\./.exec(s.field) ? [Number(s.field.split('.')[1])] : []))), [stale]);
  const dispatch = useWizardDispatch();
  const onLeave = useCallback(
    (d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}),
    [dispatch],
  );
  const onEditingChange = useCallback((editing: boolean) => dispatch({type: 'setEditing', editing}), [dispatch]);
  const onCursorChange = useCallback((path: string) => dispatch({type: 'setTableCursor', path}), [dispatch]);
  const dispatchTask = useCallback((a: TaskAction) => dispatch(a), [dispatch]);
  // Unfocused, the table shows every row that fits (without the focused cell's full text) and
  // leaves the Reinstatement check at least 4 lines; the check takes the rest.
  const tableHeight = (focused: boolean, room: number) =>
    focused ? Math.max(6, height - 1) : Math.max(4, Math.min(room, height - 5, taskTableHeight(state.assessment.tasks.length, true)));
  const initialField = state.field.startsWith('tasks.') ? state.field : undefined;
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
          render: (focused, tableLines) => (
            <TaskTable
              tasks={state.assessment.tasks}
              figures={card.tasks}
              timeTotal={card.taskTimeTotal}
              timeOk={card.taskTimeOk}
              width={width}
              height={tableLines}
              isActive={active && focused}
              dispatch={dispatchTask}
              onLeave={onLeave}
              onEditingChange={onEditingChange}
              onCursorChange={onCursorChange}
              initialField={initialField}
              compact={!focused}
              staleRows={staleRows}
            />
          ),
        },
      }}
    />
  );
}
