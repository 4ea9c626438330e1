/**
 * The library at a glance: every role ranked by score, the count per zone and the score
 * distribution against the zone thresholds, as Markdown that GitHub renders (a table, and a
 * Mermaid chart in a fenced block) or as text for a terminal (a Unicode bar chart, zones in
 * colour and in words). The same rows give the same bytes: nothing depends on the clock, the
 * locale or the order files were found in.
 */
import {terminalSafeLine} from '../io/terminal-text.js';
import {METHOD} from '../method/definition.js';
import {fixed} from '../method/format.js';
import type {Zone} from '../method/types.js';

/** One report of the library, as the index shows it. */
export type IndexRow =
  | {
      /** The path shown and linked (relative to the index file, `/`-separated). */
      path: string;
      ok: true;
      title: string;
      /** The score that counts, as shown (1 decimal); null while it cannot be computed. */
      score: number | null;
      zone: Zone | null;
      subLabel: string | null;
      /** Errors `check` finds in the report. */
      errors: number;
    }
  | {path: string; ok: false; reason: string};

type Scored = Extract<IndexRow, {ok: true}>;

const ZONES: readonly Zone[] = ['GREEN', 'YELLOW', 'RED'];
const {greenMin, yellowMin} = METHOD.zones;

/** Highest score first; unscored roles after scored ones; ties by title, then path (code points). */
function ranked(rows: readonly IndexRow[]): {scored: Scored[]; unreadable: Array<Extract<IndexRow, {ok: false}>>} {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const scored = rows
    .filter((r): r is Scored => r.ok)
    .sort((a, b) => (b.score ?? -Infinity) - (a.score ?? -Infinity) || cmp(a.title, b.title) || cmp(a.path, b.path));
  const unreadable = rows.filter((r): r is Extract<IndexRow, {ok: false}> => !r.ok).sort((a, b) => cmp(a.path, b.path));
  return {scored, unreadable};
}

/** Roles per zone (and how many have no zone yet). */
export function zoneCounts(rows: readonly IndexRow[]): Record<Zone | 'none' | 'unreadable', number> {
  const counts = {GREEN: 0, YELLOW: 0, RED: 0, none: 0, unreadable: 0};
  for (const r of rows) {
    if (!r.ok) counts.unreadable++;
    else counts[r.zone ?? 'none']++;
  }
  return counts;
}

/** A bin of the distribution: scores as shown in [from, to), its zone. */
type Bin = {label: string; from: number; to: number; zone: Zone | null};

/**
 * Bins of five points whose edges include both zone thresholds (so no bin spans two zones),
 * plus a bin below 0 and above 100 when a score lies there (the formula is never clamped).
 */
function bins(scores: readonly number[]): Bin[] {
  const edges = new Set<number>([greenMin, yellowMin]);
  for (let e = 0; e <= 100; e += 5) edges.add(e);
  const sorted = [...edges].sort((a, b) => a - b);
  const out: Bin[] = [];
  if (scores.some((s) => s < 0)) out.push({label: '< 0', from: -Infinity, to: 0, zone: 'RED'});
  for (let i = 0; i < sorted.length - 1; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const last = to === 100;
    // Scores are shown with one decimal: the bin 45-47 holds 45.0 to 47.9; the last holds 100.
    const label = `${from}-${last ? 100 : fixed(to - 0.1, 1).replace(/\.9$/, '')}`;
    out.push({label, from, to: last ? 100.05 : to, zone: from >= greenMin ? 'GREEN' : from >= yellowMin ? 'YELLOW' : 'RED'});
  }
  if (scores.some((s) => s > 100)) out.push({label: '> 100', from: 100.05, to: Infinity, zone: 'GREEN'});
  return out;
}

function histogram(rows: readonly IndexRow[]): Array<Bin & {count: number}> {
  const scores = rows.flatMap((r) => (r.ok && r.score !== null ? [r.score] : []));
  return bins(scores).map((b) => ({...b, count: scores.filter((s) => s >= b.from && s < b.to).length}));
}

const zoneWord = (z: Zone | null) => z ?? '—';
const thresholds = `Green >= ${greenMin}, Yellow ${yellowMin}-${greenMin - 1}, Red < ${yellowMin}`;

// ---- Markdown ----

/**
 * User text for a table cell, as text only: the marks that could start emphasis, code, a link,
 * an image, HTML, an entity, math, strikethrough or a new cell are backslash-escaped; line
 * breaks become spaces. (A bare https:// or www. address still shows as a link to itself, as
 * GitHub shows any such text: it adds nothing the text does not say.)
 */
export function markdownCellText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|&~!$]/g, (c) => `\\${c}`);
}

