/**
 * The library at a glance: every role ranked by score, the count per zone and the score
 * distribution against the zone thresholds, as Markdown that GitHub renders (a table, and a
 * Mermaid chart in a fenced block) or as text for a terminal (a Unicode bar chart, zones in
 * colour and in words). The same rows give the same bytes: nothing depends on the clock, the
 * locale or the order files were found in.
 */
import {terminalSafeLine} from '../io/terminal-text.js';
import {INDEX_MARKER} from './scan.js';
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

/** GitHub renders a Markdown file of at most 512 kB; a page of the index stays under this, with room to spare (whichever kB is meant). */
const PAGE_LIMIT = 480_000;

/** One file of the index: its name (beside the index file) and its text. */
export type IndexPage = {name: string; text: string};

const rankHead = ['| Rank | Role | Score | Zone | Sub-label | Check | Report |', '|---:|---|---:|---|---|---|---|'];
const unreadableHead = ['| Report | Why |', '|---|---|'];

function rankRow(r: Scored, rank: number): string {
  const check = r.errors === 0 ? 'no errors' : `**${r.errors} error${r.errors === 1 ? '' : 's'}**`;
  const cells = [
    String(rank),
    r.title ? markdownCellText(r.title) : '*(untitled)*',
    r.score === null ? '—' : fixed(r.score, 1),
    zoneWord(r.zone),
    r.subLabel ? markdownCellText(r.subLabel) : '—',
    check,
    link(r.path),
  ];
  return `| ${cells.join(' | ')} |`;
}

const unreadableRow = (r: Extract<IndexRow, {ok: false}>) => `| ${link(r.path)} | ${markdownCellText(r.reason)} |`;

const WRITTEN_BY = '<!-- Written by `role-wizard index`: run it again to update; `role-wizard index --check` fails when this file is out of date. -->';

/** What comes first on the index's page: the title, the counts per zone, the chart; what GitHub shows before any cut. */
function overview(rows: readonly IndexRow[], title: string): string[] {
  const counts = zoneCounts(rows);
  const out: string[] = [INDEX_MARKER, `# ${markdownCellText(title)}`, '', WRITTEN_BY, ''];
  out.push(summaryLine(rows.length, counts), '');
  out.push('## Roles per zone', '', '| Zone | Scores | Roles |', '|---|---|---:|');
  out.push(`| GREEN | ${greenMin} and above | ${counts.GREEN} |`);
  out.push(`| YELLOW | ${yellowMin} to ${greenMin - 1}.9 | ${counts.YELLOW} |`);
  out.push(`| RED | below ${yellowMin} | ${counts.RED} |`);
  if (counts.none > 0) out.push(`| — | not scored yet | ${counts.none} |`);
  out.push('');
  const hist = histogram(rows);
  let max = 1;
  for (const b of hist) max = Math.max(max, b.count);
  out.push('## Score distribution', '');
  out.push(`Bars of five points; each bar's label names its zone (${thresholds}).`, '');
  out.push('```mermaid', 'xychart-beta');
  out.push(`    title "Roles by score (${thresholds})"`);
  out.push(`    x-axis "Score" [${hist.map((b) => `"${b.label} ${b.zone?.[0] ?? ''}"`).join(', ')}]`);
  out.push(`    y-axis "Roles" 0 --> ${max}`);
  out.push(`    bar [${hist.map((b) => b.count).join(', ')}]`);
  out.push('```', '');
  return out;
}

/** The index as GitHub-flavoured Markdown, on one page: the overview first, then every role ranked, then the reports that cannot be read. */
export function indexMarkdown(rows: readonly IndexRow[], {title = 'Library index'}: {title?: string} = {}): string {
  const {scored, unreadable} = ranked(rows);
  const out = overview(rows, title);
  out.push('## Roles ranked by score', '', ...rankHead);
  scored.forEach((r, i) => out.push(rankRow(r, i + 1)));
  out.push('');
  if (unreadable.length > 0) {
    out.push('## Reports that cannot be read', '', ...unreadableHead);
    for (const r of unreadable) out.push(unreadableRow(r));
    out.push('');
  }
  return out.join('\n');
}

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The index as pages that GitHub renders: one page while it is under `limit` bytes; past that,
 * the overview on the index's own page with links to the ranked table split by zone (and into
 * numbered pages where a zone is too big), every page under the limit. Ranks run across pages.
 * `name` is the index file's name; pages are named after it (INDEX-green.md, INDEX-green-2.md).
 */
