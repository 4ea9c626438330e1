/**
 * Calibration: the roles nearest by score, the assessor's library beside the published
 * reference points, so the assessor can judge whether the score sits right among them.
 */
import {Box, Text} from 'ink';
import {memo, useMemo} from 'react';
import {nearestRoles, type NearRole} from '../../method/calibration.js';
import {fixed} from '../../method/format.js';
import {useLibrary} from '../hooks/use-library.js';
import {useWizard} from '../state/context.js';
import {useTone, zoneTone} from '../theme.js';
import {terminalSafeLine as safe} from '../../io/terminal-text.js';

const signed = (n: number) => (n > 0 ? `+${fixed(n, 1)}` : n < 0 ? `−${fixed(-n, 1)}` : '±0.0');
const value = (v: number | string | null) => (v === null ? '—' : String(v));
/** 'Task 3 ("Reward modelling…") score' → 'Task 3 score': short enough for a line. */
export const shortLabel = (label: string) => label.replace(/ \(".*"\)/, '');

/**
 * The n nearest roles of the library and the published points, recomputed only when a scored
 * input (the vector), the score or the library changes — not on a keystroke in a text field.
 */
export function useNearestRoles(n = 3): NearRole[] {
  const {state, card} = useWizard();
  const library = useLibrary();
  const assessment = state.assessment;
  // Keyed on the vector, not the assessment: the vector holds every scored input.
  return useMemo(() => nearestRoles(assessment, library.entries, undefined, n), [card.score, card.vector, library.entries, n]);
}

/** Marks a published reference point in the compact (pane) layout. */
export const PUBLISHED_MARK = '*';

/**
 * The lines of one near role: its figures, and for a library role the input that differs most.
 * Compact (the pane): a published point is marked with PUBLISHED_MARK; else it is named as such.
 */
export function nearRoleLines(r: NearRole, compact = false): [string, string | null] {
  const b = r.biggestDifference;
  if (compact) {
    const head = `${fixed(r.score, 1)} ${r.zone}  ${r.title}${r.kind === 'reference' ? PUBLISHED_MARK : ''}`;
    return [head, b ? `  ${shortLabel(b.label)} ${value(b.current)} vs ${value(b.other)}` : null];
  }
  const kind = r.kind === 'reference' ? `published point, ${r.source ?? 'source not given'}` : `library, ${r.id ?? ''}`;
  const head = `${fixed(r.score, 1).padStart(5)} ${r.zone.padEnd(6)} ${signed(r.difference).padStart(5)}  ${r.title} (${kind})`;
  const detail = b
    ? `  differs most: ${shortLabel(b.label)}, ${value(b.current)} here and ${value(b.other)} there (moves this score ${signed(b.effect)})`
    : null;
  return [head, detail];
}

type ListProps = {roles: readonly NearRole[]; width: number; maxLines: number; loading: boolean; unreadable?: number};

function CalibrationListView({roles, width, maxLines, loading, unreadable = 0}: ListProps) {
  const tone = useTone();
  if (maxLines < 2) return null;
  const rows: Array<{key: string; text: string; zone?: NearRole['zone']; detail?: boolean}> = [];
  for (const r of roles) {
    const [head, detail] = nearRoleLines(r, true);
    rows.push({key: `${r.kind}-${r.id ?? r.title}`, text: head, zone: r.zone});
    if (detail) rows.push({key: `${r.kind}-${r.id ?? r.title}-d`, text: detail, detail: true});
  }
  // Cut whole roles, never a role's detail from its figures.
  let shown = rows.slice(0, maxLines - 1);
  if (shown.at(-1) && !shown.at(-1)!.detail && rows[shown.length]?.detail) shown = shown.slice(0, -1);
  return (
    <Box flexDirection="column" width={width}>
      <Text dimColor wrap="truncate-end">
        Nearest roles ({PUBLISHED_MARK} published){loading ? ', library loading' : ''}
        {unreadable > 0 ? `, ${unreadable} library report${unreadable === 1 ? '' : 's'} unreadable (see role-wizard index)` : ''}
      </Text>
      {roles.length === 0 ? (
        <Text wrap="truncate-end"> — no score yet</Text>
      ) : (
        shown.map((row) =>
          row.detail ? (
            <Text key={row.key} dimColor wrap="truncate-end">
              {safe(row.text)}
            </Text>
          ) : (
            <Text key={row.key} wrap="truncate-end">
              <Text {...tone(zoneTone(row.zone ?? null))}>{safe(row.text.slice(0, row.text.indexOf('  ')))}</Text>
              {safe(row.text.slice(row.text.indexOf('  ')))}
            </Text>
          ),
        )
      )}
    </Box>
  );
}

/** The nearest roles as lines, at most `maxLines` (heading included). */
export const CalibrationList = memo(CalibrationListView);

/** The calibration for the side pane: computed when the score changes, drawn when the roles do. */
export function PaneCalibration({width, maxLines}: {width: number; maxLines: number}) {
  const roles = useNearestRoles();
  const library = useLibrary();
  return <CalibrationList roles={roles} width={width} maxLines={maxLines} loading={library.status === 'loading'} unreadable={library.unreadable?.length ?? 0} />;
}
