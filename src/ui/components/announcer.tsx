/**
 * What a screen reader reads (Ink's screen-reader mode: `--screen-reader` or
 * INK_SCREEN_READER=true): when the focus moves, the field with its label, value and what it
 * takes (a task-table cell by its column and task); always, the step, the focus in brief and the
 * figures in words. The visual frame (bars, gauges, box lines) is hidden from it.
 */
import {reviewItems} from '../state/review-items.js';
import {Box, Static, Text} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {METHOD, levelMeaning} from '../../method/definition.js';
import {fieldAt, getAt} from '../../method/fields.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {useWizard, type WizardView} from '../state/context.js';
import {OVERRIDE_SCORE, REVIEW_EXPORT, REVIEW_LIST, STEPS, TASK_TABLE} from '../state/steps.js';
import {taskCellInWords} from '../task-table/cell-words.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {wrapText} from '../long-text/text-layout.js';
import {scaleRange} from './score-picker.js';

/** The focused field in words: its label, its value, and what it takes. */
export function focusedInWords(path: string, value: unknown): string {
  if (path === REVIEW_LIST) return 'Problem list: up and down arrows choose a problem, Enter goes to its field.';
  if (path === REVIEW_EXPORT) return 'Export to Markdown: a file path; Enter writes the report.';
  if (path === OVERRIDE_SCORE) return `Assessor override score, a number from 0 to 100 or empty. Value: ${value ?? 'none'}.`;
  const spec = fieldAt(path);
  if (!spec) return `Field ${path}.`;
  if (spec.kind === 'score') {
    const scale = METHOD.scales[spec.scale ?? 'task'];
    const meaning = typeof value === 'number' && spec.levels ? levelMeaning(spec.levels, value) : undefined;
    const shown = typeof value === 'number' ? `${value}${meaning ? `, ${meaning.replace(/\.$/, '')}` : ''}` : 'not set';
    return `${spec.label}, score field. Value: ${shown}. Takes ${scaleRange(scale.min, scale.max)}: type a digit, or left and right arrows.`;
  }
  const text = typeof value === 'string' && value.trim() !== '' ? terminalSafeLine(value) : 'empty';
  return `${spec.label}, ${spec.kind === 'line' ? 'one-line' : 'long'} text field${spec.required ? '' : ', optional'}. Value: ${text}.`;
}

/** The focused slot in words: `brief` for the live lines, `full` (label, value, what it takes) when focus arrives. */
export function focusInWords(view: Pick<WizardView, 'state' | 'card' | 'problems'> & Partial<Pick<WizardView, 'prose'>>): {
  brief: string;
  full: string;
  /** In the task table: what is said on a move to another task, or along the same one. */
  task?: string;
  cell?: string;
  row?: number;
} {
  const {state, card} = view;
  if (state.overlay === 'help') return {brief: 'Help window', full: 'Help window open: up and down arrows scroll; Esc, F1 or ? closes it.'};
  if (state.overlay === 'steps') return {brief: 'Step list', full: 'Step list open: type a step number (0 for 10), or up and down arrows and Enter; Esc closes it.'};
  if (state.field === TASK_TABLE) return {brief: 'Task table', full: 'Task table.'};
  if (state.field === REVIEW_LIST) {
    const {problems} = view;
    const items = reviewItems({problems, prose: view.prose ?? []});
    const chosenItem = items[Math.min(state.reviewAt, items.length - 1)];
    if (chosenItem && chosenItem.kind !== 'problem') {
      const said = `item ${Math.min(state.reviewAt, items.length - 1) + 1} of ${items.length}, ${chosenItem.kind === 'stale' ? 'a stale figure in the prose' : 'a cited name to confirm'}: ${terminalSafeLine(chosenItem.line)}`;
      return {brief: `Problem list, ${said}`, full: `Problem list, ${said} ${chosenItem.kind === 'stale' ? 'u updates it, Enter goes to its field.' : 'c confirms it, Enter goes to its field.'}`};
    }
    if (problems.length === 0) return {brief: 'Problem list: no problems, the assessment is finished', full: 'Problem list: no problems, the assessment is finished. Tab goes to the export.'};
    const at = Math.min(state.reviewAt, problems.length - 1);
    const p = problems[at]!;
    const chosen = `problem ${at + 1} of ${problems.length}, ${p.severity === 'error' ? 'to fix' : 'to check'}: ${terminalSafeLine(p.message)}`;
    return {brief: `Problem list, ${chosen}`, full: `Problem list, ${chosen} Up and down arrows choose a problem, Enter goes to its field.`};
  }
  const cell = taskCellInWords(state.field, state.assessment.tasks, card.tasks, state.editing);
  if (cell) return cell;
  const value = getAt(state.assessment, state.field);
  const spec = fieldAt(state.field);
  const meaning = typeof value === 'number' && spec?.levels ? levelMeaning(spec.levels, value)?.replace(/\.$/, '') : undefined;
  const shown =
    typeof value === 'string'
      ? value.trim() === ''
        ? 'empty'
        : terminalSafeLine(value)
      : typeof value === 'number'
        ? `${value}${meaning ? `, ${meaning}` : ''}`
        : 'not set';
  const full = focusedInWords(state.field, value);
  return {brief: spec ? `${spec.label}: ${shown}` : full.replace(/\.$/, ''), full};
}

