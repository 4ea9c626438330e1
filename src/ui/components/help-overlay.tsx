/**
 * The help window: every key of the wizard, read from the key tables the handlers dispatch from,
 * grouped by where the keys work, in one column whose descriptions wrap (never cut) and which
 * scrolls when it is taller than the screen.
 */
import {Box, Text, useIsScreenReaderEnabled} from 'ink';
import {useState} from 'react';
import {useSpeech} from '../speech/speech.js';
import {useKeypress} from '../keys/keypress-context.js';
import {actionFor, HELP_KEYS, KEY_TABLES, keysText, type KeyTable} from '../keymap.js';
import {useWizardDispatch} from '../state/context.js';
import {useTone} from '../theme.js';
import {scrolled} from '../text/scroll.js';


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

/** The help window's lines at a width: a heading per table, then each binding's keys and words. */
export function helpLines(tables: readonly KeyTable[], width: number): Line[] {
  const keyWidth = Math.min(24, Math.max(10, Math.floor(width * 0.32)));
  const actionWidth = Math.max(10, width - keyWidth - 1);
  const lines: Line[] = [];
  for (const table of tables) {
    if (lines.length > 0) lines.push({text: '', heading: false});
    lines.push({text: table.title, heading: true});
    for (const binding of table.bindings) {
      const keys = wrapWords(keysText(binding), keyWidth);
      const action = wrapWords(binding.help, actionWidth);
      for (let i = 0; i < Math.max(keys.length, action.length); i++) {
        lines.push({text: `${(keys[i] ?? '').padEnd(keyWidth)} ${action[i] ?? ''}`.trimEnd(), heading: false});
      }
    }
  }
  return lines;
}

/** The help window as a screen reader hears it: a line per table heading and per key. */
function spokenHelpLines(tables: readonly KeyTable[]): string[] {
  return tables.flatMap((t) => [`${t.title}:`, ...t.bindings.map((b) => `${keysText(b)}: ${b.help}.`)]);
}

export function HelpOverlay({width, height, tables = KEY_TABLES}: {width: number; height: number; tables?: readonly KeyTable[]}) {
  const tone = useTone();
  const dispatch = useWizardDispatch();
  const lines = helpLines(tables, width - 1);
  const room = Math.max(3, height - 2);
  const [top, setTop] = useState(0);
  const last = Math.max(0, lines.length - room);
  const at = Math.min(top, last);
  // In screen reader mode the arrows read the list a line at a time (-1: before the first line).
  const screenReader = useIsScreenReaderEnabled();
  const {say} = useSpeech();
  const [heard, setHeard] = useState(-1);
  useKeypress((input, key) => {
    const action = actionFor(HELP_KEYS, input, key);
    if (action === 'close') return dispatch({type: 'closeOverlay'});
    if (screenReader) {
      const said = spokenHelpLines(tables);
      const to = action === 'down' ? heard + 1 : action === 'up' ? heard - 1 : action === 'top' ? 0 : action === 'bottom' ? said.length - 1 : null;
      if (to === null) return;
      if (to >= said.length) return say(`End of the help, ${said.length} lines. Esc closes it.`);
      if (to < 0) return say(`Top of the help. Down arrow reads the first line.`);
      setHeard(to);
      return say(said[to]!);
    }
    if (action !== undefined) setTop(scrolled(action, at, last, room));
  });
  const shown = lines.slice(at, at + room);
  const more = lines.length > room ? ` · lines ${at + 1}-${at + shown.length} of ${lines.length}, ↑/↓ PgUp/PgDn scroll` : '';
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end" {...tone('accent')}>
        Keys (Esc or q closes{more})
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
