/** The composite and sub-label figures in the seed's written forms, from the scorecard. */
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Scorecard} from '../../method/score.js';
import {useTone, zoneTone} from '../theme.js';
import {sameFigures} from '../pane/side-pane.js';

const dash = '—';

/** The table's first rows: a figure's name and its written-out value. */
const modifierRows = (d: Scorecard['display']): Array<[string, string | null]> => [
  ['Task Resistance Score', d.taskResistanceShort],
  ['Evidence Modifier', d.evidenceModifier],
  ['Barrier Modifier', d.barrierModifier],
  ['Growth Modifier', d.growthModifier],
];

/** The composite table as lines of text, in the order it is drawn (for screen reader mode). */
export function compositeLines(card: Scorecard): string[] {
  const d = card.display;
  return [
    ...modifierRows(d).map(([k, v]) => `${k}: ${v ?? 'not computed yet'}`),
    d.raw ?? 'Raw: not computed yet',
    d.score ?? 'JobZone Score: not computed yet',
    d.zone ?? 'Zone: not decided yet',
    `% of task time scoring 3+: ${d.shareScoring3Plus ?? 'not computed yet'}`,
    `AI Growth Correlation: ${card.growth ?? 'not set'}`,
    `Sub-label: ${d.subLabel ?? 'none yet'}`,
  ];
}

function CompositeTableView({card, width}: {card: Scorecard; width: number}) {
  const tone = useTone();
  const d = card.display;
  const rows = modifierRows(d);
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
