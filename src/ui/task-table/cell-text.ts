/** What each cell of a task row shows, as plain text. */
import type {TaskLabel} from '../../method/definition.js';
import type {Task} from '../../method/types.js';
import type {TaskField} from './columns.js';

const NONE = '—';
/** Marks a label that follows the suggestion from the score (explained in the table's footer). */
export const SUGGESTED_MARK = '*';

export type RowFigures = {weighted: string | null; label: TaskLabel | null; labelSuggested: boolean};

/** A text as one line: a table cell never breaks. */
export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** The text of an editable cell; `entry` is a number being typed into it. */
export function cellText(task: Task, field: TaskField, figures: RowFigures, entry: string | null): string {
  switch (field) {
    case 'name':
      return oneLine(task.name);
    case 'timePercent':
      return entry !== null ? `${entry}%` : task.timePercent === null ? NONE : `${task.timePercent}%`;
    case 'score':
      return task.score === null ? NONE : String(task.score);
    case 'label':
      return figures.label === null ? NONE : `${figures.label}${figures.labelSuggested ? SUGGESTED_MARK : ''}`;
    case 'rationale':
      return oneLine(task.rationale);
  }
}
