/**
 * What the task table can ask for. The wizard's reducer delegates these to tasksReducer
 * (./tasks-reducer.ts), a pure function tested without rendering.
 */
import type {TaskLabel} from '../../method/definition.js';
import type {Task} from '../../method/types.js';

export type TaskAction =
  | {type: 'addTask'; at?: number | undefined}
  /** A whole task put back where it was (undoing a delete): one step, not one per field. */
  | {type: 'insertTask'; at: number; task: Task}
  | {type: 'deleteTask'; index: number}
  | {type: 'moveTask'; from: number; to: number}
  | {type: 'setTaskName'; index: number; name: string}
  | {type: 'setTaskTime'; index: number; timePercent: number | null}
  /** Also re-suggests the label when it was following the suggestion (or unset). */
  | {type: 'setTaskScore'; index: number; score: number | null}
  | {type: 'setTaskLabel'; index: number; label: TaskLabel | null}
  | {type: 'setTaskRationale'; index: number; rationale: string};

export const TASK_ACTION_TYPES = new Set<TaskAction['type']>([
  'addTask',
  'insertTask',
  'deleteTask',
  'moveTask',
  'setTaskName',
  'setTaskTime',
  'setTaskScore',
  'setTaskLabel',
  'setTaskRationale',
]);

export const isTaskAction = (action: {type: string}): action is TaskAction =>
  TASK_ACTION_TYPES.has(action.type as TaskAction['type']);
