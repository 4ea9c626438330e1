/** The lines under the task rows: the time sum with its flag, the focused cell's detail, hints. */
import {terminalSafe} from '../../io/terminal-text.js';
import {memo} from 'react';
import {Text} from 'ink';
import {levelMeaning, METHOD, type TaskLabel} from '../../method/definition.js';
import {fitWidth, wrapText} from '../text/text-layout.js';
import {useTone} from '../theme.js';

/** "Total 95% — 5% unaccounted for": the flag is text, colour only repeats it. */
export function timeTotalText(total: number, ok: boolean, rowCount: number): string {
  if (rowCount === 0) return 'Total 0% — no tasks yet';
  if (total < 100) return `Total ${total}% — ${100 - total}% unaccounted for`;
  if (total > 100) return `Total ${total}% — ${total - 100}% too much`;
  return ok ? 'Total 100% ✓' : 'Total 100% — a task has no Time % yet';
}

export const TimeTotal = memo(function TimeTotal({total, ok, rowCount}: {total: number; ok: boolean; rowCount: number}) {
  const tone = useTone();
  return (
    <Text bold {...tone(ok ? 'ok' : 'warn')}>
      {timeTotalText(total, ok, rowCount)}
    </Text>
  );
});

/** What the focused score means, and where the label comes from. */
export const ScoreMeaning = memo(function ScoreMeaning(props: {
  score: number | null;
  label: TaskLabel | null;
  suggested: TaskLabel | null;
  labelSuggested: boolean;
  /** The label's origin comes first while the cursor is on Aug/Disp. */
  labelFirst: boolean;
}) {
  const {score, label, suggested, labelSuggested, labelFirst} = props;
  const meaning =
    score === null
      ? `Score: not set — type 1-5 (1 ${levelMeaning(METHOD.task.levels, 1)} … 5 ${levelMeaning(METHOD.task.levels, 5)})`
      : `Score ${score}: ${levelMeaning(METHOD.task.levels, score) ?? ''}`;
  const origin =
    label === null
      ? 'Aug/Disp not set'
      : labelSuggested
        ? `Aug/Disp ${label} (suggested from the score)`
        : `Aug/Disp ${label} (chosen; the score suggests ${suggested ?? 'none'})`;
  return <Text wrap="truncate-end">{terminalSafe(labelFirst ? `${origin} · ${meaning}` : `${meaning} · ${origin}`)}</Text>;
});

/** The full text of the focused row's long cell, on `lines` lines. */
export const FullText = memo(function FullText({title, text, width, lines}: {title: string; text: string; width: number; lines: number}) {
  const all = wrapText(`${title}: ${text === '' ? '—' : terminalSafe(text)}`, width);
  const shown = all.slice(0, lines).map((r) => r.text);
  // Cut short: the last line shown says so.
  if (all.length > lines && lines > 0) shown[lines - 1] = `${fitWidth(shown[lines - 1]!, width).trimEnd().slice(0, -1).trimEnd()}…`;
  while (shown.length < lines) shown.push('');
  return (
    <>
      {shown.map((line, i) => (
        <Text key={i} dimColor wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </>
  );
});
