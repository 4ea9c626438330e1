/**
 * The JobZone score on a 0–100 line with the Yellow (25) and Green (48) marks. Each zone has
 * its own fill character, so the picture reads without colour.
 */
import {Box, Text} from 'ink';
import {METHOD} from '../../method/definition.js';
import type {Zone} from '../../method/types.js';
import {useTone, zoneTone} from '../theme.js';

const FILL: Record<Zone, string> = {RED: '░', YELLOW: '▒', GREEN: '▓'};

const zoneAt = (x: number): Zone =>
  x >= METHOD.zones.greenMin ? 'GREEN' : x >= METHOD.zones.yellowMin ? 'YELLOW' : 'RED';

/** Column of a 0..100 value on a line of `width` cells. */
export const gaugeColumn = (value: number, width: number): number =>
  Math.max(0, Math.min(width - 1, Math.round((Math.max(0, Math.min(100, value)) / 100) * (width - 1))));

export function Gauge({score, width}: {score: number | null; width: number}) {
  const tone = useTone();
  const w = Math.max(20, width);
  const marks = new Set([gaugeColumn(METHOD.zones.yellowMin, w), gaugeColumn(METHOD.zones.greenMin, w)]);
  const segments: Array<{zone: Zone; text: string}> = [];
  for (let c = 0; c < w; c++) {
    const zone = zoneAt((c / (w - 1)) * 100);
    const ch = marks.has(c) ? '│' : FILL[zone];
    const last = segments.at(-1);
    if (last && last.zone === zone) last.text += ch;
    else segments.push({zone, text: ch});
  }
  const at = score === null ? null : gaugeColumn(score, w);
  const y = gaugeColumn(METHOD.zones.yellowMin, w);
  const g = gaugeColumn(METHOD.zones.greenMin, w);
  const scale = `0${' '.repeat(Math.max(0, y - 2))}25${' '.repeat(Math.max(0, g - y - 2))}48${' '.repeat(Math.max(0, w - g - 5))}100`;
  return (
    <Box flexDirection="column">
      <Text>
        {segments.map((s, i) => (
          <Text key={i} {...(tone(zoneTone(s.zone)))}>
            {s.text}
          </Text>
        ))}
      </Text>
      <Text>{at === null ? ' ' : `${' '.repeat(at)}▲`}</Text>
      <Text dimColor>{scale}</Text>
    </Box>
  );
}
