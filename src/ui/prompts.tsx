/**
 * The small questions before the wizard opens (`resume`): which draft, and whether to open a
 * locked draft read-only. Each is its own short Ink render, reading the terminal through the
 * wizard's keypress layer, so keys that arrive together each do what they do alone.
 */
import {Box, render, Text, useApp} from 'ink';
import {useRef, useState} from 'react';
import type {DraftSummary} from '../store/types.js';
import {terminalSafeLine as safe} from '../io/terminal-text.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {KeypressProvider, useKeypress} from './keys/keypress-context.js';
import {scrollTop} from './text/scroll.js';
import {actionFor, CHOOSE_KEYS, YES_NO_KEYS} from './keymap.js';

type Choice = {id: string; line: string};

/** Lines of the list besides its rows: the title, the hint, and one kept free at the bottom. */
const LIST_CHROME = 3;

/** How many rows of a list of `total` fit in `rows` terminal lines (the more-lines included when needed). */
export const listRows = (total: number, rows: number): number => {
  const room = Math.max(1, rows - LIST_CHROME);
  return total <= room ? total : Math.max(1, room - 2);
};

/**
 * A list to choose from, drawn in a window of the rows that fit the terminal (the chosen one
 * always in view), with how many more there are above and below.
 */
export function ChooseList({title, choices, onDone}: {title: string; choices: Choice[]; onDone: (id: string | null) => void}) {
  const {rows} = useTerminalSize();
  const {exit} = useApp();
  const shown = listRows(choices.length, rows);
  // The keypress layer hands out a burst's keys one commit apart, so each key reads `at` as the one before left it.
  const [at, setAt] = useState(0);
  const top = useRef(0);
  const last = Math.max(0, choices.length - 1);
  const moveTo = (n: number) => setAt(Math.min(last, Math.max(0, n)));
  const over = useRef(false);
  const done = (id: string | null) => {
    over.current = true;
    onDone(id);
    exit();
  };
  useKeypress((input, key) => {
    if (over.current) return;
    switch (actionFor(CHOOSE_KEYS, input, key)) {
      case 'up':
        return moveTo(at - 1);
      case 'down':
        return moveTo(at + 1);
      case 'pageUp':
        return moveTo(at - shown);
      case 'pageDown':
        return moveTo(at + shown);
      case 'first':
        return moveTo(0);
      case 'last':
        return moveTo(last);
      case 'open':
        return done(choices[at]?.id ?? null);
      case 'cancel':
        return done(null);
      default:
        return undefined;
    }
  });
  top.current = scrollTop(top.current, at, shown, choices.length);
  const first = top.current;
  const end = Math.min(choices.length, first + shown);
  const windowed = shown < choices.length;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {title}
        {windowed ? ` (${at + 1} of ${choices.length})` : ''}
      </Text>
      {windowed ? <Text dimColor>{first > 0 ? `  ↑ ${first} more above` : ' '}</Text> : null}
      {choices.slice(first, end).map((c, k) => {
        const selected = first + k === at;
        return (
          <Text key={c.id} wrap="truncate-end" inverse={selected}>
            {selected ? '› ' : '  '}
            {safe(c.line)}
          </Text>
        );
      })}
      {windowed ? <Text dimColor>{end < choices.length ? `  ↓ ${choices.length - end} more below` : ' '}</Text> : null}
      <Text dimColor wrap="truncate-end">
        ↑/↓ choose{windowed ? ' · PgUp/PgDn page · Home/End' : ''} · Enter open · Esc cancel
      </Text>
    </Box>
  );
}

/** One line of the draft list: title, score and zone, what is missing, when it was changed. */
export function draftLine(d: DraftSummary): string {
  if (d.status === 'damaged') return `${d.id}  (damaged: ${d.reason})`;
  const score = d.score === null ? '—' : `${d.score.toFixed(1)} ${d.zone ?? ''}`.trim();
  const state = d.finished ? 'finished' : `${d.missing} missing`;
  const locked = d.lockedBy ? ` · open in process ${d.lockedBy.pid}` : '';
  return `${d.title || '(untitled)'} · ${score} · ${state} · ${d.updatedAt.slice(0, 16).replace('T', ' ')}${locked} · ${d.id}`;
}

/** Ask which draft to open, most recently changed first; null when cancelled. */
export async function chooseDraft(drafts: DraftSummary[]): Promise<string | null> {
  const choices = drafts
    .filter((d): d is Extract<DraftSummary, {status: 'ok'}> => d.status === 'ok')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .map((d) => ({id: d.id, line: draftLine(d)}));
  let chosen: string | null = null;
  const app = render(
    <KeypressProvider>
      <ChooseList title="Resume which draft?" choices={choices} onDone={(id) => (chosen = id)} />
    </KeypressProvider>,
    {exitOnCtrlC: false},
  );
  await app.waitUntilExit();
  app.clear();
  return chosen;
}

function YesNo({question, onDone}: {question: string; onDone: (yes: boolean) => void}) {
  const {exit} = useApp();
  const answered = useRef(false);
  useKeypress((input, key) => {
    if (answered.current) return;
    const action = actionFor(YES_NO_KEYS, input, key);
    if (action === undefined) return;
    answered.current = true;
    onDone(action === 'yes');
    exit();
  });
  // A question may quote what a lock file says (its host, its time): text from outside, made harmless.
  return <Text>{safe(question)} (y/N)</Text>;
}

/** A yes/no question on the terminal; anything but y is no. */
export async function askYesNo(question: string): Promise<boolean> {
  let answer = false;
  const app = render(
    <KeypressProvider>
      <YesNo question={question} onDone={(yes) => (answer = yes)} />
    </KeypressProvider>,
    {exitOnCtrlC: false},
  );
  await app.waitUntilExit();
  return answer;
}
