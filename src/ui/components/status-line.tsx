/** Save status and the keys that matter now, on one line at the bottom. */
import {Text} from 'ink';
import {memo} from 'react';
import type {SaveStatus} from '../../store/types.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {useTone} from '../theme.js';

/** The save status in words. */
export function saveStatusText(status: SaveStatus | null): string {
  if (!status) return 'not saved yet';
  switch (status.state) {
    case 'saved':
      return 'saved';
    case 'pending':
      return 'saving…';
    case 'read-only':
      return `read-only${status.heldBy ? ` (open in ${status.heldBy})` : ''}: changes are not saved`;
    case 'error':
      return `save failed, retrying in ${Math.ceil(status.retryingInMs / 1000)}s: ${terminalSafeLine(status.message)}`;
  }
}

/** The keys that matter now, help first, as many whole ones as fit in `room` cells. */
export function statusKeys(typing: boolean, room: number): string {
  const parts = [typing ? 'F1 help' : 'F1/? help', 'Ctrl+C save & quit', 'Tab next field', 'PgDn/PgUp step', 'Ctrl+G steps'];
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line} · ${part}`;
    if (next.length > room && line !== '') break;
    line = next;
  }
  return line;
}

function StatusLineView({status, typing, width}: {status: SaveStatus | null; typing: boolean; width: number}) {
  const tone = useTone();
  const bad = status?.state === 'error' || status?.state === 'read-only';
  const saved = `[${saveStatusText(status)}]`;
  const keys = statusKeys(typing, Math.max(7, width - saved.length - 1));
  return (
    <Text wrap="truncate-end">
      <Text {...(bad ? tone('error') : tone('muted'))} bold={bad}>
        [{saveStatusText(status)}]
      </Text>{' '}
      <Text dimColor>{keys}</Text>
    </Text>
  );
}

export const StatusLine = memo(StatusLineView);
