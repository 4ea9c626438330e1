/**
 * The task table's keys (TASK_TABLE_KEYS between cells, TASK_EDIT_KEYS in a cell being edited),
 * wired to the cursor reducer and the task actions. Each key is handed out once the screen the
 * key before made is committed, so the handler reads that render's tasks and cursor.
 */
import {useRef} from 'react';
import type {KeyInfo as Key} from '../keys/parse-keys.js';
import {useKeypress} from '../keys/keypress-context.js';
import {keyReader, TASK_EDIT_KEYS, TASK_TABLE_KEYS} from '../keymap.js';
import type {Task} from '../../method/types.js';
import type {TaskFigures} from '../../method/score.js';
import {longTextReducer, normaliseText, type LongTextAction} from '../long-text/use-long-text-state.js';
import type {EditorResult} from '../text/external-editor.js';
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

/** A key while a text cell is being typed in: its action in TASK_EDIT_KEYS. */
function editKey(action: string | undefined, input: string, key: Key, s: TaskTableInput, field: 'name' | 'rationale', deleted: Memory): void {
  const {cursor, moveCursor} = s;
  const edit = cursor.edit;
  if (edit === null) return;
  let change: LongTextAction | null = null;
  switch (action) {
    // Enter ends the edit (each change is already in the task). Esc cancels it: the cell gets back
    // the text it had when the edit began. Neither leaves the cell, nor the step.
    case 'keep':
      return moveCursor({type: 'stopEdit'});
    case 'cancel':
      if (edit.text !== edit.original) setText(s, field, edit.original);
      moveCursor({type: 'stopEdit'});
      return s.say(`Edit cancelled: ${field === 'name' ? 'Task' : 'Rationale'} is as it was.`);
    case 'leave':
      moveCursor({type: 'stopEdit'});
      return navigate(input, key, s, deleted);
    case 'deleteBackward':
      change = {type: 'deleteBackward'};
      break;
    case 'left':
      change = {type: 'moveLeft'};
      break;
    case 'right':
      change = {type: 'moveRight'};
      break;
    case 'start':
      return moveCursor({type: 'setEdit', edit: {...edit, cursor: 0}});
    case 'end':
      return moveCursor({type: 'setEdit', edit: {...edit, cursor: edit.text.length}});
    case 'deleteToStart':
      moveCursor({type: 'setEdit', edit: {text: edit.text.slice(edit.cursor), cursor: 0}});
      if (edit.cursor > 0) setText(s, field, edit.text.slice(edit.cursor));
      return;
    case 'insert':
      change = {type: 'insert', text: oneLine(normaliseText(input))};
      break;
    default:
      return;
  }
  const next = longTextReducer({value: edit.text, cursor: edit.cursor, goalColumn: null}, change);
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

/** A key while no text cell is being typed in: its action in TASK_TABLE_KEYS. */
function navigate(input: string, key: Key, s: TaskTableInput, deleted: Memory, action = cellAction(input, key)): void {
  const {tasks, figures, cursor, moveCursor, dispatch, onLeave, say} = s;
  const rowCount = tasks.length;
  const field = TASK_FIELDS[cursor.column] as TaskField;
  const task = tasks[cursor.row];
  say(null);
  switch (action) {
    case 'nextCell':
    case 'previousCell': {
      const by = action === 'nextCell' ? 1 : -1;
      const to = stepCell(cursor, by, rowCount);
      if (to === null) return onLeave?.(by === 1 ? 'next' : 'previous');
      return moveCursor({type: 'goTo', ...to, rowCount});
    }
    case 'moveUp':
      return move(-1);
    case 'moveDown':
      return move(1);
    case 'up':
      return moveCursor({type: 'moveRow', by: -1, rowCount});
    case 'down':
      return moveCursor({type: 'moveRow', by: 1, rowCount});
    case 'left':
      return moveCursor({type: 'moveColumn', by: -1});
    case 'right':
      return moveCursor({type: 'moveColumn', by: 1});
    case 'first':
      return moveCursor({type: 'goToRow', row: 0, rowCount});
    case 'last':
      return moveCursor({type: 'goToRow', row: rowCount - 1, rowCount});
    case 'cancel':
      // Esc cancels digits typed into Time %: the cell gets back the value it had before them.
      if (field === 'timePercent' && cursor.entry !== null) {
        dispatch({type: 'setTaskTime', index: cursor.row, timePercent: cursor.entryOriginal ?? null});
        moveCursor({type: 'setEntry', entry: null});
        return say('Edit cancelled: Time % is as it was.');
      }
      return;
    case 'add':
    case 'insert': {
      const at = rowCount === 0 ? 0 : action === 'add' ? cursor.row + 1 : cursor.row;
      dispatch({type: 'addTask', at});
      moveCursor({type: 'goTo', row: at, column: 0, rowCount: rowCount + 1});
      moveCursor({type: 'startEdit', text: ''});
      // Said, so that prose typed on a cell by mistake shows what its first letter did.
      return say(`Editing Task — a new task ${action === 'add' ? 'added below' : 'inserted above'}: type its name, Enter keeps it, Esc then d deletes it.`);
    }
    default:
      break;
  }
  if (task === undefined) return;
  switch (action) {
    case 'delete':
      deleted.current = {index: cursor.row, task};
      dispatch({type: 'deleteTask', index: cursor.row});
      moveCursor({type: 'fit', rowCount: rowCount - 1});
      return say(`Deleted task ${cursor.row + 1}${task.name ? ` “${oneLine(task.name)}”` : ''} — u undoes`);
    case 'digit':
    case 'erase':
      if ((field === 'timePercent' || field === 'score') && numberKey(input, key, s, field)) return;
      break;
    case 'nextLabel':
    case 'enter':
      if (field === 'label') {
        const f = figures[cursor.row];
        return dispatch({type: 'setTaskLabel', index: cursor.row, label: nextLabel(f?.label ?? null, f?.suggestedLabel ?? null)});
      }
      if (action === 'enter' && TEXT_FIELDS.has(field)) return moveCursor({type: 'startEdit', text: field === 'name' ? task.name : task.rationale});
      break;
    case 'paste':
      return say('Paste into a cell while editing it (Enter edits Task and Rationale).');
    default:
      break;
  }
  // Nothing typed vanishes without a word: a key that does nothing here says what this cell takes.
  if (action !== undefined && input !== '') say(CELL_TAKES[field]);

  function move(by: -1 | 1) {
    const to = cursor.row + by;
    if (to < 0 || to >= rowCount) return;
    dispatch({type: 'moveTask', from: cursor.row, to});
    moveCursor({type: 'goTo', row: to, column: cursor.column, rowCount});
  }
}

/** The action of a key between cells (no chords: those are read by the handler). */
const cellAction = (input: string, key: Key) => keyReader(TASK_TABLE_KEYS).read(input, key);

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

/** Ctrl+X Ctrl+E on Task or Rationale: write the text in the external editor, as `git commit` does. */
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

/** Registers the table's key handler while `isActive`, over this render's tasks and cursor. */
export function useTaskTableInput(s: TaskTableInput, isActive: boolean): void {
  const deleted = useRef<Deleted | null>(null);
  const cells = useRef(keyReader(TASK_TABLE_KEYS)).current;
  const editing = useRef(keyReader(TASK_EDIT_KEYS)).current;
  useKeypress(
    (input: string, key: Key) => {
      const field = TASK_FIELDS[s.cursor.column] as TaskField;
      const text = field === 'name' || field === 'rationale' ? field : null;
      const pending = () => s.say('Ctrl+X: Ctrl+E writes the text in $VISUAL / $EDITOR.');
      if (s.cursor.edit !== null && text !== null) {
        const action = editing.read(input, key);
        if (action === 'pending') return pending();
        if (action === 'editor') return editExternally(s, text);
        return editKey(action, input, key, s, text, deleted);
      }
      const action = cells.read(input, key);
      if (action === 'pending') return pending();
      if (action === 'editor') return text === null ? s.say(CELL_TAKES[field]) : editExternally(s, text);
      if (action === 'undo') return undo(s, deleted);
      navigate(input, key, s, deleted, action);
    },
    {isActive},
  );
}
