/**
 * The small questions before the wizard opens (`resume`): which draft, and whether to open a
 * locked draft read-only. Each is its own short Ink render.
 */
import {Box, render, Text, useApp, useInput} from 'ink';
import {useState} from 'react';
import type {DraftSummary} from '../store/types.js';
import {terminalSafeLine as safe} from '../io/terminal-text.js';

type Choice = {id: string; line: string};

function ChooseList({title, choices, onDone}: {title: string; choices: Choice[]; onDone: (id: string | null) => void}) {
  const [at, setAt] = useState(0);
  const {exit} = useApp();
  const done = (id: string | null) => {
    onDone(id);
    exit();
  };
  useInput((input, key) => {
    if (key.upArrow) setAt((a) => Math.max(0, a - 1));
    else if (key.downArrow) setAt((a) => Math.min(choices.length - 1, a + 1));
    else if (key.return) done(choices[at]?.id ?? null);
    else if (key.escape || input === 'q' || (key.ctrl && input === 'c')) done(null);
  });
  return (
    <Box flexDirection="column">
      <Text bold>{title}</Text>
      {choices.map((c, i) => (
        <Text key={c.id} wrap="truncate-end" inverse={i === at}>
          {i === at ? '› ' : '  '}
          {safe(c.line)}
        </Text>
      ))}
      <Text dimColor>↑/↓ choose · Enter open · Esc cancel</Text>
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
  const app = render(<ChooseList title="Resume which draft?" choices={choices} onDone={(id) => (chosen = id)} />, {
    exitOnCtrlC: false,
  });
  await app.waitUntilExit();
  app.clear();
  return chosen;
}

function YesNo({question, onDone}: {question: string; onDone: (yes: boolean) => void}) {
  const {exit} = useApp();
  useInput((input, key) => {
    const yes = input === 'y' || input === 'Y';
    if (yes || input === 'n' || input === 'N' || key.escape || key.return || (key.ctrl && input === 'c')) {
      onDone(yes);
      exit();
    }
  });
  return <Text>{question} (y/N)</Text>;
}

/** A yes/no question on the terminal; anything but y is no. */
export async function askYesNo(question: string): Promise<boolean> {
  let answer = false;
  const app = render(<YesNo question={question} onDone={(yes) => (answer = yes)} />, {exitOnCtrlC: false});
  await app.waitUntilExit();
  return answer;
}
