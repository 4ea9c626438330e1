/**
 * The task table editor. Renders only the rows that fit in `height`, in a window that follows
 * the cursor; rows are memoised, so a keystroke costs the same with 10 tasks or 500. It computes
 * no figure: Weighted and the label in effect come from `figures` (score(a).tasks).
 */
import {memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import type {TaskFigures} from '../../method/score.js';
import type {Task} from '../../method/types.js';
import type {EditorResult} from '../text/external-editor.js';
import {scrollTop} from '../text/scroll.js';
import {useExternalEditor} from '../text/use-external-editor.js';
import {fitWidth} from '../text/text-layout.js';
import type {TaskAction} from './actions.js';
import {columnWidths, fieldPath, FIELD_TITLES, parseFieldPath, TASK_FIELDS, type ColumnWidths} from './columns.js';
import {SUGGESTED_MARK} from './cell-text.js';
import {FullText, ScoreMeaning, TimeTotal} from './table-footer.js';
import {initialCursor, tableCursorReducer, type TableCursor, type TableCursorAction} from './table-cursor.js';
import {TaskRow} from './task-row.js';
import {useNotice} from '../speech/speech.js';
import {useTaskTableInput} from './use-task-table-input.js';


export type TaskTableProps = {
  tasks: Task[];
  /** score(a).tasks: one entry per task, same order. */
  figures: TaskFigures[];
  timeTotal: number;
  timeOk: boolean;
  width: number;
  /** Terminal rows the table may use, its header and footer included. */
  height: number;
  isActive: boolean;
  dispatch: (action: TaskAction) => void;
  onLeave?: ((direction: 'next' | 'previous') => void) | undefined;
  /** True while a text cell is being typed in: `?` and `q` are text then. */
  onEditingChange?: ((editing: boolean) => void) | undefined;
  /** The focused cell as a field path ("tasks.3.score"), when it changes. */
  onCursorChange?: ((field: string) => void) | undefined;
  /** The cell to start on ("tasks.3.score"), e.g. a resumed draft's saved position. */
  initialField?: string | undefined;
  /** Runs the external editor for Ctrl+X Ctrl+E; tests may replace it. */
  editText?: ((text: string) => EditorResult) | undefined;
  /** Leave out the focused cell's full text (the table is drawn beside a focused field): rows first. */
  compact?: boolean | undefined;
  /** Rows whose name or rationale states a figure that is now stale: marked "!" (the Review step lists them). */
  staleRows?: ReadonlySet<number> | undefined;
};

/** Lines the table draws besides its rows when `height` allows the full-text detail. */
export const TASK_TABLE_CHROME = 7;
/** Lines besides the rows without the full-text detail: column header, position, total, score meaning, hint. */
export const TASK_TABLE_COMPACT_CHROME = TASK_TABLE_CHROME - 2;

/** The height that shows `taskCount` rows with every detail line (at least one row), or compact without the full text. */
export const taskTableHeight = (taskCount: number, compact = false): number =>
  Math.max(1, taskCount) + (compact ? TASK_TABLE_COMPACT_CHROME : TASK_TABLE_CHROME);

/** Lines besides the rows: the full-text detail (+2) only when asked for and at least 5 rows fit beside it. */
const overheadFor = (height: number, compact: boolean) =>
  !compact && height >= 5 + TASK_TABLE_CHROME ? TASK_TABLE_CHROME : TASK_TABLE_COMPACT_CHROME;

const Header = memo(function Header({widths}: {widths: ColumnWidths}) {
  const titles = [
    fitWidth(FIELD_TITLES.name, widths.name),
    fitWidth(FIELD_TITLES.timePercent, widths.timePercent),
    fitWidth(widths.score >= 11 ? FIELD_TITLES.score : 'Score', widths.score),
    fitWidth(widths.weighted >= 8 ? 'Weighted' : 'Wtd', widths.weighted),
    fitWidth(FIELD_TITLES.label, widths.label),
    fitWidth(FIELD_TITLES.rationale, widths.rationale),
  ];
  return (
    <Text bold wrap="truncate-end">
      {'  '}
      {titles.join(' ')}
    </Text>
  );
});

/** The task table editor (see TaskTableProps). */
export function TaskTable(props: TaskTableProps) {
  const {tasks, figures, timeTotal, timeOk, width, height, isActive, onEditingChange, initialField, editText, compact = false} = props;
  const rowCount = tasks.length;

  const [cursor, setCursor] = useState<TableCursor>(() => {
    const start = parseFieldPath(initialField);
    return start === null ? initialCursor() : initialCursor(Math.min(start.row, Math.max(0, rowCount - 1)), start.column);
  });
  // One key may move the cursor twice (a new task, then its edit): each move builds on the one before.
  const moveCursor = useCallback((action: TableCursorAction) => setCursor((current) => tableCursorReducer(current, action)), []);

  const openEditor = useExternalEditor(editText);
  // A refusal or a confirmation under the table (and said in screen reader mode).
  const [message, say] = useNotice();

  useTaskTableInput({tasks, figures, cursor, moveCursor, dispatch: props.dispatch, onLeave: props.onLeave, say, openEditor}, isActive);

  // Whether a text cell is being typed in, said when it changes: at the start (so that a flag
  // left from before is cleared), and at the end when the table goes while typing. A layout
  // effect, in the same commit whose layout effect lets the keypress layer hand out the next key:
  // the root knows `?` is text before that key arrives.
  const editing = cursor.edit !== null;
  useLayoutEffect(() => {
    onEditingChange?.(editing);
    return () => {
      if (editing) onEditingChange?.(false);
    };
  }, [editing]);

  // Keep the cursor on a row when the list shrinks; stop typing when the table loses the keys.
  useEffect(() => moveCursor({type: 'fit', rowCount}), [rowCount, moveCursor]);
  useEffect(() => {
    if (!isActive) moveCursor({type: 'stopEdit'});
  }, [isActive, moveCursor]);
  // Reported when the cell changes, and when the table gets the keys again (the focus comes back
  // to the cell it left), not on every render (the callback need not be stable).
  const {onCursorChange} = props;
  useEffect(() => {
    onCursorChange?.(fieldPath(cursor.row, cursor.column));
  }, [cursor.row, cursor.column, isActive]);

  const widths = useMemo(() => columnWidths(width), [width]);
  const overhead = overheadFor(height, compact);
  const visible = Math.max(1, height - overhead);
  const row = Math.min(cursor.row, Math.max(0, rowCount - 1));
  const top = useRef(0);
  top.current = scrollTop(top.current, row, visible, rowCount);
  const first = top.current;
  const last = Math.min(rowCount, first + visible);

  const rows = [];
  for (let i = first; i < last; i++) {
    const task = tasks[i] as Task;
    const f = figures[i];
    const focused = i === row;
    rows.push(
      <TaskRow
        key={i}
        task={task}
        weighted={f?.weightedDisplay ?? null}
        label={f?.label ?? null}
        labelSuggested={f !== undefined && f.label !== null && (f.labelIsSuggested || f.label === f.suggestedLabel)}
        widths={widths}
        focusColumn={focused ? cursor.column : null}
        active={isActive}
        edit={focused ? cursor.edit : null}
        entry={focused ? cursor.entry : null}
        stale={props.staleRows?.has(i) ?? false}
      />,
    );
  }

  const field = TASK_FIELDS[cursor.column] ?? 'name';
  const focusedTask = tasks[row];
  const focusedFigures = figures[row];
  const position =
    rowCount === 0
      ? 'No tasks yet — press a to add one.'
      : `Task ${row + 1} of ${rowCount} · ${FIELD_TITLES[field]}${first > 0 ? ` · ↑ ${first} more` : ''}${last < rowCount ? ` · ↓ ${rowCount - last} more` : ''}`;
  const hint =
    message ??
    (cursor.edit !== null
      ? `Editing ${FIELD_TITLES[field]} — Enter keeps, Esc cancels, Tab next cell, Ctrl+X Ctrl+E opens $EDITOR`
      : `a add · i insert · d delete · [ ] move · Enter edit · Space label · ${SUGGESTED_MARK} suggested from the score`);

  return (
    <Box flexDirection="column" width={width}>
      <Header widths={widths} />
      {rows}
      <Text dimColor wrap="truncate-end">
        {position}
      </Text>
      <TimeTotal total={timeTotal} ok={timeOk} rowCount={rowCount} />
      {focusedTask !== undefined && (
        <ScoreMeaning
          score={focusedTask.score}
          label={focusedFigures?.label ?? null}
          suggested={focusedFigures?.suggestedLabel ?? null}
          labelFirst={field === 'label'}
          labelSuggested={focusedFigures !== undefined && focusedFigures.label !== null && (focusedFigures.labelIsSuggested || focusedFigures.label === focusedFigures.suggestedLabel)}
        />
      )}
      {overhead === 7 && focusedTask !== undefined && (
        <FullText
          title={field === 'name' ? 'Task' : 'Rationale'}
          text={field === 'name' ? (cursor.edit?.text ?? focusedTask.name) : field === 'rationale' ? (cursor.edit?.text ?? focusedTask.rationale) : focusedTask.rationale}
          width={width}
          lines={2}
        />
      )}
      <Text wrap="truncate-end">{hint}</Text>
    </Box>
  );
}
