/** The split of task time as one bar: displacement, augmentation, not involved, unaccounted. */
import {Box, Text} from 'ink';
import type {Scorecard} from '../../method/score.js';
import {useTone} from '../theme.js';

/** Cell counts for the shares of a bar `width` cells wide (the largest remainders get the rest). */
export function barCells(shares: number[], width: number): number[] {
  const exact = shares.map((s) => (Math.max(0, s) / 100) * width);
  const cells = exact.map(Math.floor);
  let left = Math.min(width, Math.round(exact.reduce((a, b) => a + b, 0))) - cells.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left <= 0) break;
    cells[i]! += 1;
    left--;
  }
  return cells;
}

export function TimeBar({card, width}: {card: Scorecard; width: number}) {
  const tone = useTone();
  const w = Math.max(10, width);
  if (!card.split) {
    const [done = 0] = barCells([Math.min(100, card.taskTimeTotal)], w);
    return (
      <Box flexDirection="column">
        <Text>
          <Text {...(tone('accent'))}>{'█'.repeat(done)}</Text>
          <Text dimColor>{'·'.repeat(w - done)}</Text>
        </Text>
        <Text dimColor wrap="truncate-end">time given {card.display.taskTimeTotal}; split once all are scored</Text>
      </Box>
    );
  }
  const {displacement, augmentation, notInvolved} = card.split;
  const [d = 0, a = 0, n = 0] = barCells([displacement, augmentation, notInvolved], w);
  const rest = Math.max(0, w - d - a - n);
  return (
    <Box flexDirection="column">
      <Text>
        <Text {...(tone('error'))}>{'█'.repeat(d)}</Text>
        <Text {...(tone('warn'))}>{'▓'.repeat(a)}</Text>
        <Text {...(tone('ok'))}>{'░'.repeat(n)}</Text>
        <Text dimColor>{'·'.repeat(rest)}</Text>
      </Text>
      <Text wrap="truncate-end">
        █ Disp {displacement}% ▓ Aug {augmentation}% ░ Not {notInvolved}%
      </Text>
    </Box>
  );
}
