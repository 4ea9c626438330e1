/**
 * The seniority variants beside the role's figures: in the side pane a few lines each (name,
 * JobZone, zone and sub-label, the figures that differ in kind, a claim of the note that does not
 * hold), and below the one-line summary of a small terminal one line each. The pane renders the
 * variants' scorecards; it computes nothing.
 */
import {Text} from 'ink';
import type {Scorecard} from '../../method/score.js';
import type {VariantClaim, VariantReading} from '../../method/variant-claims.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {useTone, zoneTone} from '../theme.js';

const dash = '—';

/** Rows the side pane gives each variant at most (name, figures, detail, a failed claim). */
export const ROWS_PER_VARIANT = 4;

const failed = (reading: VariantReading, index: number): VariantClaim | undefined => reading.claims.find((c) => c.variant === index && !c.holds);
const nameOf = (reading: VariantReading, name: string) => `${terminalSafeLine(name.trim()) || '(no name yet)'}${reading.implied ? ' (from the note)' : ''}`;

function ZoneFigures({card}: {card: Scorecard}) {
  const tone = useTone();
  return (
    <>
      {card.display.scoreShort ?? dash} <Text {...tone(zoneTone(card.zone))}>{card.zone ?? 'no zone'}</Text>
      {card.subLabel ? ` ${card.subLabel}` : ''}
    </>
  );
}

/** The variants in the side pane, in at most `rows` lines: the header, then a few lines per variant as room allows. */
export function PaneVariants({reading, role, rows}: {reading: VariantReading; role: Scorecard; rows: number}) {
  const tone = useTone();
  const n = reading.figures.length;
  if (n === 0 || rows < 2) return null;
  const each = Math.max(1, Math.min(ROWS_PER_VARIANT, Math.floor((rows - 1) / n)));
  const shown = reading.figures.slice(0, Math.max(1, Math.floor((rows - 1) / each)));
  return (
    <>
      <Text dimColor wrap="truncate-end">
        Variants (role {role.display.formulaScoreShort ?? dash})
      </Text>
      {shown.map((f) => {
        const claim = failed(reading, f.index);
        const lines = [
          <Text key="name" wrap="truncate-end" bold>
            {nameOf(reading, f.variant.name)}
          </Text>,
          <Text key="zone" wrap="truncate-end">
            {'  '}
            <ZoneFigures card={f.card} />
          </Text>,
          <Text key="detail" wrap="truncate-end" dimColor>
            {`  PT ${f.card.display.protectiveTotal ?? dash} · TR ${f.card.display.taskResistanceShort ?? dash} · ${f.card.quickScreen ?? dash}`}
          </Text>,
          claim ? (
            <Text key="claim" wrap="truncate-end" {...tone('warn')}>
              {`  ⚠ ${claim.short}`}
            </Text>
          ) : null,
        ].filter(Boolean);
        // Short of room: the name and figures on one line, a failed claim kept before the detail.
        if (each === 1) {
          return (
            <Text key={f.index} wrap="truncate-end">
              {nameOf(reading, f.variant.name)}: <ZoneFigures card={f.card} />
              {claim ? <Text {...tone('warn')}> ⚠</Text> : null}
            </Text>
          );
        }
        const ordered = claim && each < lines.length ? [lines[0], lines[1], lines[3]] : lines;
        return ordered.slice(0, each);
      })}
      {shown.length < n ? <Text dimColor>{`  +${n - shown.length} more`}</Text> : null}
    </>
  );
}

/** Lines the compact variants take below the one-line summary. */
export const compactVariantLines = (reading: VariantReading, most = 3): number => Math.min(reading.figures.length, most);

/** One line per variant below the one-line summary (at most `most`; the last says how many more). */
export function CompactVariants({reading, most = 3}: {reading: VariantReading; most?: number}) {
  const tone = useTone();
  const n = reading.figures.length;
  const shown = n > most ? reading.figures.slice(0, most - 1) : reading.figures;
  return (
    <>
      {shown.map((f) => {
        const claim = failed(reading, f.index);
        return (
          <Text key={f.index} wrap="truncate-end">
            <Text dimColor>{'  ↳ '}</Text>
            {nameOf(reading, f.variant.name)}: {f.card.display.scoreShort ?? dash} <Text {...tone(zoneTone(f.card.zone))}>{f.card.zone ?? 'no zone'}</Text>
            {/* A contradicted claim before the rest, which a narrow line cuts first. */}
            {claim ? <Text {...tone('warn')}>{` ⚠ ${claim.short}`}</Text> : null}
            {f.card.subLabel ? ` · ${f.card.subLabel}` : ''}
            {` · ${f.card.quickScreen ?? dash}`}
          </Text>
        );
      })}
      {n > most ? <Text dimColor>{`  ↳ +${n - shown.length} more variants`}</Text> : null}
    </>
  );
}
