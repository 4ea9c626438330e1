/**
 * Where the task table's cursor is and what is being typed: the row and cell, the text of a cell
 * being edited (kept here so fast typing never reads a stale task), and a number being entered.
 * Pure: tested without rendering.
 */
import {TASK_FIELDS} from './columns.js';

/** A text cell being typed in: its text and cursor, and the text it had when the edit began (Esc puts it back). */
export type CellEdit = {text: string; cursor: number; original: string};

export type TableCursor = {
  row: number;
  column: number;
  /** A text cell being typed in, or null. */
  edit: CellEdit | null;
  /** Digits typed into a number cell since the cursor arrived; null: the next digit replaces. */
  entry: string | null;
  /** The cell's value before the first of those digits (Esc puts it back); set only with `entry`. */
  entryOriginal?: number | null;
};

export type TableCursorAction =
  | {type: 'moveRow'; by: number; rowCount: number}
  | {type: 'goToRow'; row: number; rowCount: number}
  | {type: 'moveColumn'; by: number}
  | {type: 'goTo'; row: number; column: number; rowCount: number}
  | {type: 'startEdit'; text: string}
  /** The edit's new text and cursor; the text it began with is kept. */
  | {type: 'setEdit'; edit: Pick<CellEdit, 'text' | 'cursor'>}
  | {type: 'stopEdit'}
  /** `original`: the cell's value now, kept when this starts an entry. */
  | {type: 'setEntry'; entry: string | null; original?: number | null}
  /** The list changed length (deleted rows, a new draft): keep the cursor on a row. */
  | {type: 'fit'; rowCount: number};

const lastColumn = TASK_FIELDS.length - 1;
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), Math.max(lo, hi));

/** The cursor on the first cell. */
export const initialCursor = (row = 0, column = 0): TableCursor => ({row, column, edit: null, entry: null});

const moved = (c: TableCursor, row: number, column: number): TableCursor =>
  row === c.row && column === c.column && c.edit === null && c.entry === null ? c : {row, column, edit: null, entry: null};

/** The cursor after one action. */
export function tableCursorReducer(c: TableCursor, action: TableCursorAction): TableCursor {
  switch (action.type) {
    case 'moveRow':
      return moved(c, clamp(c.row + action.by, 0, action.rowCount - 1), c.column);
    case 'goToRow':
      return moved(c, clamp(action.row, 0, action.rowCount - 1), c.column);
    case 'moveColumn':
      return moved(c, c.row, clamp(c.column + action.by, 0, lastColumn));
    case 'goTo':
      return moved(c, clamp(action.row, 0, action.rowCount - 1), clamp(action.column, 0, lastColumn));
    case 'startEdit':
      return {...c, edit: {text: action.text, cursor: action.text.length, original: action.text}, entry: null};
    case 'setEdit':
      return c.edit === null ? c : {...c, edit: {text: action.edit.text, cursor: action.edit.cursor, original: c.edit.original}};
    case 'stopEdit':
      return c.edit === null ? c : {...c, edit: null};
    case 'setEntry': {
      if (c.entry === action.entry) return c;
      if (action.entry === null) return {row: c.row, column: c.column, edit: c.edit, entry: null};
      const entryOriginal = c.entry === null ? (action.original ?? null) : (c.entryOriginal ?? null);
      return {...c, entry: action.entry, entryOriginal};
    }
    case 'fit': {
      const row = clamp(c.row, 0, action.rowCount - 1);
      return row === c.row ? c : {...c, row, edit: null, entry: null};
    }
  }
}

/**
 * The next or previous cell in reading order, or null past the table's last/first cell.
 */
export function stepCell(c: TableCursor, by: 1 | -1, rowCount: number): {row: number; column: number} | null {
  let {row, column} = c;
  column += by;
  if (column > lastColumn) [row, column] = [row + 1, 0];
  if (column < 0) [row, column] = [row - 1, lastColumn];
  return row < 0 || row >= rowCount ? null : {row, column};
}
