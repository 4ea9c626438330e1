/**
 * What a screen reader reads (Ink's screen-reader mode: `--screen-reader` or
 * INK_SCREEN_READER=true): the step, the focused field with its label, value and what it
 * takes, and the figures in words. The visual frame (bars, gauges, box lines) is hidden from it.
 */
import {Box, Text} from 'ink';
import {METHOD, levelMeaning} from '../../method/definition.js';
import {fieldAt, getAt} from '../../method/fields.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {useWizard} from '../state/context.js';
import {OVERRIDE_SCORE, REVIEW_EXPORT, REVIEW_LIST, STEPS} from '../state/steps.js';
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

export function Announcer({status}: {status: string}) {
  const {state, card, missing} = useWizard();
  const step = STEPS[state.step]!;
  const lines = [
    `Step ${state.step + 1} of ${STEPS.length}: ${step.title}.`,
    state.overlay === 'help' ? 'Help window open; Esc closes it.' : state.overlay === 'steps' ? 'Step list open: type a step number, or Esc.' : `Focus: ${focusedInWords(state.field, getAt(state.assessment, state.field))}`,
    `${card.display.inWords}. ${missing} field${missing === 1 ? '' : 's'} missing.`,
    `Draft ${status}. F1 for help, Ctrl+C saves and leaves.`,
  ];
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  );
}
