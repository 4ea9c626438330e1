/**
 * What a screen reader reads (Ink's screen-reader mode: `--screen-reader` or
 * INK_SCREEN_READER=true): lines printed once each, through the one speech channel
 * (speech.tsx), and nothing redrawn below them. Said here: when the focus moves, the field with
 * its label, value and what it takes (a task-table cell by its column and task); a value set in
 * a score or a table cell; the figures that changed; the composite table on its step; a save
 * that failed. Components say their own messages and window lines (useNotice, useSpeech). The
 * visual frame (bars, gauges, box lines) is hidden from it.
 */
import {Static, Text} from 'ink';
import {reviewItems} from '../state/review-items.js';
import {useEffect, useRef, useState} from 'react';
import {METHOD, levelMeaning} from '../../method/definition.js';
import {fieldAt, getAt} from '../../method/fields.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {useWizard, type WizardView} from '../state/context.js';
import {OVERRIDE_SCORE, REVIEW_ANALYSIS, REVIEW_EXPORT, REVIEW_LIST, slotOf, STEPS, TASK_TABLE, VARIANTS} from '../state/steps.js';
import {variantsInWords} from '../steps/variant-list.js';
import {taskCellInWords} from '../task-table/cell-words.js';
import {useTerminalSize} from '../hooks/use-terminal-size.js';
import {wrapText} from '../text/text-layout.js';
import {figureChanges, figuresInWords, timeTotalInWords, type FigureSaid} from '../speech/figures.js';
import {useSpeech} from '../speech/speech.js';
import {compositeLines} from './composite-table.js';
import {scaleRange} from './score-picker.js';