export function indexPages(rows: readonly IndexRow[], name: string, {limit = PAGE_LIMIT, title = 'Library index'}: {limit?: number; title?: string} = {}): IndexPage[] {
  const single = indexMarkdown(rows, {title});
  if (bytes(single) <= limit) return [{name, text: single}];
  const {scored, unreadable} = ranked(rows);
  const stem = name.replace(/\.md$/i, '');
  // Rows as lines with their number: the rank, or the place in the list of unreadable reports.
  type Group = {key: string; heading: string; head: string[]; rows: Array<{line: string; n: number}>};
  const groups: Group[] = [];
  const byZone = new Map<string, Group>();
  scored.forEach((r, i) => {
    const key = (r.zone ?? 'unscored').toLowerCase();
    let group = byZone.get(key);
    if (!group) {
      group = {key, heading: key === 'unscored' ? 'Roles not scored yet' : `${key.toUpperCase()} roles`, head: rankHead, rows: []};
      byZone.set(key, group);
      groups.push(group);
    }
    group.rows.push({line: rankRow(r, i + 1), n: i + 1});
  });
  if (unreadable.length > 0) groups.push({key: 'unreadable', heading: 'Reports that cannot be read', head: unreadableHead, rows: unreadable.map((r, i) => ({line: unreadableRow(r), n: i + 1}))});

  // Each group's rows cut into pages under the limit (with room for the page's own lines).
  const pages: Array<{group: Group; name: string; lines: string[]; first: number; last: number}> = [];
  const room = limit - 2048 - bytes(title) * 2;
  for (const group of groups) {
    let page: (typeof pages)[number] | null = null;
    let size = 0;
    for (const row of group.rows) {
      const b = bytes(row.line) + 1;
      if (page === null || (page.lines.length > 0 && size + b > room)) {
        const n: number = pages.filter((p) => p.group === group).length + 1;
        page = {group, name: `${stem}-${group.key}${n === 1 ? '' : `-${n}`}.md`, lines: [], first: row.n, last: row.n};
        pages.push(page);
        size = 0;
      }
      page.lines.push(row.line);
      page.last = row.n;
      size += b;
    }
  }
  const out = overview(rows, title);
  out.push('## Roles ranked by score', '', `The ranked table is on ${pages.length} pages (GitHub shows a file of at most 512 kB):`, '');
  for (const p of pages) {
    const what = p.group.key === 'unreadable' ? `${p.first}–${p.last}` : `ranks ${p.first}–${p.last}`;
    out.push(`- [${markdownCellText(p.group.heading)}, ${what}](${linkTarget(p.name)})`);
  }
  out.push('');
  const result: IndexPage[] = [{name, text: out.join('\n')}];
  pages.forEach((p, i) => {
    const nav = [`[${markdownCellText(title)}](${linkTarget(name)})`];
    if (i > 0) nav.push(`[previous page](${linkTarget(pages[i - 1]!.name)})`);
    if (i < pages.length - 1) nav.push(`[next page](${linkTarget(pages[i + 1]!.name)})`);
    const page = [INDEX_MARKER, `# ${markdownCellText(title)}: ${markdownCellText(p.group.heading)}`, '', WRITTEN_BY, '', nav.join(' · '), '', ...p.group.head, ...p.lines, ''];
    result.push({name: p.name, text: page.join('\n')});
  });
  return result;
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
    // A loop, not Math.max(...rows): a library-sized spread overflows the call stack.
    let labelWidth = 9;
    for (const r of scored) labelWidth = Math.max(labelWidth, (r.subLabel ?? '—').length);
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
