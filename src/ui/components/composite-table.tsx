/** The composite and sub-label figures in the seed's written forms, from the scorecard. */
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Scorecard} from '../../method/score.js';
import {useTone, zoneTone} from '../theme.js';
import {sameFigures} from '../pane/side-pane.js';

const dash = '—';

function CompositeTableView({card, width}: {card: Scorecard; width: number}) {
  const tone = useTone();
  const d = card.display;
  const rows: Array<[string, string | null]> = [
    ['Task Resistance Score', d.taskResistanceShort],
    ['Evidence Modifier', d.evidenceModifier],
    ['Barrier Modifier', d.barrierModifier],
    ['Growth Modifier', d.growthModifier],
  ];
  return (
    <Box flexDirection="column" width={width}>
      {rows.map(([k, v]) => (
        <Text key={k} wrap="truncate-end">
          <Text dimColor>{k.padEnd(22)}</Text> {v ?? dash}
        </Text>
      ))}
      <Text wrap="truncate-end">{d.raw ?? 'Raw: —'}</Text>
      <Text wrap="truncate-end">{d.score ?? 'JobZone Score: —'}</Text>
      <Text wrap="truncate-end" {...(tone(zoneTone(card.zone)))}>
        {d.zone ?? 'Zone: —'}
      </Text>
      <Text wrap="truncate-end">
        <Text dimColor>{'% of task time scoring 3+'.padEnd(26)}</Text> {d.shareScoring3Plus ?? dash}
      </Text>
      <Text wrap="truncate-end">
        <Text dimColor>{'AI Growth Correlation'.padEnd(26)}</Text> {card.growth ?? dash}
      </Text>
      <Text wrap="wrap">
        <Text dimColor>{'Sub-label'.padEnd(26)}</Text> {d.subLabel ?? dash}
      </Text>
    </Box>
  );
}

export const CompositeTable = memo(CompositeTableView, (p, n) => p.width === n.width && sameFigures(p.card, n.card));
