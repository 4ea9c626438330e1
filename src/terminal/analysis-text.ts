/**
 * Terminal text for `role-wizard sensitivity` and `role-wizard diff`. Every figure comes from
 * the method (sensitivity.ts, compare.ts); this file only lays it out, to a terminal width.
 */
import stringWidth from 'string-width';
import {graphemes} from '../io/graphemes.js';
import type {Comparison, InputDifference, Value} from '../method/compare.js';
import {fixed} from '../method/format.js';
import type {Change, Sensitivity} from '../method/sensitivity.js';


/** The width to lay text out to: the terminal's columns, 80 when unknown (a pipe). */
export const widthOf = (columns: number | undefined): number => (columns && columns > 0 ? columns : 80);

/** Cut text to at most `width` terminal cells, ending with "…" when cut. */
export function fitCells(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const {segment} of graphemes(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Word-wrap text to `width` cells; lines after the first start with `indent`. Long words are cut. */
export function wrapCells(text: string, width: number, indent = ''): string[] {
  const lead0 = /^ */.exec(text)?.[0] ?? '';
  const lines: string[] = [];
  let line = lead0;
  for (const word of text.slice(lead0.length).split(' ')) {
    const lead = lines.length ? indent : '';
    const next = line.trim() ? `${line} ${word}` : `${line}${word}`;
    if (line.trim() && stringWidth(lead + next) > width) {
      lines.push(lead + line);
      line = word;
    } else line = next;
  }
  lines.push((lines.length ? indent : '') + line);
  return lines.map((l) => fitCells(l, width));
}

const padCells = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - stringWidth(text)));
const padStartCells = (text: string, width: number) => ' '.repeat(Math.max(0, width - stringWidth(text))) + text;
const signed = (n: number, d: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${fixed(Math.abs(n), d)}`;

const MAX_TIME_MOVES = 6;

function changeLines(changes: Change[], width: number): string[] {
  const singles = changes.filter((c) => c.input.kind !== 'taskTime');
  const moves = changes.filter((c) => c.input.kind === 'taskTime');
  const lines = [...singles, ...moves.slice(0, MAX_TIME_MOVES)]
    .sort((x, y) => x.steps - y.steps)
    .flatMap((c) => wrapCells(c.text, width - 2, '    ').map((l) => `  ${l}`));
  if (moves.length > MAX_TIME_MOVES) lines.push(`  … and ${moves.length - MAX_TIME_MOVES} more time moves of the same size or larger (--json lists them all)`);
  return lines;
}

/** The sensitivity of an assessment as readable text, to fit `width` columns. */
export function sensitivityText(s: Sensitivity, title: string, vector: string, width = 80): string {
  const head = title || '(untitled role)';
  if (!s.ok) return `${head}\n  No sensitivity yet: ${s.reason}.\n`;
  const out: string[] = [];
  out.push(`${head}: ${fixed(s.score, 1)} ${s.zone}${s.subLabel ? ` · ${s.subLabel}` : ''}${s.override ? ` (formula; the override ${fixed(s.override.score, 1)} counts: ${s.override.zone})` : ''}`);
  out.push(`Vector: ${vector}`);
  out.push('');
  if (s.zoneUp.length === 0 && s.zoneDown.length === 0) {
    out.push('No single-input change moves the zone.');
    const {lowest, highest} = s.extremes;
    if (lowest) out.push(...wrapCells(`  Lowest a single input can take it: ${lowest.text}`, width, '    '));
    if (highest) out.push(...wrapCells(`  Highest a single input can take it: ${highest.text}`, width, '    '));
  }
  if (s.zoneUp.length) out.push('Moves the zone up (smallest change first):', ...changeLines(s.zoneUp, width));
  if (s.zoneDown.length) out.push('Moves the zone down (smallest change first):', ...changeLines(s.zoneDown, width));
  out.push(s.subLabelChanges.length ? 'Changes the sub-label, same zone (smallest change first):' : 'No single-input change alters the sub-label within the zone.');
  out.push(...changeLines(s.subLabelChanges, width));
  out.push('');
  out.push('Most sensitive inputs (points of score per step of the input):');
  const shown = s.ranking.filter((r) => Math.abs(r.pointsPerStep) >= 0.005);
  const labelWidth = Math.min(Math.max(...shown.map((r) => stringWidth(r.label)), 10), Math.max(10, width - 22));
  for (const r of shown) {
    out.push(`  ${padCells(fitCells(r.label, labelWidth), labelWidth)}  ${padStartCells(signed(r.pointsPerStep, 2), 6)}  (now ${r.value})`);
  }
  const flat = s.ranking.length - shown.length;
  if (flat) out.push(`  ${flat} more input${flat > 1 ? 's' : ''} move the score by less than 0.01 a step.`);
  out.push('');
  out.push(...s.notes.flatMap((n) => wrapCells(`Note: ${n}`, Math.max(width, 40), '      ')));
  return `${out.join('\n')}\n`;
}

const show = (v: Value) => (v === null ? '—' : String(v));

function effectCell(d: InputDifference): string {
  if (d.effect === null) return 'n/a';
  const zone = d.zoneAfter ? ` ${d.zoneAfter}` : '';
  return Math.abs(d.effect) < 0.005 ? `0.0${zone}` : `${signed(d.effect, 1)}${zone}`;
}

/** Two assessments side by side: every input that differs, A's and B's value, the effect. */
export function diffText(c: Comparison, width = 80): string {
  const w = Math.max(width, 60);
  const titleA = c.a.title || '(untitled)';
  const titleB = c.b.title || '(untitled)';
  const score = (s: Comparison['a']) => (s.score === null ? 'no score yet' : `${fixed(s.score, 1)} ${s.zone}${s.subLabel ? ` · ${s.subLabel}` : ''}`);
  const effectWidth = Math.max(11, ...c.inputs.map((d) => stringWidth(effectCell(d))));
  // Value columns as wide as their widest value (at most a quarter of the line); the label takes the rest.
  const valueWidth = Math.min(Math.floor(w / 4), Math.max(3, ...c.inputs.flatMap((d) => [stringWidth(show(d.a)), stringWidth(show(d.b))])));
  const labelWidth = w - 2 - valueWidth * 2 - effectWidth - 6;
  const row = (label: string, a: string, b: string, effect: string) =>
    `  ${padCells(fitCells(label, labelWidth), labelWidth)}  ${padCells(fitCells(a, valueWidth), valueWidth)}  ${padCells(fitCells(b, valueWidth), valueWidth)}  ${fitCells(effect, effectWidth)}`.trimEnd();

  const out: string[] = [];
  out.push(fitCells(`A: ${titleA} — ${score(c.a)}`, w));
  out.push(fitCells(`B: ${titleB} — ${score(c.b)}`, w));
  out.push('');
  if (c.inputs.length === 0) out.push('No scored input differs.');
  else {
    out.push(row('Input', 'A', 'B', 'Effect'));
    out.push(row('─'.repeat(labelWidth), '─'.repeat(valueWidth), '─'.repeat(valueWidth), '─'.repeat(effectWidth)));
    for (const d of c.inputs) out.push(row(d.label, show(d.a), show(d.b), effectCell(d)));
    out.push('');
    out.push(...wrapCells("Effect on A: how far A's score moves when only that input takes B's value, and the zone it lands in.", w));
    if (c.biggest) out.push(...wrapCells(`Biggest single effect: ${c.biggest.label} (${signed(c.biggest.effect as number, 1)}).`, w));
  }
  const {added, removed, changed} = c.tasks;
  if (added.length || removed.length || changed.length) {
    out.push('');
    out.push(`Tasks (matched by name): ${changed.length} changed, ${removed.length} only in A, ${added.length} only in B.`);
  }
  out.push('');
  if (c.text.length === 0) out.push('No text field differs.');
  else {
    out.push(`Text that differs (${c.text.length}):`);
    for (const t of c.text) out.push(`  ${fitCells(t.label, w - 2)}`);
  }
  if (c.a.score !== null && c.b.score !== null) {
    out.push('');
    out.push(`Score: A ${fixed(c.a.score, 1)}, B ${fixed(c.b.score, 1)} (${signed(c.b.score - c.a.score, 1)}).`);
  }
  return `${out.join('\n')}\n`;
}
