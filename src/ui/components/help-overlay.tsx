/**
 * The help window: every key of the wizard, read from the key maps, grouped by where the keys
 * work, in one column whose descriptions wrap (never cut) and which scrolls when it is taller
 * than the screen.
 */
import {Box, Text} from 'ink';
import {useState} from 'react';
import {useKeypress} from '../keys/keypress-context.js';
import {FIELD_KEYS, REVIEW_KEYS, ROOT_KEYS} from '../keymap.js';
import {useTone} from '../theme.js';

export type KeyRow = {keys: string; action: string};
export type KeyGroup = {title: string; rows: readonly KeyRow[]};

/** Words of `text` in lines of at most `width` cells (a longer word is broken). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > width) {
      if (line) lines.push(line), (line = '');
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (!line) line = w;
    else if (line.length + 1 + w.length <= width) line += ` ${w}`;
    else lines.push(line), (line = w);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

type Line = {text: string; heading: boolean};

/** The help window's lines at a width: a heading per group, then each key with its description. */
export function helpLines(groups: readonly KeyGroup[], width: number): Line[] {
  const keyWidth = Math.min(24, Math.max(10, Math.floor(width * 0.32)));
  const actionWidth = Math.max(10, width - keyWidth - 1);
  const lines: Line[] = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push({text: '', heading: false});
    lines.push({text: group.title, heading: true});
    for (const row of group.rows) {
      const keys = wrapWords(row.keys, keyWidth);
      const action = wrapWords(row.action, actionWidth);
      for (let i = 0; i < Math.max(keys.length, action.length); i++) {
        lines.push({text: `${(keys[i] ?? '').padEnd(keyWidth)} ${action[i] ?? ''}`.trimEnd(), heading: false});
      }
    }
  }
  return lines;
}

export function HelpOverlay({width, height, extra}: {width: number; height: number; extra: readonly KeyGroup[]}) {
  const tone = useTone();
  const groups: KeyGroup[] = [
    {title: 'Everywhere', rows: ROOT_KEYS},
    {title: 'In a field', rows: FIELD_KEYS},
    {title: 'On the Review step', rows: REVIEW_KEYS},
    ...extra,
  ];
  const lines = helpLines(groups, width - 1);
  const room = Math.max(3, height - 2);
  const [top, setTop] = useState(0);
  const last = Math.max(0, lines.length - room);
  const at = Math.min(top, last);
  useKeypress((_input, key) => {
    if (key.downArrow) setTop(Math.min(last, at + 1));
    else if (key.upArrow) setTop(Math.max(0, at - 1));
    else if (key.pageDown || key.tab) setTop(Math.min(last, at + room));
    else if (key.pageUp) setTop(Math.max(0, at - room));
    else if (key.home) setTop(0);
    else if (key.end) setTop(last);
  });
  const shown = lines.slice(at, at + room);
  const more = lines.length > room ? ` · lines ${at + 1}-${at + shown.length} of ${lines.length}, ↑/↓ PgUp/PgDn scroll` : '';
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end" {...tone('accent')}>
        Keys (Esc, F1 or ? closes{more})
      </Text>
      {shown.map((line, i) => (
        <Text key={at + i} bold={line.heading} wrap="truncate-end" {...(line.heading ? tone('accent') : {})}>
          {line.text === '' ? ' ' : line.text}
        </Text>
      ))}
      {at + shown.length < lines.length ? <Text dimColor>↓ {lines.length - at - shown.length} more lines</Text> : null}
    </Box>
  );
}
