/**
 * `role-wizard list [--json] [--sort updated|score|zone]`: every draft with title, score, zone,
 * completeness and last change; damaged drafts with their path and the reason. Reads the draft
 * files directly (no conf, no lock) and never writes one; it keeps only its own `.list-cache`.
 */
import stringWidth from 'string-width';
import {listDrafts, type SortKey} from '../store/catalog.js';
import {describeHolder} from '../store/errors.js';
import {draftsFolder} from '../store/folder.js';
import type {DraftSummary} from '../store/types.js';
import type {CommandContext} from './support/io.js';
import {loadProjectConfig} from '../config/project-config.js';
import type {MethodDefaults} from '../method/definition.js';
import {subLabelOf} from '../method/score.js';
import {effectiveDefaults} from '../method/method-defaults.js';
import {UsageError} from '../io/errors.js';
import {jsonText, terminalSafe, terminalSafeLine} from '../io/terminal-text.js';

type Options = {json?: boolean; sort?: string};

const SORT_KEYS: readonly SortKey[] = ['updated', 'score', 'zone'];

/** A listed draft as shown: with its sub-label, under the team's method defaults (its own win). */
export type ListedDraft = DraftSummary | (Omit<DraftSummary & {status: 'ok'}, 'basis'> & {subLabel: string | null});

/** The drafts' sub-labels, worked out under `defaults` (the project config's) with each draft's own over them. */
export function withSubLabels(drafts: DraftSummary[], defaults: Readonly<MethodDefaults>): ListedDraft[] {
  return drafts.map((d) => {
    if (d.status !== 'ok') return d;
    const {basis, ...row} = d;
    return {...row, subLabel: d.zone === null ? null : subLabelOf(d.zone, basis.growth, basis.share, effectiveDefaults(basis.own, defaults)).label};
  });
}

/** List the drafts. */
export async function run({opts, io}: CommandContext<Options>): Promise<number> {
  const key = (opts.sort ?? 'updated') as SortKey;
  if (!SORT_KEYS.includes(key)) throw new UsageError(`--sort must be one of ${SORT_KEYS.join(', ')}`);
  const folder = draftsFolder(io.env);
  // Drafts are shown under the config of the current folder, as `score` and `resume` read them.
  const drafts = withSubLabels(listDrafts(folder, {sort: key}), loadProjectConfig(io.cwd).methodDefaults);
  if (opts.json) {
    io.out(`${jsonText(drafts)}\n`);
    return 0;
  }
  if (drafts.length === 0) {
    io.out(`No drafts yet (in ${terminalSafe(folder)}). Start one with 'role-wizard new'.\n`);
    return 0;
  }
  io.out(draftTable(drafts, new Date()));
  return 0;
}

/**
 * The drafts as a readable table in 80 columns, damaged ones listed after it: a line per draft
 * with its title, score, zone (its sub-label when it has one) and state, and below it, indented,
 * its id (what `resume` takes) and when it last changed.
 */
export function draftTable(drafts: ListedDraft[], now: Date): string {
  const ok = drafts.filter((d): d is Extract<ListedDraft, {subLabel: string | null}> => d.status === 'ok');
  const damaged = drafts.filter((d): d is DraftSummary & {status: 'damaged'} => d.status === 'damaged');
  let text = '';
  if (ok.length > 0) {
    const rows = ok.map((d) => [
      clip(terminalSafeLine(d.title), 38),
      d.score === null ? '—' : d.score.toFixed(1),
      clip(terminalSafeLine(d.subLabel ?? d.zone ?? '—'), 20),
      d.finished ? 'finished' : d.missing > 0 ? `${d.missing} missing` : 'has errors',
    ]);
    const lines = table(['TITLE', 'SCORE', 'ZONE', 'STATE'], rows, new Set([1]));
    text += `${lines[0]}
`;
    ok.forEach((d, i) => {
      const open = d.lockedBy ? ` · open in ${terminalSafeLine(describeHolder(d.lockedBy))}` : '';
      text += `${lines[i + 1]}
  ${terminalSafeLine(d.id)} · changed ${relativeTime(d.updatedAt, now)}${open}
`;
    });
  }
  if (damaged.length > 0) {
    text += `${ok.length > 0 ? '\n' : ''}Damaged drafts (left untouched; 'role-wizard delete ID' removes one):\n`;
    for (const d of damaged) text += `  ${terminalSafeLine(d.id)}  ${terminalSafeLine(d.path)}\n    ${terminalSafeLine(d.reason)}\n`;
  }
  return text;
}

function table(head: string[], rows: string[][], rightAligned: Set<number>): string[] {
  const all = [head, ...rows];
  // Each cell measured once: a thousand drafts make four thousand cells.
  const cellWidths = all.map((cells) => cells.map((cell) => stringWidth(cell)));
  // A loop, not Math.max(...rows): a spread of every draft's row overflows the call stack.
  const widths = head.map((_, i) => cellWidths.reduce((max, w) => Math.max(max, w[i]!), 0));
  const line = (cells: string[], row: number) =>
    cells
      .map((cell, i) => {
        if (i === cells.length - 1) return cell;
        const pad = ' '.repeat(widths[i]! - cellWidths[row]![i]!);
        return rightAligned.has(i) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return all.map(line);
}

function clip(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** "just now", "5 min ago", "3 h ago", "2 days ago", or the date for anything older than two weeks. */
export function relativeTime(iso: string, now: Date): string {
  const seconds = (now.getTime() - Date.parse(iso)) / 1000;
  if (seconds < -60) return iso.slice(0, 10);
  if (seconds < 45) return 'just now';
  if (seconds < 90 * 60) return `${Math.max(1, Math.round(seconds / 60))} min ago`;
  if (seconds < 36 * 3600) return `${Math.round(seconds / 3600)} h ago`;
  if (seconds < 14 * 86400) return `${Math.round(seconds / 86400)} days ago`;
  return iso.slice(0, 10);
}
