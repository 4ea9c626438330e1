/** Every key of the wizard, read from the key maps. */
import {Box, Text} from 'ink';
import {FIELD_KEYS, ROOT_KEYS} from '../keymap.js';
import {LONG_TEXT_KEYS} from '../long-text/long-text-input.js';
import {useTone} from '../theme.js';

export type KeyRow = {keys: string; action: string};

export function HelpOverlay({width, extra}: {width: number; extra: readonly KeyRow[]}) {
  const tone = useTone();
  const rows: KeyRow[] = [...ROOT_KEYS, ...FIELD_KEYS, ...LONG_TEXT_KEYS.map((k) => ({keys: k.keys, action: `text: ${k.action}`})), ...extra];
  const keyWidth = Math.min(22, Math.max(...rows.map((r) => r.keys.length)) + 1);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold {...(tone('accent'))}>
        Keys (Esc or ? closes)
      </Text>
      {rows.map((r, i) => (
        <Text key={i} wrap="truncate-end">
          {r.keys.padEnd(keyWidth)} {r.action}
        </Text>
      ))}
    </Box>
  );
}
