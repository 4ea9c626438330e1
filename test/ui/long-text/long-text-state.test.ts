import {describe, expect, it} from 'vitest';
import {cursorPosition, fitWidth, offsetAt, wrapText} from '../../../src/ui/text/text-layout.js';
import {
  initialLongTextState,
  longTextReducer,
  normaliseText,
  type LongTextAction,
  type LongTextState,
} from '../../../src/ui/long-text/use-long-text-state.js';

const run = (state: LongTextState, ...actions: LongTextAction[]) => actions.reduce(longTextReducer, state);
const at = (value: string, cursor: number): LongTextState => ({value, cursor, goalColumn: null});
const rows = (value: string, width: number) => wrapText(value, width).map((l) => l.text);

describe('wrapText', () => {
  it('wraps at the last space, keeps hard breaks and empty lines', () => {
    expect(rows('one two three', 8)).toEqual(['one two ', 'three']);
    expect(rows('a\n\nb', 8)).toEqual(['a', '', 'b']);
    expect(rows('', 8)).toEqual(['']);
  });

  it('breaks a word longer than the width', () => {
    expect(rows('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts wide characters as two cells and never splits an emoji', () => {
    expect(rows('日本語です', 4)).toEqual(['日本', '語で', 'す']);
    expect(rows('👍🏽👍🏽👍🏽', 4)).toEqual(['👍🏽👍🏽', '👍🏽']);
  });
});

describe('cursor positions', () => {
  it('shows a cursor at a soft wrap at the start of the next row', () => {
    const lines = wrapText('one two three', 8);
    expect(cursorPosition(lines, 8)).toEqual({row: 1, column: 0});
    expect(cursorPosition(lines, 13)).toEqual({row: 1, column: 5});
  });

  it('maps a column back to an offset, landing on a wide character\'s start', () => {
    const lines = wrapText('日本語', 10);
    expect(offsetAt(lines, 0, 3)).toBe(1);
    expect(offsetAt(lines, 0, 99)).toBe(3);
  });
});

describe('fitWidth', () => {
  it('pads short text and cuts long text with an ellipsis, by cells', () => {
    expect(fitWidth('abc', 5)).toBe('abc  ');
    expect(fitWidth('abcdef', 4)).toBe('abc…');
    expect(fitWidth('日本語', 4)).toBe('日… ');
  });
});

describe('longTextReducer', () => {
  it('inserts at the cursor and moves it past the text', () => {
    expect(run(at('ac', 1), {type: 'insert', text: 'b'})).toEqual(at('abc', 2));
  });

  it('normalises pasted line breaks to \\n and keeps the paste whole', () => {
    expect(normaliseText('a\r\nb\rc\nd\te')).toBe('a\nb\nc\nd    e');
    const s = run(initialLongTextState(''), {type: 'insert', text: '- one\r\n- two\r- three'});
    expect(s.value).toBe('- one\n- two\n- three');
    expect(s.cursor).toBe(s.value.length);
  });

  it('deletes whole graphemes backwards and forwards, joining lines', () => {
    expect(run(at('a👍🏽b', 5), {type: 'deleteBackward'})).toEqual(at('ab', 1));
    expect(run(at('a👍🏽b', 1), {type: 'deleteForward'})).toEqual(at('ab', 1));
    expect(run(at('a\nb', 2), {type: 'deleteBackward'})).toEqual(at('ab', 1));
    expect(run(at('ab', 0), {type: 'deleteBackward'}).value).toBe('ab');
  });

  it('moves left and right over graphemes and line breaks', () => {
    expect(run(at('日本', 0), {type: 'moveRight'}).cursor).toBe(1);
    expect(run(at('a\nb', 2), {type: 'moveLeft'}).cursor).toBe(1);
    expect(run(at('ab', 2), {type: 'moveRight'}).cursor).toBe(2);
  });

  it('moves up and down across wrapped rows, keeping the goal column', () => {
    // Rows at width 8: "one two " | "three" | "x" | "four " | "five".
    const value = 'one two three\nx\nfour five';
    const start = at(value, 6); // "one two" column 6
    const down = run(start, {type: 'moveDown', width: 8});
    expect(down.cursor).toBe(8 + 5); // end of "three", the row is shorter
    const down2 = run(down, {type: 'moveDown', width: 8});
    expect(down2.cursor).toBe(15); // end of "x"
    const down3 = run(down2, {type: 'moveDown', width: 8});
    expect(down3.cursor).toBe(16 + 4); // "four " wraps softly: the cursor stops on its trailing space
    const up = run(down3, {type: 'moveUp', width: 8}, {type: 'moveUp', width: 8}, {type: 'moveUp', width: 8});
    expect(up.cursor).toBe(6);
  });

  it('goes to the text\'s ends from the first and last rows', () => {
    expect(run(at('abc\ndef', 5), {type: 'moveDown', width: 10}).cursor).toBe(7);
    expect(run(at('abc\ndef', 2), {type: 'moveUp', width: 10}).cursor).toBe(0);
  });

  it('goes to the start and end of the screen row with Home/End', () => {
    const s = at('one two three', 10);
    expect(run(s, {type: 'moveLineStart', width: 8}).cursor).toBe(8);
    expect(run(s, {type: 'moveLineEnd', width: 8}).cursor).toBe(13);
    expect(run(at('one two three', 2), {type: 'moveLineEnd', width: 8}).cursor).toBe(7);
  });

  it('adopts a value from outside with the cursor at its end', () => {
    expect(run(at('old', 1), {type: 'replace', value: 'new text'})).toEqual(at('new text', 8));
  });
});