/** The focused field in words: its label, its value, and what it takes. */
export function focusedInWords(path: string, value: unknown, exportPath = ''): string {
  if (path === REVIEW_LIST) return 'Problem list: up and down arrows choose a problem, Enter goes to its field.';
  if (path === REVIEW_EXPORT)
    return `Export to Markdown, path: ${terminalSafeLine(exportPath)}. Enter writes the report there; type to change the path; Ctrl+T adds a Mermaid pie.`;
  if (path === REVIEW_ANALYSIS) return 'Analysis: the sensitivity, the nearest roles and the score vector; up and down arrows scroll.';
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

/**
 * The focused slot in words: `brief` for the status read on request, `full` (label, value, what
 * it takes) when focus arrives, `value` (a score's or a table cell's value) when it is set in place.
 */
export function focusInWords(view: Pick<WizardView, 'state' | 'card' | 'problems'> & Partial<Pick<WizardView, 'variants' | 'prose'>>, exportPath = ''): {
  brief: string;
  full: string;
  value?: string | undefined;
  /** In the task table: what is said on a move to another task, or along the same one. */
  task?: string;
  cell?: string;
  row?: number;
} {
  const {state, card} = view;
  if (state.overlay === 'help')
    return {brief: 'Help window', full: 'Help window open, a list of keys: down and up arrows read it one line at a time; Esc, F1 or ? closes it.'};
  if (state.overlay === 'steps')
    return {
      brief: 'Step list',
      full: `Step list open, at step ${state.step + 1} of ${STEPS.length}: down and up arrows read the steps, Enter goes to the one read; or type a step number (0 for 10); Esc closes it.`,
    };
  if (state.field === TASK_TABLE) return {brief: 'Task table', full: 'Task table.'};
  if (slotOf(state.field) === VARIANTS && view.variants) return variantsInWords(view.variants, state.field, state.editing);
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
  if (state.field === REVIEW_EXPORT) return {brief: `Export path: ${terminalSafeLine(exportPath)}`, full: focusedInWords(REVIEW_EXPORT, null, exportPath)};
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
  const brief = spec ? `${spec.label}: ${shown}` : full.replace(/\.$/, '');
  // Text is not said as it is typed (a screen reader echoes keys itself); a number set is.
  const heard = spec?.kind === 'score' ? brief : state.field === OVERRIDE_SCORE ? `Assessor override score: ${value ?? 'none'}` : undefined;
  return {brief, full, value: heard};
}

/** A line printed once. */
type Said = {id: number; text: string};

/** The status read aloud on request (Ctrl+R): the step, the focus, the figures in brief, the save status. */
export function statusInWords(view: WizardView, saveStatus: string, exportPath: string): string {
  const {state, card, missing} = view;
  const focus = focusInWords(view, exportPath);
  return [
    `Step ${state.step + 1} of ${STEPS.length}: ${STEPS[state.step]!.title}.`,
    `Focus: ${focus.brief}.`,
    card.taskTimeOk ? '' : `${timeTotalInWords(card)}.`,
    `${card.display.inWords}. ${missing} field${missing === 1 ? '' : 's'} missing.`,
    `Draft ${saveStatus}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The screen reader's view: the lines said, each printed once (Ink's Static, so it stays in the
 * terminal's scrollback and is read as it appears), and no live region below them, so that a
 * key that says nothing writes nothing.
 */
export function Announcer(props: {status: string; failed: boolean; exportPath: string; notice?: string | undefined}) {
  const {status, failed, exportPath, notice} = props;
  const view = useWizard();
  const {say, listen} = useSpeech();
  const {columns} = useTerminalSize();
  const {state, card, missing} = view;
  const step = STEPS[state.step]!;
  const focus = focusInWords(view, exportPath);
  const [said, setSaid] = useState<Said[]>([]);
  useEffect(() => listen((text) => setSaid((list) => [...list, {id: list.length, text}])), [listen]);

  // What the focus is: a move to another field, cell, step or window, or into or out of an edit.
  const where = `${state.step}|${state.overlay ?? ''}|${state.field}|${state.editing}|${state.field === REVIEW_LIST ? state.reviewAt : ''}`;
  const last = useRef<{where: string; step: number; row: number | undefined; value: string | undefined; figures: FigureSaid[] | null}>({
    where: '',
    step: -1,
    row: undefined,
    value: undefined,
    figures: null,
  });
  useEffect(() => {
    const was = last.current;
    const figures = was.figures === null ? null : figureChanges(was.figures, card);
    was.figures = figuresInWords(card);
    if (was.step === -1) {
      // Where the draft came from (`new --from`), as the line above the status line says it.
      if (notice) say(notice);
      say(`${card.display.inWords}. ${missing} field${missing === 1 ? '' : 's'} missing. F1 for help, Ctrl+R reads the status, Ctrl+C saves and leaves.`);
    }
    // The table's own slot is a passing state: its cell is reported at once, and said then.
    const passing = state.field === TASK_TABLE && state.overlay === null;
    if (where !== was.where && !passing) {
      const stepChanged = was.step !== state.step;
      const before = was.row;
      const row = state.overlay === null ? focus.row : undefined;
      Object.assign(was, {where, step: state.step, row, value: focus.value});
      // Arriving in the table says how to move in it; another task says the task; the same task, the cell.
      const inTable = !stepChanged && row !== undefined && before !== undefined;
      const line = inTable ? (row === before ? focus.cell : focus.task) : focus.full;
      // A task time total that is wrong is said on entering each step, before the focus.
      const wrongTotal = stepChanged && !card.taskTimeOk && card.tasks.length > 0 ? `${timeTotalInWords(card)}. ` : '';
      say(`${stepChanged ? `Step ${state.step + 1} of ${STEPS.length}: ${step.title}. ${wrongTotal}` : ''}Focus: ${line ?? focus.full}`);
      if (stepChanged && (step.id === 'composite' || step.id === 'review') && state.overlay === null) say(`Composite table: ${compositeLines(card).join('; ')}.`);
      if (figures) say(figures);
      return;
    }
    // A value set in place (a score, a table cell that is not text) is said with the figures it moved.
    const value = focus.value !== undefined && focus.value !== was.value && where === was.where ? `${focus.value}.` : '';
    was.value = focus.value;
    if (value || figures) say([value, figures ?? ''].filter(Boolean).join(' '));
  });
  // A save that failed (or a draft that cannot be saved) is said when it happens; the rest on request.
  useEffect(() => {
    if (failed) say(`Draft ${status}.`);
  }, [failed, status, say]);
  return (
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
  );
}
