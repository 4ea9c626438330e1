/**
 * One field of a step: its label in the seed's words, and the right input for its kind.
 * Unfocused it is one line; focused it opens up (score levels, a text area).
 */
import {Box, Text} from 'ink';
import {memo, useCallback} from 'react';
import {fieldAt} from '../../method/fields.js';
import {METHOD} from '../../method/definition.js';
import {useWizardDispatch} from '../state/context.js';
import {LineInput} from './line-input.js';
import {scaleRange, ScorePicker} from './score-picker.js';
import {LongTextInput} from '../long-text/long-text-input.js';
import {useTone} from '../theme.js';
import {terminalSafeLine} from '../../io/terminal-text.js';

export type FieldRowProps = {
  path: string;
  value: unknown;
  active: boolean;
  /** Focused (drawn open) even when the keys are elsewhere, e.g. under an overlay. */
  focused: boolean;
  width: number;
  /** Lines for a focused long text. */
  textHeight: number;
  /** Figures its prose states that are stale (the Review step lists them). */
  stale?: number;
};

/** Lines a field takes on screen. */
export function fieldHeight(path: string, focused: boolean, textHeight: number): number {
  if (!focused) return 1;
  const spec = fieldAt(path);
  if (spec?.kind === 'score') return spec.levels ? Object.keys(spec.levels).length + 2 : 2;
  if (spec?.kind === 'text') return textHeight + 1;
  return 2;
}

const filled = (value: unknown) => (typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined);

const preview = (value: unknown) =>
  value === null || value === undefined ? '' : terminalSafeLine(String(value).replace(/\s*\n\s*/g, ' ⏎ '));

/** The words for the text field beside a score ("the rationale"), where Tab goes. */
function nextOfScore(path: string): string | undefined {
  for (const word of ['rationale', 'evidence']) if (fieldAt(path.replace(/score$/, word))) return `the ${word}`;
  return undefined;
}

function FieldRowView({path, value, active, focused, width, textHeight, stale = 0}: FieldRowProps) {
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const spec = fieldAt(path);
  const onChange = useCallback((v: unknown) => dispatch({type: 'setField', path, value: v}), [dispatch, path]);
  const onLeave = useCallback(
    (d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}),
    [dispatch],
  );
  if (!spec) return <Text>{path}</Text>;
  const mark = filled(value) ? '✓' : spec.required ? '·' : ' ';
  const label = `${spec.label}${spec.required ? '' : ' (optional)'}`;
  const staleNote = stale ? `⚠ ${stale} stale figure${stale === 1 ? '' : 's'}` : '';

  if (!focused) {
    const shown =
      spec.kind === 'score' && typeof value === 'number' && spec.levels
        ? `${value} — ${spec.levels[String(value)] ?? ''}`
        : preview(value);
    return (
      <Text wrap="truncate-end">
        <Text {...(filled(value) ? tone('ok') : tone('muted'))}>{mark}</Text> <Text dimColor>{label}:</Text> {staleNote ? <Text {...tone('warn')}>{`(${staleNote}) `}</Text> : null}
        {shown}
      </Text>
    );
  }

  const inner = Math.max(10, width - 2);
  let input;
  if (spec.kind === 'score') {
    const scale = METHOD.scales[spec.scale ?? 'task'];
    input = (
      <ScorePicker
        value={typeof value === 'number' ? value : null}
        min={scale.min}
        max={scale.max}
        levels={spec.levels}
        onChange={onChange}
        isActive={active}
        onLeave={onLeave}
        expanded
        next={nextOfScore(path)}
      />
    );
  } else if (spec.kind === 'text') {
    input = (
      <LongTextInput
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
        width={inner}
        height={textHeight}
        isActive={active}
        onLeave={onLeave}
      />
    );
  } else {
    input = (
      <LineInput
        value={typeof value === 'string' ? value : ''}
        onChange={onChange}
        width={inner}
        isActive={active}
        onLeave={onLeave}
      />
    );
  }
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" bold {...(tone('accent'))}>
        › {label}
        {spec.kind === 'score' ? ` (${scaleRange(METHOD.scales[spec.scale ?? 'task'].min, METHOD.scales[spec.scale ?? 'task'].max)})` : ''}
        {staleNote ? <Text {...tone('warn')}>{` ${staleNote}: the Review step updates them`}</Text> : null}
      </Text>
      <Box paddingLeft={2}>{input}</Box>
    </Box>
  );
}

export const FieldRow = memo(FieldRowView);
