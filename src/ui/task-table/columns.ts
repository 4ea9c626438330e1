/**
 * The task table's columns (as the seed's table: Task | Time % | Score (1-5) | Weighted |
 * Aug/Disp | Rationale), how wide each is for a terminal width, and the cursor's field paths.
 */
import {METHOD, type TaskLabel} from '../../method/definition.js';

/** The cells the cursor can stand on, in order (Weighted is computed, never edited). */
export const TASK_FIELDS = ['name', 'timePercent', 'score', 'label', 'rationale'] as const;
export type TaskField = (typeof TASK_FIELDS)[number];

export const FIELD_TITLES: Record<TaskField, string> = {
  name: 'Task',
  timePercent: METHOD.scales.taskTime.label,
  score: METHOD.scales.task.label,
  label: 'Aug/Disp',
  rationale: 'Rationale',
};

export type ColumnWidths = {
  marker: number;
  name: number;
  timePercent: number;
  score: number;
  weighted: number;
  label: number;
  rationale: number;
};

/** Column widths that fill `width` cells: fixed numeric columns, the rest shared by the texts. */
export function columnWidths(width: number): ColumnWidths {
  const narrow = width < 72;
  const fixed = {marker: 2, timePercent: 6, score: narrow ? 5 : 11, weighted: narrow ? 6 : 8, label: 13};
  const gaps = 5;
  const rest = Math.max(0, width - (fixed.marker + fixed.timePercent + fixed.score + fixed.weighted + fixed.label + gaps));
  const name = Math.max(8, Math.floor(rest / 2));
  return {...fixed, name, rationale: Math.max(0, rest - name)};
}

/** "tasks.3.score": the draft's saved position for a cell. */
export const fieldPath = (row: number, column: number) => `tasks.${row}.${TASK_FIELDS[column] ?? 'name'}`;

/** The cell a field path names, or null when it is not a task cell. */
export function parseFieldPath(path: string | undefined): {row: number; column: number} | null {
  const m = /^tasks\.(\d+)(?:\.(\w+))?$/.exec(path ?? '');
  if (!m) return null;
  const column = m[2] === undefined ? 0 : TASK_FIELDS.indexOf(m[2] as TaskField);
  return {row: Number(m[1]), column: Math.max(0, column)};
}

/**
 * The label after the next press of the cycle key: through the three labels from the one in
 * effect; landing on the suggestion gives null (follow the suggestion again).
 */
export function nextLabel(effective: TaskLabel | null, suggested: TaskLabel | null): TaskLabel | null {
  const options: Array<TaskLabel | null> = suggested === null ? [null, ...METHOD.taskLabels] : [...METHOD.taskLabels];
  return options[(options.indexOf(effective) + 1) % options.length] ?? null;
}