/** One thing said when the focus moves: the step when it changed, and the field. */
type Said = {id: number; text: string};

/**
 * The screen reader's view: each time the focus moves, one line is printed once (Ink's Static,
 * so it stays in the terminal's scrollback and is read as it appears) with the field's label,
 * value and what it takes; below it, redrawn on every change, the step, the focus in brief,
 * the figures in words and the save status.
 */
export function Announcer({status}: {status: string}) {
  const view = useWizard();
  const {columns} = useTerminalSize();
  const {state, card, missing} = view;
  const step = STEPS[state.step]!;
  const focus = focusInWords(view);
  // What the focus is: a move to another field, cell, step or window, or into or out of an edit.
  const where = `${state.step}|${state.overlay ?? ''}|${state.field}|${state.editing}|${state.field === REVIEW_LIST ? state.reviewAt : ''}`;
  const [said, setSaid] = useState<Said[]>([]);
  const last = useRef<{where: string; step: number; row: number | undefined}>({where: '', step: -1, row: undefined});
  useEffect(() => {
    // The table's own slot is a passing state: its cell is reported at once, and said then.
    if (where === last.current.where || (state.field === TASK_TABLE && state.overlay === null)) return;
    const stepChanged = last.current.step !== state.step;
    const before = last.current.row;
    const row = state.overlay === null ? focus.row : undefined;
    last.current = {where, step: state.step, row};
    // Arriving in the table says how to move in it; another task says the task; the same task, the cell.
    const inTable = !stepChanged && row !== undefined && before !== undefined;
    const said = inTable ? (row === before ? focus.cell : focus.task) : focus.full;
    const text = `${stepChanged ? `Step ${state.step + 1} of ${STEPS.length}: ${step.title}. ` : ''}Focus: ${said ?? focus.full}`;
    setSaid((list) => [...list, {id: list.length, text}]);
    // Only a move of the focus is announced (the text as it is then); a value typed is read from the lines below.
  }, [where]);
  const lines = [
    `Step ${state.step + 1} of ${STEPS.length}: ${step.title}.`,
    `Focus: ${focus.brief}.`,
    `${card.display.inWords}. ${missing} field${missing === 1 ? '' : 's'} missing.`,
    `Draft ${status}. F1 for help, Ctrl+C saves and leaves.`,
  ];
  return (
    <>
      <Static items={said}>
        {(item) => (
          // Written as it is, without layout: wrapped here between words, not by the terminal mid-word.
          <Text key={item.id}>
            {wrapText(item.text, Math.max(20, columns - 1))
              .map((l) => l.text.trimEnd())
              .join('\n')}
          </Text>
        )}
      </Static>
      <Box flexDirection="column">
        {lines.map((line, i) => (
          <Text key={i}>{line}</Text>
        ))}
      </Box>
    </>
  );
}
