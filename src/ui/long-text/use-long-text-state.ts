/**
 * The long text field's state machine: the text and a cursor (a UTF-16 offset that always sits on
 * a grapheme boundary). Pure: tested without rendering. Moves up/down keep a goal column, as
 * editors do, so passing a short line does not lose the column.
 */
import {cursorPosition, nextBoundary, offsetAt, previousBoundary, wrapText} from '../text/text-layout.js';

export type LongTextState = {value: string; cursor: number; goalColumn: number | null};

export type LongTextAction =
  | {type: 'insert'; text: string}
  | {type: 'deleteBackward'}
  | {type: 'deleteForward'}
  | {type: 'moveLeft'}
  | {type: 'moveRight'}
  | {type: 'moveUp'; width: number}
  | {type: 'moveDown'; width: number}
  | {type: 'moveLineStart'; width: number}
  | {type: 'moveLineEnd'; width: number}
  /** Ctrl+U, as in readline: from the start of the (screen) line to the cursor. */
  | {type: 'deleteToLineStart'; width: number}
  /** The value changed outside (the parent, or an external editor): cursor to its end. */
  | {type: 'replace'; value: string};

/**
 * Pasted or typed text as the field stores it: every line break (\r\n, \r, \n) becomes \n, a tab
 * becomes spaces, other control characters are dropped.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '');
}

/** The state of a field showing `value`, cursor at its end. */
export const initialLongTextState = (value: string): LongTextState => ({value, cursor: value.length, goalColumn: null});

function vertical(state: LongTextState, width: number, step: -1 | 1): LongTextState {
  const lines = wrapText(state.value, width);
  const {row, column} = cursorPosition(lines, state.cursor);
  const goal = state.goalColumn ?? column;
  const target = row + step;
  if (target < 0) return {...state, cursor: 0, goalColumn: null};
  if (target >= lines.length) return {...state, cursor: state.value.length, goalColumn: null};
  return {...state, cursor: offsetAt(lines, target, goal), goalColumn: goal};
}

function lineEdge(state: LongTextState, width: number, edge: 'start' | 'end'): LongTextState {
  const lines = wrapText(state.value, width);
  const {row} = cursorPosition(lines, state.cursor);
  const cursor = edge === 'start' ? (lines[row]?.start ?? 0) : offsetAt(lines, row, Number.POSITIVE_INFINITY);
  return {...state, cursor, goalColumn: null};
}

/** The field after one action. */
export function longTextReducer(state: LongTextState, action: LongTextAction): LongTextState {
  const {value, cursor} = state;
  switch (action.type) {
    case 'insert': {
      const text = normaliseText(action.text);
      if (text === '') return state;
      return {value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length, goalColumn: null};
    }
    case 'deleteBackward': {
      if (cursor === 0) return state;
      const from = previousBoundary(value, cursor);
      return {value: value.slice(0, from) + value.slice(cursor), cursor: from, goalColumn: null};
    }
    case 'deleteForward': {
      if (cursor >= value.length) return state;
      return {value: value.slice(0, cursor) + value.slice(nextBoundary(value, cursor)), cursor, goalColumn: null};
    }
    case 'moveLeft':
      return {...state, cursor: previousBoundary(value, cursor), goalColumn: null};
    case 'moveRight':
      return {...state, cursor: nextBoundary(value, cursor), goalColumn: null};
    case 'moveUp':
      return vertical(state, action.width, -1);
    case 'moveDown':
      return vertical(state, action.width, 1);
    case 'moveLineStart':
      return lineEdge(state, action.width, 'start');
    case 'moveLineEnd':
      return lineEdge(state, action.width, 'end');
    case 'deleteToLineStart': {
      const from = lineEdge(state, action.width, 'start').cursor;
      return from === cursor ? state : {value: value.slice(0, from) + value.slice(cursor), cursor: from, goalColumn: null};
    }
    case 'replace':
      return action.value === value ? state : initialLongTextState(action.value);
  }
}

