/**
 * Figures stated in a report's prose, found on their lines, and `check --fix`: the edits that
 * rewrite each stale figure (in prose, and in the computed lines) in place and nothing else.
 * The recogniser (src/method/prose-figures.ts) works on the assessment's fields; this file maps
 * each statement back to the line and column of the report that holds it.
 */
import {type ProseContext, type ProseStatement, recogniseProse} from '../../method/prose-figures.js';
import type {Scorecard} from '../../method/score.js';
import type {Assessment} from '../../method/types.js';
import type {Discrepancy} from './check.js';
import type {ParsedReport} from '../parse.js';

/** A statement where the report holds it: its line (1-based) and column (0-based, null when the text is escaped in the file). */
export type LocatedStatement = ProseStatement & {line: number; column: number | null};

/** One rewrite of a report: `length` characters at `column` of line `line` become `replacement`. */
export type ReportEdit = {line: number; column: number; length: number; replacement: string};

type Lines = {text: string[]; ends: string[]};

function splitLines(text: string): Lines {
  const parts = text.split(/(\r\n|\r|\n)/);
  const out: Lines = {text: [], ends: []};
  for (let i = 0; i < parts.length; i += 2) {
    out.text.push(parts[i] as string);
    out.ends.push(parts[i + 1] ?? '');
  }
  return out;
}

/** Every figure stated in the report's prose, on its line. */
export function locateProse(text: string, parsed: ParsedReport, assessment: Assessment, card: Scorecard, ctx: ProseContext = {}): LocatedStatement[] {
  const statements = recogniseProse(assessment, card, ctx);
  if (statements.length === 0) return [];
  const lines = splitLines(text).text;
  const starts = [...new Set(Object.values(parsed.fieldLines))].sort((a, b) => a - b);
  // Where the last statement of the same words in the same field was found: the next is after it.
  const after = new Map<string, {line: number; column: number}>();
  return statements.map((s) => {
    const start = parsed.fieldLines[s.field] ?? 1;
    const end = starts.find((l) => l > start) ?? lines.length + 1;
    const key = `${s.field}\u0000${s.text}`;
    const from = after.get(key) ?? {line: start, column: -1};
    for (let n = from.line; n < end; n++) {
      const line = lines[n - 1] ?? '';
      const col = line.indexOf(s.text, n === from.line ? from.column + 1 : 0);
      if (col >= 0) {
        after.set(key, {line: n, column: col});
        return {...s, line: n, column: col};
      }
    }
    return {...s, line: start, column: null};
  });
}

/** The edit that rewrites a stale prose statement's figure, or null when it cannot be placed. */
export function proseEdit(s: LocatedStatement): ReportEdit | null {
  if (s.status !== 'stale' || !s.fix || s.column === null) return null;
  return {line: s.line, column: s.column + (s.fix.valueAt - s.at), length: s.fix.length, replacement: s.fix.replacement};
}

/**
 * The edit that rewrites a wrong computed figure: the part of the stated text that differs from
 * the correct one (common start and end kept), found once on its line. Null when it is not there
 * as stated (escaped) or the figure has nothing to write (task times that do not sum to 100).
 */
export function computedEdit(text: string, d: Discrepancy): ReportEdit | null {
  if (d.rule !== 'seed' || d.field === 'taskTimeSum' || d.stated === '—' || d.expected === '—') return null;
  const line = splitLines(text).text[d.line - 1];
  if (line === undefined) return null;
  let head = 0;
  while (head < d.stated.length && head < d.expected.length && d.stated[head] === d.expected[head]) head++;
  // Back to the start of a number, so that "86.1" → "84.0" rewrites the number whole.
  while (head > 0 && /[\d.]/.test(d.stated[head - 1] as string)) head--;
  let tail = 0;
  while (tail < d.stated.length - head && tail < d.expected.length - head && d.stated[d.stated.length - 1 - tail] === d.expected[d.expected.length - 1 - tail]) tail++;
  while (tail > 0 && /[\d.]/.test(d.stated[d.stated.length - tail] as string)) tail--;
  const whole = line.indexOf(d.stated);
  if (whole >= 0 && line.indexOf(d.stated, whole + 1) < 0) {
    return {line: d.line, column: whole + head, length: d.stated.length - tail - head, replacement: d.expected.slice(head, d.expected.length - tail)};
  }
  const part = d.stated.slice(head, d.stated.length - tail);
  const at = part === '' ? -1 : line.indexOf(part);
  if (at < 0 || line.indexOf(part, at + 1) >= 0) return null;
  return {line: d.line, column: at, length: part.length, replacement: d.expected.slice(head, d.expected.length - tail)};
}

/** The report's text with the edits made (each line's ending kept); an edit that overlaps one before it on its line is dropped. */
export function applyEdits(text: string, edits: readonly ReportEdit[]): string {
  const lines = splitLines(text);
  const byLine = new Map<number, ReportEdit[]>();
  for (const e of edits) {
    const list = byLine.get(e.line);
    if (list) list.push(e);
    else byLine.set(e.line, [e]);
  }
  for (const [n, list] of byLine) {
    const line = lines.text[n - 1];
    if (line === undefined) continue;
    // One pass over the line, in pieces: a line of many edits is not copied once per edit.
    const parts: string[] = [];
    let at = 0;
    for (const e of list.sort((x, y) => x.column - y.column)) {
      if (e.column < at) continue;
      parts.push(line.slice(at, e.column), e.replacement);
      at = e.column + e.length;
    }
    parts.push(line.slice(at));
    lines.text[n - 1] = parts.join('');
  }
  return lines.text.map((l, i) => l + lines.ends[i]).join('');
}

/** A stale statement as one of `check`'s discrepancies, under the rule `proseFigures` at the team's level. */
export function proseDiscrepancy(s: LocatedStatement, level: 'warn' | 'error'): Discrepancy {
  const whose = s.cited?.title ? ` (${s.cited.title}: ${s.cited.source === 'library' ? (s.cited.id ?? 'the library') : 'published reference'})` : '';
  return {
    field: s.field,
    line: s.line,
    stated: s.stated,
    expected: `${s.computed ?? '—'}${whose}`,
    severity: level === 'error' ? 'error' : 'warning',
    rule: 'default',
    defaultRule: 'proseFigures',
    text: s.text,
  };
}
