/**
 * One task row. Memoised on primitive props and the task object (which the immutable reducer
 * replaces only when that task changes), so typing in one cell re-renders one row.
 */
import {memo} from 'react';
import {Text} from 'ink';
import {Cursor} from '../components/cursor.js';
import stringWidth from 'string-width';
import {graphemes} from '../../io/graphemes.js';
import type {TaskLabel} from '../../method/definition.js';
import type {Task} from '../../method/types.js';
import {fitWidth} from '../long-text/text-layout.js';
import {terminalSafeLine as safe} from '../../io/terminal-text.js';
import {TASK_FIELDS, type ColumnWidths} from './columns.js';
import {cellText} from './cell-text.js';
import type {CellEdit} from './table-cursor.js';

export type TaskRowProps = {
  task: Task;
  weighted: string | null;
  label: TaskLabel | null;
  labelSuggested: boolean;
  widths: ColumnWidths;
  /** The focused cell's column on the cursor's row, else null. */
  focusColumn: number | null;
  /** Highlight the focused cell (the table owns the keyboard). */
  active: boolean;
  edit: CellEdit | null;
  entry: string | null;
};


/** The edited text around its cursor, cut to fit the cell, the cursor always in view. */
function EditedCell({edit, width}: {edit: CellEdit; width: number}) {
  // A rationale may hold line breaks; in a one-line cell each shows as ↵ (same length, offsets kept).
  const text = edit.text.replace(/\n/g, '↵');
  const before = [...graphemes(text.slice(0, edit.cursor))].map((s) => s.segment);
  const rest = [...graphemes(text.slice(edit.cursor))].map((s) => s.segment);
  const at = rest[0] ?? ' ';
  let used = before.reduce((w, g) => w + stringWidth(g), 0) + stringWidth(at);
  let start = 0;
  while (used > width && start < before.length) used -= stringWidth(before[start++] as string);
  const shownBefore = before.slice(start).join('');
  const after = fitWidth(rest.slice(1).join(''), Math.max(0, width - used));
  return (
    <>
      {safe(shownBefore)}
      <Cursor under={safe(at)} />
      {safe(after)}
    </>
  );
}

function TaskRowView({task, weighted, label, labelSuggested, widths, focusColumn, active, edit, entry}: TaskRowProps) {
  const figures = {weighted, label, labelSuggested};
  const cells = TASK_FIELDS.map((field, column) => {
    const width = widths[field];
    const focused = focusColumn === column;
    if (focused && edit !== null) return <EditedCell key={field} edit={edit} width={width} />;
    const text = fitWidth(safe(cellText(task, field, figures, focused ? entry : null)), width);
    return focused && active ? (
      <Text key={field} inverse>
        {text}
      </Text>
    ) : (
      text
    );
  });
  const [name, time, score, labelCell, rationale] = cells;
  return (
    <Text wrap="truncate-end">
      {/* One focus marker on screen: the row's only while the table has the keys. */}
      {focusColumn === null || !active ? '  ' : '› '}
      {name} {time} {score} {fitWidth(weighted ?? '—', widths.weighted)} {labelCell} {rationale}
    </Text>
  );
}

/** A task row that re-renders only when its own props change. */
export const TaskRow = memo(TaskRowView);
