/**
 * One task row. Memoised on primitive props and the task object (which the immutable reducer
 * replaces only when that task changes), so typing in one cell re-renders one row.
 */
import {memo, useContext} from 'react';
import {Text} from 'ink';
import {Cursor} from '../components/cursor.js';
import {ColorContext} from '../theme.js';
import stringWidth from 'string-width';
import {graphemes} from '../../io/graphemes.js';
import type {TaskLabel} from '../../method/definition.js';
import type {Task} from '../../method/types.js';
import {fitWidth} from '../text/text-layout.js';
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
  /** Its text states a figure that is now stale. */
  stale?: boolean;
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

/**
 * Which gaps stand left and right of each editable cell in a row: gap 0 is after the row's
 * marker, gap k (1-5) after the k-th drawn column, gap 6 at the row's end.
 */
const GAPS: Record<(typeof TASK_FIELDS)[number], [number, number]> = {
  name: [0, 1],
  timePercent: [1, 2],
  score: [2, 3],
  label: [4, 5],
  rationale: [5, 6],
};

function TaskRowView({task, weighted, label, labelSuggested, widths, focusColumn, active, edit, entry, stale = false}: TaskRowProps) {
  const color = useContext(ColorContext);
  const figures = {weighted, label, labelSuggested};
  const marked = focusColumn !== null && active;
  // Without colour the focused cell stands between brackets drawn in the gaps beside it, so the
  // columns stay where they are; with colour it is in inverse video.
  const gaps = [' ', ' ', ' ', ' ', ' ', ' ', ''];
  const focusedField = marked ? TASK_FIELDS[focusColumn] : undefined;
  const brackets = !color && focusedField !== undefined;
  if (brackets) {
    const [left, right] = GAPS[focusedField];
    gaps[left] = '[';
    gaps[right] = ']';
  }
  const cells = TASK_FIELDS.map((field, column) => {
    // The last column gives its last cell to a closing bracket.
    const width = brackets && field === 'rationale' && focusedField === 'rationale' ? Math.max(0, widths[field] - 1) : widths[field];
    const focused = focusColumn === column;
    if (focused && edit !== null) return <EditedCell key={field} edit={edit} width={width} />;
    const text = fitWidth(safe(cellText(task, field, figures, focused ? entry : null)), width);
    return focused && active && color ? (
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
      {marked ? '›' : stale ? '!' : ' '}
      {gaps[0]}
      {name}
      {gaps[1]}
      {time}
      {gaps[2]}
      {score}
      {gaps[3]}
      {fitWidth(weighted ?? '—', widths.weighted)}
      {gaps[4]}
      {labelCell}
      {gaps[5]}
      {rationale}
      {gaps[6]}
    </Text>
  );
}

/** A task row that re-renders only when its own props change. */
export const TaskRow = memo(TaskRowView);
