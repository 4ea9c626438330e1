/**
 * The task table's keys, wired to the cursor reducer and the task actions. The handler is stable
 * (it reads the latest props from a ref), so Ink does not resubscribe it on every render.
 */
import {useCallback, useRef} from 'react';
import type {KeyInfo as Key} from '../keys/parse-keys.js';
import {useKeypress} from '../keys/keypress-context.js';
import type {Task} from '../../method/types.js';
import type {TaskFigures} from '../../method/score.js';
import {longTextReducer, normaliseText, type LongTextAction} from '../long-text/use-long-text-state.js';
import type {EditorResult} from '../long-text/external-editor.js';
import type {TaskAction} from './actions.js';
import {nextLabel, TASK_FIELDS, type TaskField} from './columns.js';
import {oneLine} from './cell-text.js';
import {stepCell, type TableCursor, type TableCursorAction} from './table-cursor.js';

export type TaskTableInput = {
  tasks: Task[];
  figures: TaskFigures[];
  cursor: TableCursor;
  moveCursor: (action: TableCursorAction) => void;
  dispatch: (action: TaskAction) => void;
  onLeave?: ((direction: 'next' | 'previous') => void) | undefined;
  say: (message: string | null) => void;
  /** Opens text in $VISUAL/$EDITOR (raw mode released meanwhile). */
  openEditor: (text: string) => EditorResult;
};

type Deleted = {index: number; task: Task};

/** What a cell takes, said when a key typed on it does nothing there. */
const CELL_TAKES: Record<TaskField, string> = {
  name: 'Enter edits the task; a adds a task below, d deletes, u undoes.',
  timePercent: 'Time % takes digits 0-100.',
  score: 'Score takes a digit 1-5.',
  label: 'Space or Enter changes the label.',
  rationale: 'Enter edits the rationale; a adds a task below.',
};

const TEXT_FIELDS = new Set<TaskField>(['name', 'rationale']);

type Memory = {current: Deleted | null};

/** A key while a text cell is being typed in. */
function editKey(input: string, key: Key, s: TaskTableInput, field: 'name' | 'rationale', deleted: Memory): void {
  const {cursor, moveCursor} = s;
  const edit = cursor.edit;
  if (edit === null) return;
  // Enter ends the edit (each change is already in the task). Esc cancels it: the cell gets back
  // the text it had when the edit began. Neither leaves the cell, nor the step.
  if (key.return) return moveCursor({type: 'stopEdit'});
  if (key.escape) {
    if (edit.text !== edit.original) setText(s, field, edit.original);
    moveCursor({type: 'stopEdit'});
    return s.say(`Edit cancelled: ${field === 'name' ? 'Task' : 'Rationale'} is as it was.`);
  }
  if (key.tab || key.upArrow || key.downArrow) {
    moveCursor({type: 'stopEdit'});
    return navigate(input, key, s, deleted);
  }
  let action: LongTextAction | null = null;
  if (key.backspace || key.delete) action = {type: 'deleteBackward'};
  else if (key.leftArrow) action = {type: 'moveLeft'};
  else if (key.rightArrow) action = {type: 'moveRight'};
  else if (key.home) return moveCursor({type: 'setEdit', edit: {...edit, cursor: 0}});
  else if (key.end) return moveCursor({type: 'setEdit', edit: {...edit, cursor: edit.text.length}});
  else if (key.ctrl || key.meta || key.pageUp || key.pageDown) return;
  else if (input !== '') action = {type: 'insert', text: oneLine(normaliseText(input))};
  if (action === null) return;
  const next = longTextReducer({value: edit.text, cursor: edit.cursor, goalColumn: null}, action);
  moveCursor({type: 'setEdit', edit: {text: next.value, cursor: next.cursor}});
  if (next.value !== edit.text) setText(s, field, next.value);
}

/** Sets the text of the cursor's Task or Rationale cell. */
function setText(s: TaskTableInput, field: 'name' | 'rationale', text: string): void {
  const index = s.cursor.row;
  s.dispatch(field === 'name' ? {type: 'setTaskName', index, name: text} : {type: 'setTaskRationale', index, rationale: text});
}

/** A digit or Backspace on Time % or Score; false when the key is not for the cell. */
function numberKey(input: string, key: Key, s: TaskTableInput, field: 'timePercent' | 'score'): boolean {
  const {cursor, dispatch, say} = s;
  const index = cursor.row;
  if (field === 'score') {
    if (/^[0-9]$/.test(input)) {
      const n = Number(input);
      if (n >= 1 && n <= 5) dispatch({type: 'setTaskScore', index, score: n});
      else say('Score is 1 to 5.');
      return true;
    }
    if (key.backspace || key.delete) {
      dispatch({type: 'setTaskScore', index, score: null});
      return true;
    }
    return false;
  }
  if (/^[0-9]+$/.test(input)) {
    const typed = (cursor.entry ?? '') + input;
    const n = Number(typed);
    if (n > 100) {
      say('Time % is 0 to 100.');
      return true;
    }
    s.moveCursor({type: 'setEntry', entry: String(n), original: s.tasks[index]?.timePercent ?? null});
    dispatch({type: 'setTaskTime', index, timePercent: n});
    return true;
  }
  if (key.backspace || key.delete) {
    const current = cursor.entry ?? String(s.tasks[index]?.timePercent ?? '');
    const shorter = current.slice(0, -1);
    s.moveCursor({type: 'setEntry', entry: shorter === '' ? null : shorter, original: s.tasks[index]?.timePercent ?? null});
    dispatch({type: 'setTaskTime', index, timePercent: shorter === '' ? null : Number(shorter)});
    return true;
  }
  return false;
}

