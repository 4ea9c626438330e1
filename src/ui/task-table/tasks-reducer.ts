/**
 * The task list's state machine: a pure, immutable reducer over Task[]. The wizard's reducer
 * delegates every TaskAction here; an action that points outside the list changes nothing.
 */
import {emptyTask} from '../../method/empty.js';
import {suggestLabel} from '../../method/score.js';
import type {MethodDefaultsOverride, Task} from '../../method/types.js';
import type {TaskAction} from './actions.js';

const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), hi);
const inRange = (tasks: readonly Task[], i: number) => Number.isInteger(i) && i >= 0 && i < tasks.length;

function update(tasks: Task[], index: number, change: (t: Task) => Task): Task[] {
  if (!inRange(tasks, index)) return tasks;
  const before = tasks[index] as Task;
  const after = change(before);
  if (after === before) return tasks;
  const next = tasks.slice();
  next[index] = after;
  return next;
}

function insertAt(tasks: Task[], at: number | undefined, task: Task): Task[] {
  const i = at === undefined ? tasks.length : clamp(Math.trunc(at), 0, tasks.length);
  return [...tasks.slice(0, i), task, ...tasks.slice(i)];
}

/**
 * A new score: while the label follows the suggestion (unset, or equal to the old score's), it
 * becomes the new score's suggestion, written out, so the report states what the assessor saw.
 */
function withScore(task: Task, score: number | null, own: MethodDefaultsOverride | undefined): Task {
  if (task.score === score) return task;
  const following = task.label === null || task.label === suggestLabel(task.score, own);
  return {...task, score, label: following ? suggestLabel(score, own) : task.label};
}

/**
 * The task list after an action; the same array when nothing changed. `own`: the assessment's
 * method defaults (the team's and its own), which say which Aug/Disp label a score suggests.
 */
export function tasksReducer(tasks: Task[], action: TaskAction, own?: MethodDefaultsOverride): Task[] {
  switch (action.type) {
    case 'addTask':
      return insertAt(tasks, action.at, emptyTask());
    case 'insertTask':
      return insertAt(tasks, action.at, action.task);
    case 'deleteTask':
      return inRange(tasks, action.index) ? tasks.filter((_, i) => i !== action.index) : tasks;
    case 'moveTask': {
      if (!inRange(tasks, action.from) || tasks.length < 2) return tasks;
      const to = clamp(Math.trunc(action.to), 0, tasks.length - 1);
      if (to === action.from) return tasks;
      const next = tasks.slice();
      const [moved] = next.splice(action.from, 1);
      next.splice(to, 0, moved as Task);
      return next;
    }
    case 'setTaskName':
      return update(tasks, action.index, (t) => (t.name === action.name ? t : {...t, name: action.name}));
    case 'setTaskTime':
      return update(tasks, action.index, (t) =>
        t.timePercent === action.timePercent ? t : {...t, timePercent: action.timePercent},
      );
    case 'setTaskScore':
      return update(tasks, action.index, (t) => withScore(t, action.score, own));
    case 'setTaskLabel':
      return update(tasks, action.index, (t) => (t.label === action.label ? t : {...t, label: action.label}));
    case 'setTaskRationale':
      return update(tasks, action.index, (t) =>
        t.rationale === action.rationale ? t : {...t, rationale: action.rationale},
      );
  }
}
