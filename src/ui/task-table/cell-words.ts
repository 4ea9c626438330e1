/**
 * A task-table cell in words, for screen reader mode: the task (its place and name), the
 * column's title, the value, what the cell takes and how to move. Figures come from the
 * scorecard (score(a).tasks); nothing is computed here.
 */
import {levelMeaning, METHOD} from '../../method/definition.js';
import type {TaskFigures} from '../../method/score.js';
import type {Task} from '../../method/types.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {FIELD_TITLES, parseFieldPath, TASK_FIELDS, type TaskField} from './columns.js';
import {oneLine} from './cell-text.js';

const MOVE = 'Left and right arrows change column, up and down change task; Tab past the last cell leaves the table.';

/** The task as a screen reader hears it: "Task 2 of 6, Fault-finding and repair" (on its Task cell the name is the value). */
function taskInWords(task: Task, row: number, count: number, onName: boolean): string {
  if (onName) return `Task ${row + 1} of ${count}`;
  const name = oneLine(task.name).trim();
  return `Task ${row + 1} of ${count}${name === '' ? ', no name yet' : `, ${terminalSafeLine(name)}`}`;
}

/** The cell's value in words. */
function valueInWords(task: Task, field: TaskField, figures: TaskFigures | undefined): string {
  switch (field) {
    case 'name':
    case 'rationale': {
      const text = oneLine(field === 'name' ? task.name : task.rationale).trim();
      return text === '' ? 'empty' : terminalSafeLine(text);
    }
    case 'timePercent':
      return task.timePercent === null ? 'not set' : `${task.timePercent}%`;
    case 'score': {
      if (task.score === null) return 'not set';
      const meaning = levelMeaning(METHOD.task.levels, task.score)?.replace(/\.$/, '');
      return `${task.score}${meaning ? `, ${meaning}` : ''}${figures?.weightedDisplay ? `; weighted ${figures.weightedDisplay}` : ''}`;
    }
    case 'label': {
      const label = figures?.label ?? null;
      if (label === null) return 'not set';
      const suggested = figures !== undefined && (figures.labelIsSuggested || label === figures.suggestedLabel);
      return suggested ? `${label}, suggested from the score` : `${label}, chosen; the score suggests ${figures?.suggestedLabel ?? 'none'}`;
    }
  }
}

/** What the cell takes, and the keys that set it. */
function takesInWords(field: TaskField, editing: boolean): string {
  const task = METHOD.scales.task;
  const time = METHOD.scales.taskTime;
  switch (field) {
    case 'name':
    case 'rationale':
      return editing
        ? 'Editing: type the text; Enter keeps it, Esc cancels the edit.'
        : 'Takes text: Enter edits it, Control X then Control E opens an editor.';
    case 'timePercent':
      return `Takes a whole number from ${time.min} to ${time.max}: type digits, Backspace removes one.`;
    case 'score':
      return `Takes ${task.min} to ${task.max}: type a digit, Backspace clears.`;
    case 'label':
      return `Takes ${METHOD.taskLabels.join(', ')}: Space or Enter changes it; after the last, back to the suggestion.`;
  }
}

/**
 * The cell a table field path ("tasks.3.score") names, in words; null when it is not a cell.
 * `brief`: task, column and value. Said when the focus arrives: `full` on arriving in the
 * table (with how to move), `task` on a move to another task, `cell` (column, value, what it
 * takes) on a move along the same task.
 */
export function taskCellInWords(
  path: string,
  tasks: readonly Task[],
  figures: readonly TaskFigures[],
  editing: boolean,
): {brief: string; full: string; task: string; cell: string; row: number; value?: string} | null {
  const at = parseFieldPath(path);
  if (at === null || !/^tasks\.\d+\.\w+$/.test(path)) return null;
  const task = tasks[at.row];
  if (task === undefined) {
    const brief = tasks.length === 0 ? 'Task table, no tasks yet' : 'Task table';
    const full = `${brief}. Press a to add a task.`;
    return {brief, full, task: full, cell: full, row: at.row};
  }
  const field = TASK_FIELDS[at.column] ?? 'name';
  const where = `Task table, ${taskInWords(task, at.row, tasks.length, field === 'name')}`;
  const value = valueInWords(task, field, figures[at.row]);
  const cell = `Column ${FIELD_TITLES[field]}, value: ${value}. ${takesInWords(field, editing)}`;
  return {
    brief: `${where}; ${FIELD_TITLES[field]}: ${value}`,
    full: `${where}. ${cell}${editing ? '' : ` ${MOVE}`}`,
    task: `${where}. ${cell}`,
    cell,
    row: at.row,
    // Said when it is set in place; the text of a name or rationale is not said as it is typed.
    ...(field === 'name' || field === 'rationale' ? {} : {value: `${FIELD_TITLES[field]}: ${value}`}),
  };
}