/** A key while no text cell is being typed in. */
function navigate(input: string, key: Key, s: TaskTableInput, deleted: Memory): void {
  const {tasks, figures, cursor, moveCursor, dispatch, onLeave, say} = s;
  const rowCount = tasks.length;
  const field = TASK_FIELDS[cursor.column] as TaskField;
  const task = tasks[cursor.row];
  say(null);
  if (key.tab) {
    const to = stepCell(cursor, key.shift ? -1 : 1, rowCount);
    if (to === null) return onLeave?.(key.shift ? 'previous' : 'next');
    return moveCursor({type: 'goTo', ...to, rowCount});
  }
  if (key.upArrow && key.shift) return move(-1);
  if (key.downArrow && key.shift) return move(1);
  if (key.upArrow) return moveCursor({type: 'moveRow', by: -1, rowCount});
  if (key.downArrow) return moveCursor({type: 'moveRow', by: 1, rowCount});
  if (key.leftArrow) return moveCursor({type: 'moveColumn', by: -1});
  if (key.rightArrow) return moveCursor({type: 'moveColumn', by: 1});
  if (key.home) return moveCursor({type: 'goToRow', row: 0, rowCount});
  if (key.end) return moveCursor({type: 'goToRow', row: rowCount - 1, rowCount});
  // Esc cancels digits typed into Time %: the cell gets back the value it had before them.
  if (key.escape && field === 'timePercent' && cursor.entry !== null) {
    dispatch({type: 'setTaskTime', index: cursor.row, timePercent: cursor.entryOriginal ?? null});
    moveCursor({type: 'setEntry', entry: null});
    return say('Edit cancelled: Time % is as it was.');
  }
  if (key.ctrl || key.meta || key.escape || key.pageUp || key.pageDown) return;
  if (input === 'a' || input === 'i') {
    const at = rowCount === 0 ? 0 : input === 'a' ? cursor.row + 1 : cursor.row;
    dispatch({type: 'addTask', at});
    moveCursor({type: 'goTo', row: at, column: 0, rowCount: rowCount + 1});
    return moveCursor({type: 'startEdit', text: ''});
  }
  if (task === undefined) return;
  if (input === 'd') {
    deleted.current = {index: cursor.row, task};
    dispatch({type: 'deleteTask', index: cursor.row});
    moveCursor({type: 'fit', rowCount: rowCount - 1});
    return say(`Deleted task ${cursor.row + 1}${task.name ? ` “${oneLine(task.name)}”` : ''} — u undoes`);
  }
  if (input === '[') return move(-1);
  if (input === ']') return move(1);
  if ((field === 'timePercent' || field === 'score') && numberKey(input, key, s, field)) return;
  if (field === 'label' && (input === ' ' || key.return)) {
    const f = figures[cursor.row];
    return dispatch({type: 'setTaskLabel', index: cursor.row, label: nextLabel(f?.label ?? null, f?.suggestedLabel ?? null)});
  }
  if (TEXT_FIELDS.has(field) && key.return) return moveCursor({type: 'startEdit', text: field === 'name' ? task.name : task.rationale});
  // Nothing typed vanishes without a word: say what this cell takes.
  if (input !== '' && !key.paste) say(CELL_TAKES[field]);
  else if (key.paste) say('Paste into a cell while editing it (Enter edits Task and Rationale).');

  function move(by: -1 | 1) {
    const to = cursor.row + by;
    if (to < 0 || to >= rowCount) return;
    dispatch({type: 'moveTask', from: cursor.row, to});
    moveCursor({type: 'goTo', row: to, column: cursor.column, rowCount});
  }
}

/** Puts the last deleted task back where it was. */
function undo(s: TaskTableInput, deleted: Memory): void {
  const d = deleted.current;
  if (d === null) return s.say('Nothing to undo.');
  deleted.current = null;
  const {index, task} = d;
  s.dispatch({type: 'insertTask', at: index, task});
  s.moveCursor({type: 'goTo', row: index, column: s.cursor.column, rowCount: s.tasks.length + 1});
  s.say(`Restored task ${index + 1}.`);
}

/** Ctrl+E on Task or Rationale: write the text in the external editor, as `git commit` does. */
function editExternally(s: TaskTableInput, field: 'name' | 'rationale'): void {
  const task = s.tasks[s.cursor.row];
  if (task === undefined) return;
  const before = s.cursor.edit?.text ?? (field === 'name' ? task.name : task.rationale);
  const result = s.openEditor(before);
  if (!result.ok) return s.say(result.message);
  // A task name is one line; a rationale keeps its line breaks.
  const text = field === 'name' ? oneLine(result.text).trim() : result.text;
  if (s.cursor.edit !== null) s.moveCursor({type: 'setEdit', edit: {text, cursor: text.length}});
  s.dispatch(field === 'name' ? {type: 'setTaskName', index: s.cursor.row, name: text} : {type: 'setTaskRationale', index: s.cursor.row, rationale: text});
  s.say(`${field === 'name' ? 'Task' : 'Rationale'} written in the editor.`);
}

/** Registers the table's key handler while `isActive`; `latest` returns the current props. */
export function useTaskTableInput(latest: () => TaskTableInput, isActive: boolean): void {
  const deleted = useRef<Deleted | null>(null);
  const handler = useCallback(
    (input: string, key: Key) => {
      const s = latest();
      const field = TASK_FIELDS[s.cursor.column] as TaskField;
      if (key.ctrl && input === 'e' && (field === 'name' || field === 'rationale')) return editExternally(s, field);
      if (s.cursor.edit !== null && (field === 'name' || field === 'rationale')) return editKey(input, key, s, field, deleted);
      if (input === 'u' && !key.ctrl && !key.meta) return undo(s, deleted);
      navigate(input, key, s, deleted);
    },
    [latest],
  );

  useKeypress(handler, {isActive});
}
