/** Every key of the wizard, read from the key maps, in as many columns as the height needs. */
import {Box, Text} from 'ink';
import {FIELD_KEYS, ROOT_KEYS} from '../keymap.js';
import {useTone} from '../theme.js';

export type KeyRow = {keys: string; action: string};

export function HelpOverlay({width, height, extra}: {width: number; height: number; extra: readonly KeyRow[]}) {
  const tone = useTone();
  const rows: KeyRow[] = [...ROOT_KEYS, ...FIELD_KEYS, ...extra];
  const perColumn = Math.max(4, height - 1);
  const columns: KeyRow[][] = [];
  for (let i = 0; i < rows.length; i += perColumn) columns.push(rows.slice(i, i + perColumn));
  const columnWidth = Math.floor(width / columns.length);
  const keyWidth = Math.min(columnWidth >= 50 ? 20 : 14, Math.max(...rows.map((r) => r.keys.length)) + 1);
  return (
    <Box flexDirection="column" width={width}>
      <Text bold {...tone('accent')}>
        Keys (Esc or ? closes)
      </Text>
      <Box flexDirection="row">
        {columns.map((column, c) => (
          <Box key={c} flexDirection="column" width={columnWidth}>
            {column.map((r, i) => (
              <Text key={i} wrap="truncate-end">
                {r.keys.padEnd(keyWidth)} {r.action}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
