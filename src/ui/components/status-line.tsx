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

function StatusLineView({status, typing, width}: {status: SaveStatus | null; typing: boolean; width: number}) {
  const tone = useTone();
  const bad = status?.state === 'error' || status?.state === 'read-only';
  const keys = typing
    ? 'Ctrl+C save & quit · Tab next · PgDn/PgUp step · Ctrl+G steps · ? keys (outside text)'
    : '? keys · q/Ctrl+C save & quit · Tab next · PgDn/PgUp step · Ctrl+G steps';
  return (
    <Text wrap="truncate-end">
      <Text {...(bad ? tone('error') : tone('muted'))} bold={bad}>
        [{saveStatusText(status)}]
      </Text>{' '}
      <Text dimColor>{keys.slice(0, Math.max(0, width - 20))}</Text>
    </Text>
  );
}

export const StatusLine = memo(StatusLineView);
