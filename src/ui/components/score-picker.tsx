/**
 * Score entry on a small scale (its keys are SCORE_KEYS): each value with its level's meaning. ←/→ step through the
 * scale; a digit (after `-` for a negative) sets that value itself, never a list position;
 * Backspace clears. Enter, Tab and ↑/↓ leave.
 */
import {Box, Text} from 'ink';
import {useKeypress} from '../keys/keypress-context.js';
import {useState} from 'react';
import {levelMeaning} from '../../method/definition.js';
import {actionFor, isRootKey, SCORE_KEYS} from '../keymap.js';
import {useNotice} from '../speech/speech.js';
import {useTone} from '../theme.js';

export type ScorePickerProps = {
  value: number | null;
  min: number;
  max: number;
  levels?: Readonly<Record<string | number, string>> | undefined;
  onChange: (value: number | null) => void;
  isActive: boolean;
  onLeave?: (direction: 'next' | 'previous') => void;
  /** Show the level list (else only the chosen value and its meaning). */
  expanded: boolean;
  /** What Tab goes to, for the word shown when a key is not a score ("the rationale"). */
  next?: string | undefined;
};

/** What a score field says when a key typed into it is not a score. */
export const scoreTakes = (min: number, max: number, next = 'the next field') =>
  `scores are ${scaleRange(min, max)}; Tab goes to ${next}`;

/** A scale's range as the method writes it: 0–3, or -2 to 2. */
export const scaleRange = (min: number, max: number) => (min < 0 ? `${min} to ${max}` : `${min}–${max}`);

const signed = (n: number, min: number) => (min < 0 && n > 0 ? `+${n}` : String(n));

/** The value a key sets, or undefined when the key does not set one. */
export function scoreFromKey(
  input: string,
  value: number | null,
  min: number,
  max: number,
  negative: boolean,
): number | null | undefined {
  if (/^\d$/.test(input)) {
    const n = negative ? -Number(input) : Number(input);
    return n >= min && n <= max ? n : undefined;
  }
  return undefined;
}

export function ScorePicker({value, min, max, levels, onChange, isActive, onLeave, expanded, next}: ScorePickerProps) {
  // Set by "-": the next digit is negative.
  const [negative, setNegative] = useState(false);
  // Set when a key was not a score, so that nothing typed vanishes without a word.
  const [refusal, setRefusal] = useNotice();
  const refused = refusal !== null;
  const setRefused = (on: boolean) => setRefusal(on ? scoreTakes(min, max, next) : null);
  const tone = useTone();

  useKeypress(
    (input, key) => {
      if (isRootKey(input, key, false)) return;
      const action = actionFor(SCORE_KEYS, input, key);
      if (action === 'paste') {
        const pasted = input.trim();
        const n = /^[-+]?\d+$/.test(pasted) ? Number(pasted) : Number.NaN;
        if (n >= min && n <= max) {
          setRefused(false);
          return onChange(n);
        }
        return setRefused(true);
      }
      setRefused(false);
      switch (action) {
        case 'next':
          return onLeave?.('next');
        case 'previous':
          return onLeave?.('previous');
        case 'lower':
          setNegative(false);
          return onChange(value === null ? min : Math.max(min, value - 1));
        case 'higher':
          setNegative(false);
          return onChange(value === null ? min : Math.min(max, value + 1));
        case 'clear':
          setNegative(false);
          return onChange(null);
        case 'negative':
          if (min < 0) return setNegative(true);
          break;
        case 'positive':
          return setNegative(false);
        case 'set': {
          const chosen = scoreFromKey(input, value, min, max, negative);
          setNegative(false);
          if (chosen !== undefined) return onChange(chosen);
          break;
        }
        default:
          break;
      }
      // Nothing typed vanishes without a word: say what the field takes.
      setNegative(false);
      if (action !== undefined) setRefused(true);
    },
    {isActive},
  );

  const values: number[] = [];
  for (let v = min; v <= max; v++) values.push(v);
  const meaning = value === null || !levels ? undefined : levelMeaning(levels, value);

  if (!expanded || !levels) {
    return (
      <Text wrap="truncate-end">
        {value === null ? <Text {...(tone('warn'))}>not set</Text> : <Text bold>{signed(value, min)}</Text>}
        {meaning ? ` — ${meaning}` : ''}
        {isActive ? <Text dimColor>{negative ? '  (-…)' : `  ${min}..${max}`}</Text> : null}
        {isActive && refused ? <Text {...tone('warn')}>{`  ${refusal}`}</Text> : null}
      </Text>
    );
  }
  return (
    <Box flexDirection="column">
      {values.map((v) => {
        const chosen = v === value;
        return (
          <Text key={v} wrap="truncate-end" {...(chosen ? {...tone('accent'), bold: true} : {})}>
            {chosen ? '› ' : '  '}
            {signed(v, min).padStart(min < 0 ? 2 : 1)} {levelMeaning(levels, v) ?? ''}
          </Text>
        );
      })}
      {refused ? (
        <Text wrap="truncate-end" {...tone('warn')}>
          {refusal}
        </Text>
      ) : (
        <Text dimColor wrap="truncate-end">
          {negative ? 'minus: now a digit' : `←/→ or ${min < 0 ? '-' : ''}digit sets · Backspace clears · Enter next`}
        </Text>
      )}
    </Box>
  );
}
