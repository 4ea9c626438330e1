/** The task table inside a parent that holds the tasks with tasksReducer and scores them, as the wizard will. */
import {useEffect, useMemo, useReducer, useState} from 'react';
import {Box, Text} from 'ink';
import {emptyAssessment, emptyTask} from '../../../src/method/empty.js';
import {score} from '../../../src/method/score.js';
import type {Task} from '../../../src/method/types.js';
import {TaskTable} from '../../../src/ui/task-table/task-table.js';
import {tasksReducer} from '../../../src/ui/task-table/tasks-reducer.js';
import type {TaskAction} from '../../../src/ui/task-table/actions.js';
import type {EditorResult} from '../../../src/ui/text/external-editor.js';

export type TaskTableHarnessProps = {
  tasks: Task[];
  ready: () => void;
  width?: number;
  height?: number;
  initialField?: string;
  editText?: (text: string) => EditorResult;
};

/** A task for tests: name, time and score, label following the suggestion. */
export const makeTask = (name: string, timePercent: number | null = null, taskScore: number | null = null): Task => ({
  ...emptyTask(),
  name,
  timePercent,
  score: taskScore,
});

/** `count` tasks named T0001, T0002… */
export const manyTasks = (count: number): Task[] =>
  Array.from({length: count}, (_, i) => makeTask(`T${String(i + 1).padStart(4, '0')}`, 1, 1 + (i % 5)));

/** Shows the table and, below it, what the parent heard: left=, editing=, field=. */
export function TaskTableHarness({tasks: initial, ready, width = 100, height = 16, initialField, editText}: TaskTableHarnessProps) {
  const [tasks, dispatch] = useReducer((t: Task[], action: TaskAction) => tasksReducer(t, action), initial);
  const card = useMemo(() => score({...emptyAssessment(), tasks}), [tasks]);
  const [left, setLeft] = useState('');
  const [editing, setEditing] = useState(false);
  const [field, setField] = useState('');
  useEffect(() => ready(), [ready]);
  return (
    <Box flexDirection="column">
      <TaskTable
        tasks={tasks}
        figures={card.tasks}
        timeTotal={card.taskTimeTotal}
        timeOk={card.taskTimeOk}
        width={width}
        height={height}
        isActive
        dispatch={dispatch}
        onLeave={setLeft}
        onEditingChange={setEditing}
        onCursorChange={setField}
        initialField={initialField}
        editText={editText}
      />
      <Text>{`left=${left} editing=${editing} field=${field}`}</Text>
    </Box>
  );
}
