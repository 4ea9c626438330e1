/**
 * Text measured the way a terminal shows it: grapheme clusters (an emoji with modifiers is one
 * character to the assessor) and cell widths (CJK and most emoji take two cells).
 */
import stringWidth from 'string-width';
import {graphemes} from '../../io/graphemes.js';


/** One row on screen: value.slice(start, end), with no line break in it. */
export type VisualLine = {start: number; end: number; text: string};

type Grapheme = {at: number; length: number; width: number; space: boolean};

function graphemesOf(text: string, base: number): Grapheme[] {
  const out: Grapheme[] = [];
  for (const {segment, index} of graphemes(text)) {
    out.push({at: base + index, length: segment.length, width: stringWidth(segment), space: segment === ' '});
  }
  return out;
}

/** The offset of the grapheme boundary before `offset` (never across a line break's start). */
export function previousBoundary(value: string, offset: number): number {
  if (offset <= 0) return 0;
  const lineStart = value.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart === offset) return offset - 1;
  let before = lineStart;
  for (const {index} of graphemes(value.slice(lineStart, offset))) before = lineStart + index;
  return before;
}

/** The offset of the grapheme boundary after `offset`. */
export function nextBoundary(value: string, offset: number): number {
  if (offset >= value.length) return value.length;
  if (value[offset] === '\n') return offset + 1;
  const first = graphemes(value.slice(offset, offset + 16))[Symbol.iterator]().next().value;
  return offset + (first?.segment.length ?? 1);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Row boundaries [start, end) within one logical line, relative to the line's start. */
function wrapLine(line: string, cells: number): Array<[number, number]> {
  const ascii = PRINTABLE_ASCII.test(line);
  const gs: Grapheme[] = ascii
    ? Array.from({length: line.length}, (_, k) => ({at: k, length: 1, width: 1, space: line.charCodeAt(k) === 32}))
    : graphemesOf(line, 0);
  const offsetOf = (k: number) => gs[k]?.at ?? line.length;
  const rows: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  let breakAfter = -1;
  for (let k = 0; k < gs.length; k++) {
    const g = gs[k] as Grapheme;
    if (used + g.width > cells && k > start) {
      const cut = breakAfter > start ? breakAfter : k;
      rows.push([offsetOf(start), offsetOf(cut)]);
      used = 0;
      for (let j = cut; j < k; j++) used += (gs[j] as Grapheme).width;
      start = cut;
      breakAfter = -1;
    }
    used += g.width;
    if (g.space) breakAfter = k + 1;
  }
  rows.push([offsetOf(start), offsetOf(gs.length)]);
  return rows;
}

// Typing changes one line at a time: the others' wraps are reused (bounded, cleared when full).
const wrapCache = new Map<string, Array<[number, number]>>();

function wrapLineCached(line: string, cells: number): Array<[number, number]> {
  if (line.length < 8) return wrapLine(line, cells);
  const key = `${cells}\u0000${line}`;
  let rows = wrapCache.get(key);
  if (rows === undefined) {
    if (wrapCache.size > 2000) wrapCache.clear();
    rows = wrapLine(line, cells);
    wrapCache.set(key, rows);
  }
  return rows;
}

/** Soft-wraps text to `width` cells, at the last space when there is one, else mid-word. */
export function wrapText(value: string, width: number): VisualLine[] {
  const cells = Math.max(1, width);
  const lines: VisualLine[] = [];
  let base = 0;
  for (const logical of value.split('\n')) {
    for (const [from, to] of wrapLineCached(logical, cells)) {
      lines.push({start: base + from, end: base + to, text: logical.slice(from, to)});
    }
    base += logical.length + 1;
  }
  return lines;
}

/** True when the row after `index` continues the same logical line (a soft wrap). */
export const isSoftWrapped = (lines: readonly VisualLine[], index: number): boolean =>
  index + 1 < lines.length && (lines[index + 1] as VisualLine).start === (lines[index] as VisualLine).end;

/** Row and cell column of a cursor offset; at a soft wrap the cursor shows at the next row's start. */
export function cursorPosition(lines: readonly VisualLine[], cursor: number): {row: number; column: number} {
  for (let row = 0; row < lines.length; row++) {
    const line = lines[row] as VisualLine;
    if (cursor < line.start) continue;
    if (cursor < line.end || (cursor === line.end && !isSoftWrapped(lines, row))) {
      return {row, column: stringWidth(line.text.slice(0, cursor - line.start))};
    }
  }
  const last = lines.length - 1;
  return {row: Math.max(0, last), column: stringWidth(lines[last]?.text ?? '')};
}

/** The offset in a row nearest to a cell column, never past a soft wrap. */
export function offsetAt(lines: readonly VisualLine[], row: number, column: number): number {
  const line = lines[row];
  if (!line) return 0;
  const gs = graphemesOf(line.text, line.start);
  const limit = isSoftWrapped(lines, row) ? gs.length - 1 : gs.length;
  let used = 0;
  for (let k = 0; k < limit; k++) {
    const g = gs[k] as Grapheme;
    if (used + g.width > column) return g.at;
    used += g.width;
  }
  return limit < gs.length ? (gs[limit] as Grapheme).at : line.end;
}

/** Text cut (with "…") or padded with spaces to exactly `width` cells. */
export function fitWidth(text: string, width: number): string {
  if (width <= 0) return '';
  const total = stringWidth(text);
  if (total <= width) return text + ' '.repeat(width - total);
  let used = 0;
  let out = '';
  for (const {segment} of graphemes(text)) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - 1 - used));
}
