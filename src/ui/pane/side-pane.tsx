/**
 * Every figure of METHODOLOGY §2–§3 beside the step, from the scorecard's display strings.
 * The pane computes nothing: it renders the scorecard.
 */
import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Scorecard} from '../../method/score.js';
import type {VariantReading} from '../../method/variant-claims.js';
import {type Tint, useTone, zoneTone} from '../theme.js';
import {PaneCalibration} from './calibration.js';
import {Gauge} from './gauge.js';
import {TimeBar} from './time-bar.js';
import {vectorLines} from './vector-lines.js';
import {CompactVariants, PaneVariants, ROWS_PER_VARIANT} from './variants.js';

const dash = '—';

export type PaneProps = {card: Scorecard; missing: number; width: number; height: number; variants?: VariantReading | undefined; /** Figures stated in the prose that are stale. */ stale?: number};

function Figure({label, value, tint = {}}: {label: string; value: string | null; tint?: Tint}) {
  return (
    <Text wrap="truncate-end">
      <Text dimColor>{label} </Text>
      <Text {...tint}>{value ?? dash}</Text>
    </Text>
  );
}

/** Rows of the pane's figures (border included), the blank line of a roomy pane aside. */
const FIGURE_ROWS = 24;
/** At most this many rows of the vector in the pane; the review step shows it all. */
const VECTOR_ROWS = 3;