/** A relative path as a link destination: percent-encoded, so spaces and brackets cannot end it. */
const linkTarget = (path: string) => encodeURI(path).replace(/[()[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const link = (path: string) => `[${markdownCellText(path)}](${linkTarget(path)})`;

/** The index as GitHub-flavoured Markdown. */
export function indexMarkdown(rows: readonly IndexRow[], {title = 'Library index'}: {title?: string} = {}): string {
  const {scored, unreadable} = ranked(rows);
  const counts = zoneCounts(rows);
  const out: string[] = [];
  out.push(`# ${markdownCellText(title)}`, '');
  out.push('<!-- Written by `role-wizard index`: run it again to update; `role-wizard index --check` fails when this file is out of date. -->', '');
  out.push(summaryLine(rows.length, counts), '');
  out.push('| Rank | Role | Score | Zone | Sub-label | Check | Report |', '|---:|---|---:|---|---|---|---|');
  scored.forEach((r, i) => {
    const check = r.errors === 0 ? 'no errors' : `**${r.errors} error${r.errors === 1 ? '' : 's'}**`;
    const cells = [
      String(i + 1),
      r.title ? markdownCellText(r.title) : '*(untitled)*',
      r.score === null ? '—' : fixed(r.score, 1),
      zoneWord(r.zone),
      r.subLabel ? markdownCellText(r.subLabel) : '—',
      check,
      link(r.path),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  });
  out.push('');
  if (unreadable.length > 0) {
    out.push('## Reports that cannot be read', '', '| Report | Why |', '|---|---|');
    for (const r of unreadable) out.push(`| ${link(r.path)} | ${markdownCellText(r.reason)} |`);
    out.push('');
  }
  out.push('## Roles per zone', '', '| Zone | Scores | Roles |', '|---|---|---:|');
  out.push(`| GREEN | ${greenMin} and above | ${counts.GREEN} |`);
  out.push(`| YELLOW | ${yellowMin} to ${greenMin - 1}.9 | ${counts.YELLOW} |`);
  out.push(`| RED | below ${yellowMin} | ${counts.RED} |`);
  if (counts.none > 0) out.push(`| — | not scored yet | ${counts.none} |`);
  out.push('');
  const hist = histogram(rows);
  const max = Math.max(1, ...hist.map((b) => b.count));
  out.push('## Score distribution', '');
  out.push(`Bars of five points; each bar's label names its zone (${thresholds}).`, '');
  out.push('```mermaid', 'xychart-beta');
  out.push(`    title "Roles by score (${thresholds})"`);
  out.push(`    x-axis "Score" [${hist.map((b) => `"${b.label} ${b.zone?.[0] ?? ''}"`).join(', ')}]`);
  out.push(`    y-axis "Roles" 0 --> ${max}`);
  out.push(`    bar [${hist.map((b) => b.count).join(', ')}]`);
  out.push('```', '');
  return `${out.join('\n')}`;
}

function summaryLine(total: number, counts: ReturnType<typeof zoneCounts>): string {
  const parts = ZONES.map((z) => `${counts[z]} ${z}`);
  if (counts.none > 0) parts.push(`${counts.none} not scored yet`);
  if (counts.unreadable > 0) parts.push(`${counts.unreadable} that cannot be read`);
  return `${total} report${total === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

// ---- Terminal text ----

const SGR: Record<Zone, string> = {GREEN: '32', YELLOW: '33', RED: '31'};

/** The index as text for a terminal: the ranked table, the counts, a bar chart. `color` adds SGR colour to the zones. */
export function indexText(rows: readonly IndexRow[], {color, width = 80, folder}: {color: boolean; width?: number; folder: string}): string {
  const paint = (zone: Zone | null, text: string) => (color && zone ? `\u001b[${SGR[zone]}m${text}\u001b[39m` : text);
  const {scored, unreadable} = ranked(rows);
  const counts = zoneCounts(rows);
  const lines: string[] = [];
  lines.push(`Library ${terminalSafeLine(folder)}: ${summaryLine(rows.length, counts)}`, '');
  if (scored.length > 0) {
    const rankWidth = String(scored.length).length;
    const labelWidth = Math.max(9, ...scored.map((r) => (r.subLabel ?? '—').length));
    lines.push(`${'#'.padStart(rankWidth)}  SCORE  ZONE    ${'SUB-LABEL'.padEnd(labelWidth)}  CHECK     ROLE (REPORT)`);
    scored.forEach((r, i) => {
      const check = r.errors === 0 ? 'ok' : `${r.errors} error${r.errors === 1 ? '' : 's'}`;
      const title = r.title ? terminalSafeLine(r.title) : '(untitled)';
      lines.push(
        `${String(i + 1).padStart(rankWidth)}  ${(r.score === null ? '—' : fixed(r.score, 1)).padStart(5)}  ${paint(r.zone, zoneWord(r.zone).padEnd(6))}  ` +
          `${terminalSafeLine(r.subLabel ?? '—').padEnd(labelWidth)}  ${check.padEnd(8)}  ${title} (${terminalSafeLine(r.path)})`,
      );
    });
    lines.push('');
  }
  if (unreadable.length > 0) {
    lines.push('Cannot be read:');
    for (const r of unreadable) lines.push(`  ${terminalSafeLine(r.path)}: ${terminalSafeLine(r.reason)}`);
    lines.push('');
  }
  const hist = histogram(rows);
  const max = Math.max(1, ...hist.map((b) => b.count));
  const labelWidth = Math.max(...hist.map((b) => b.label.length));
  const room = Math.max(10, Math.min(50, width - labelWidth - 20));
  lines.push(`Score distribution (${thresholds}):`);
  for (const b of [...hist].reverse()) {
    const eighths = Math.round((b.count / max) * room * 8);
    const bar = '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 ? String.fromCharCode(0x2590 - (eighths % 8)) : '');
    lines.push(`  ${b.label.padStart(labelWidth)} ${paint(b.zone, (b.zone ?? '').padEnd(6))} ${paint(b.zone, bar)}${b.count ? ` ${b.count}` : ''}`);
    // A rule at each threshold, so the zones read as bands.
    if (b.from === greenMin || b.from === yellowMin) lines.push(`  ${'─'.repeat(labelWidth + 8)} ${b.from === greenMin ? `Green from ${greenMin}` : `Yellow from ${yellowMin}`}`);
  }
  return `${lines.join('\n')}\n`;
}
