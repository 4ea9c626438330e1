import {describe, expect, it} from 'vitest';
import {columnWidths, fieldPath, nextLabel, parseFieldPath} from '../../../src/ui/task-table/columns.js';
import {timeTotalText} from '../../../src/ui/task-table/table-footer.js';
import {initialCursor, stepCell, tableCursorReducer, type TableCursor} from '../../../src/ui/task-table/table-cursor.js';

describe('tableCursorReducer', () => {
  it('clamps rows and columns and forgets a number entry when the cursor moves', () => {
    let c: TableCursor = {...initialCursor(), entry: '2'};
    c = tableCursorReducer(c, {type: 'moveRow', by: 5, rowCount: 3});
    expect(c).toEqual({row: 2, column: 0, edit: null, entry: null});
    c = tableCursorReducer(c, {type: 'moveColumn', by: 9});
    expect(c.column).toBe(4);
    c = tableCursorReducer(c, {type: 'goTo', row: -3, column: -1, rowCount: 3});
    expect(c).toMatchObject({row: 0, column: 0});
  });

  it('keeps the same object when nothing changes, so nothing re-renders', () => {
    const c = initialCursor();
    expect(tableCursorReducer(c, {type: 'moveRow', by: -1, rowCount: 3})).toBe(c);
    expect(tableCursorReducer(c, {type: 'stopEdit'})).toBe(c);
  });

  it('pulls the cursor back onto the list when it shrinks', () => {
    const c = tableCursorReducer(initialCursor(4, 2), {type: 'fit', rowCount: 2});
    expect(c).toMatchObject({row: 1, column: 2});
    expect(tableCursorReducer(initialCursor(0, 0), {type: 'fit', rowCount: 0}).row).toBe(0);
  });

  it('starts an edit with the cursor at the end of the text, and keeps the text it began with', () => {
    const c = tableCursorReducer(initialCursor(), {type: 'startEdit', text: 'abc'});
    expect(c.edit).toEqual({text: 'abc', cursor: 3, original: 'abc'});
    expect(tableCursorReducer(c, {type: 'setEdit', edit: {text: 'abcd', cursor: 4}}).edit).toEqual({text: 'abcd', cursor: 4, original: 'abc'});
    expect(tableCursorReducer(initialCursor(), {type: 'setEdit', edit: {text: 'x', cursor: 1}}).edit).toBeNull();
  });

  it('steps through cells in reading order and says when Tab leaves the table', () => {
    expect(stepCell(initialCursor(0, 4), 1, 2)).toEqual({row: 1, column: 0});
    expect(stepCell(initialCursor(1, 0), -1, 2)).toEqual({row: 0, column: 4});
    expect(stepCell(initialCursor(1, 4), 1, 2)).toBeNull();
    expect(stepCell(initialCursor(0, 0), -1, 2)).toBeNull();
  });
});

describe('columns', () => {
  it('fills the width exactly, the texts sharing what the numbers leave', () => {
    for (const width of [60, 80, 120, 160]) {
      const w = columnWidths(width);
      const total = w.marker + w.name + w.timePercent + w.score + w.weighted + w.label + w.rationale + 5;
      expect(total).toBe(width);
    }
    expect(columnWidths(80)).toMatchObject({score: 11, label: 13, name: 17, rationale: 18});
  });

  it('writes and reads field paths', () => {
    expect(fieldPath(3, 2)).toBe('tasks.3.score');
    expect(parseFieldPath('tasks.3.score')).toEqual({row: 3, column: 2});
    expect(parseFieldPath('tasks.7')).toEqual({row: 7, column: 0});
    expect(parseFieldPath('role.jobTitle')).toBeNull();
  });

  it('cycles labels from the one in effect and lands back on the suggestion', () => {
    expect(nextLabel('DISPLACEMENT', 'DISPLACEMENT')).toBe('AUGMENTATION');
    expect(nextLabel('AUGMENTATION', 'DISPLACEMENT')).toBe('NOT INVOLVED');
    expect(nextLabel('NOT INVOLVED', 'DISPLACEMENT')).toBe('DISPLACEMENT');
    expect(nextLabel(null, null)).toBe('DISPLACEMENT');
    expect(nextLabel('NOT INVOLVED', null)).toBeNull();
  });
});

describe('timeTotalText', () => {
  it('flags the sum in words until it is 100 with every time set', () => {
    expect(timeTotalText(95, false, 3)).toBe('Total 95% — 5% unaccounted for');
    expect(timeTotalText(105, false, 3)).toBe('Total 105% — 5% too much');
    expect(timeTotalText(100, false, 3)).toBe('Total 100% — a task has no Time % yet');
    expect(timeTotalText(100, true, 3)).toBe('Total 100% ✓');
    expect(timeTotalText(0, false, 0)).toBe('Total 0% — no tasks yet');
  });
});