function SidePaneView({card, missing, width, height, variants, stale = 0}: PaneProps) {
  const tone = useTone();
  const d = card.display;
  const inner = width - 2;
  const timeFlag = card.taskTimeOk ? '✓' : '⚠ must sum to 100%';
  const roomy = height >= 27;
  // What is left below the figures: the vector, then the nearest roles, only where they fit.
  let spare = height - FIGURE_ROWS - (roomy ? 1 : 0);
  // The seniority variants first: beside the role's figures is where they are compared.
  const variantRows = variants?.figures.length ? Math.min(spare, 1 + variants.figures.length * ROWS_PER_VARIANT) : 0;
  spare -= variantRows;
  const vector = spare >= 2 ? vectorLines(card.vector, inner, Math.min(VECTOR_ROWS, spare - 1)) : [];
  spare -= vector.length ? vector.length + 1 : 0;
  return (
    <Box flexDirection="column" width={width} borderStyle="round" paddingX={0}>
      <Text bold wrap="truncate-end">
        JobZone {d.scoreShort ?? dash}{' '}
        <Text {...(tone(zoneTone(card.zone)))} bold>
          {card.zone ?? 'no zone yet'}
        </Text>
        {card.overridden ? ' (override)' : ''}
      </Text>
      <Text wrap="truncate-end">{card.subLabel ?? (card.zone === 'RED' ? 'No sub-label (Red)' : 'Sub-label: —')}</Text>
      <Gauge score={card.score} width={inner} />
      <Text wrap="truncate-end">{d.nextBoundary ?? 'Boundary: —'}</Text>
      {roomy ? <Text> </Text> : null}
      <Figure label="Protective Total" value={d.protectiveTotal} />
      <Text dimColor>Quick screen</Text>
      <Text wrap="truncate-end"> {card.quickScreen ?? dash}</Text>
      <Figure label="Task time" value={`${d.taskTimeTotal} ${timeFlag}`} tint={card.taskTimeOk ? {} : tone('warn')} />
      <TimeBar card={card} width={inner} />
      <Figure label="Weighted total" value={d.weightedTotal} />
      <Figure label="Task Resistance" value={d.taskResistanceSoFar} />
      <Figure label="Evidence total" value={d.evidenceTotal} />
      <Figure label="Barrier total" value={d.barrierTotal} />
      <Figure label="Evidence Mod" value={d.evidenceModifier} />
      <Figure label="Barrier Mod" value={d.barrierModifier} />
      <Figure label="Growth Mod" value={d.growthModifier} />
      <Figure label="Raw" value={d.raw === null ? null : d.raw.replace(/^.* = /, '')} />
      <Figure label="Formula" value={card.formulaScoreShown === null ? null : `${card.formulaScoreShown}/100`} />
      <Text wrap="truncate-end" {...(missing ? tone('warn') : tone('ok'))}>
        {missing ? `${missing} field${missing === 1 ? '' : 's'} still missing` : '✓ nothing missing'}
        {stale ? <Text {...tone('warn')}>{` · ⚠ ${stale} stale in prose`}</Text> : ''}
      </Text>
      {variants && variantRows ? <PaneVariants reading={variants} role={card} rows={variantRows} /> : null}
      {vector.length ? <Text dimColor>Vector</Text> : null}
      {vector.map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
      {spare >= 2 ? <PaneCalibration width={inner} maxLines={spare} /> : null}
    </Box>
  );
}

/** True when two scorecards show the same (a keystroke in a text field changes no figure). */
export function sameFigures(a: Scorecard, b: Scorecard): boolean {
  if (a === b) return true;
  if (a.zone !== b.zone || a.subLabel !== b.subLabel || a.taskTimeOk !== b.taskTimeOk || a.score !== b.score) return false;
  if (a.overridden !== b.overridden || a.quickScreen !== b.quickScreen || a.formulaScoreShown !== b.formulaScoreShown) return false;
  const [da, db] = [a.display as Record<string, string | null>, b.display as Record<string, string | null>];
  for (const key in da) if (da[key] !== db[key]) return false;
  return true;
}

/** The side pane, redrawn only when a figure or the size changes. */
export const SidePane = memo(
  SidePaneView,
  (p, n) =>
    p.missing === n.missing &&
    p.stale === n.stale &&
    p.width === n.width &&
    p.height === n.height &&
    p.card.vector === n.card.vector &&
    sameFigures(p.card, n.card) &&
    sameVariants(p.variants, n.variants),
);

function CompactPaneView({card, missing, variants, stale = 0}: {card: Scorecard; missing: number; variants?: VariantReading | undefined; stale?: number}) {
  const tone = useTone();
  const d = card.display;
  return (
    <>
    <Text wrap="truncate-end">
      <Text bold>
        {d.scoreShort ?? dash}{' '}
        <Text {...(tone(zoneTone(card.zone)))}>{card.zone ?? 'no zone'}</Text>
      </Text>
      {/* Early in the line: the end is cut on a narrow terminal. */}
      {stale ? <Text {...tone('warn')}>{` · ⚠ ${stale} stale in prose`}</Text> : ''}
      {' · time '}
      <Text {...(card.taskTimeOk ? {} : tone('warn'))}>
        {d.taskTimeTotal}
        {card.taskTimeOk ? '✓' : '⚠'}
      </Text>
      {` · TR ${d.taskResistanceSoFar ?? dash}`}
      {` · E ${d.evidenceTotal ?? dash} B ${d.barrierTotal ?? dash} · ${missing} missing`}
      {/* The totals come first: what a narrow terminal cuts is the wording after them. */}
      {card.nextBoundary ? ` · ${card.nextBoundary.points} ${card.nextBoundary.direction} ${card.nextBoundary.threshold}` : ''}
      {card.subLabel ? ` · ${card.subLabel}` : ''}
    </Text>
    {variants ? <CompactVariants reading={variants} /> : null}
    </>
  );
}

/** The one-line summary that stands in for the pane on a small terminal. */
export const CompactPane = memo(CompactPaneView, (p, n) => p.missing === n.missing && p.stale === n.stale && sameFigures(p.card, n.card) && sameVariants(p.variants, n.variants));

/** True when two readings show the same (typing in a text field moves no variant's figure). */
function sameVariants(a: VariantReading | undefined, b: VariantReading | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.implied !== b.implied || a.figures.length !== b.figures.length || a.claims.length !== b.claims.length) return false;
  if (a.claims.some((c, i) => c.short !== b.claims[i]?.short || c.variant !== b.claims[i]?.variant)) return false;
  return a.figures.every((f, i) => {
    const g = b.figures[i]!;
    return f.variant.name === g.variant.name && sameFigures(f.card, g.card);
  });
}
