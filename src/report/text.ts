/**
 * User text in a Markdown report: the escaping that keeps it from breaking the document, and
 * its exact inverse. Escaping is minimal, so the seed's own text ("interpretability & value",
 * "Red <25") is written byte for byte:
 * - `&` only where it would form an entity, `<` only where it would start a tag or autolink;
 * - in a table cell, `|` becomes `\|` (a backslash run before it is doubled) and a line break `<br>`;
 * - in running text, a line the reader would take for structure (a heading, a section title, a
 *   label such as "Timeline:", a table row, a code fence, a setext underline or table delimiter)
 *   gets its first character written as a numeric entity: GitHub shows the same character.
 */
import {classifyLine} from './vocabulary.js';

const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || (code > 0x1000 && /\s/.test(String.fromCharCode(code)));

/** Whether normaliseText would change a text: a few character checks, cheaper than a regex scan. */
function needsNormalising(text: string): boolean {
  if (text === '') return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) || text.includes('\r')) return true;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && isSpace(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/**
 * The one normalisation a round trip allows: CRLF and CR become LF, trailing whitespace of each
 * line goes, and so does leading and trailing whitespace of the whole text.
 */
export function normaliseText(text: string): string {
  // Most text is already normal: skip the split and join.
  if (!needsNormalising(text)) return text;
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

const ENTITY_AFTER_AMP = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;
const TAG_AFTER_LT = /<(?=[A-Za-z/!?])/g;
// A `]` that would close a link or image's text ("](" but an http(s) destination), a full or
// collapsed reference ("][") or a reference definition ("]:"). Written as an entity it is text:
// CommonMark never reads a character reference as structure.
const LINK_CLOSE = /\](?=\[|:|\((?!\s*https?:\/\/))/g;

/** Neutralise raw HTML, entities, and links other than http(s); nothing else changes. */
export function escapeInline(text: string): string {
  let out = text.replace(ENTITY_AFTER_AMP, '&amp;').replace(TAG_AFTER_LT, '&lt;');
  if (out.includes(']')) out = out.replace(LINK_CLOSE, '&#93;');
  return out;
}

const NAMED: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Decode the entities a report may hold (ours, and the common ones written by hand). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,6});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

// A setext underline ("===", "---") or a table's delimiter row ("--|--", "|:-:|"): only dashes,
// colons, pipes and spaces, with a dash.
const SETEXT_OR_DELIMITER = /^(=+|(?=[^-]*-)[-:| \t]+)$/;
// A thematic break: three or more of one of * - _, spaces between allowed.
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
// What GitHub reads as a line of block structure on its own: an ATX heading, a fence, a table
// row, a blockquote or list item holding any of these.
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
// A container's opening: a blockquote marker, or a list item's marker and its space.
const CONTAINER = /^(?:>[ \t]?|[-+*](?:[ \t]+|$)|\d{1,9}[.)](?:[ \t]+|$))/;

/** A line read as structure once its containers (blockquotes, list items) are opened. */
function structuralInContainer(rest: string): boolean {
  for (let depth = 0; depth < 100; depth++) {
    const text = rest.trim();
    if (text === '') return false;
    if (ATX_HEADING.test(text) || THEMATIC_BREAK.test(text) || SETEXT_OR_DELIMITER.test(text)) return true;
    if (text.startsWith('```') || text.startsWith('~~~') || text.startsWith('|') || text.startsWith('<')) return true;
    const open = CONTAINER.exec(text);
    if (!open) return false;
    rest = text.slice(open[0].length);
  }
  return true;
}

/**
 * True when a line of user text would be read, by us or by GitHub, as a line of structure: a
 * heading, a section title, a label, a table row or delimiter, a fence, a setext underline, a
 * thematic break, or a blockquote or list item that holds one of them. A list or a quote of
 * plain text stays what the assessor wrote.
 */
export function looksStructural(line: string): boolean {
  const kind = classifyLine(line).kind;
  if (kind !== 'text' && kind !== 'blank') return true;
  const text = line.trim();
  if (THEMATIC_BREAK.test(text) || SETEXT_OR_DELIMITER.test(text)) return true;
  const open = CONTAINER.exec(text);
  return open !== null && structuralInContainer(text.slice(open[0].length));
}

/** The line with its first non-space character written as a numeric entity. */
export function neutraliseLine(line: string): string {
  const at = line.search(/\S/);
  if (at < 0) return line;
  const code = line.codePointAt(at) as number;
  return `${line.slice(0, at)}&#${code};${line.slice(at + String.fromCodePoint(code).length)}`;
}

/** User text for running text (paragraphs, bullets): lines kept, structure neutralised, laid out as blocks. */
export function escapeBlock(text: string): string {
  const lines = escapeInline(normaliseText(text))
    .split('\n')
    .map((line) => (looksStructural(line) ? neutraliseLine(line) : line));
  return layoutBlocks(lines).join('\n');
}

// A list item's marker at the start of a line (after any indentation).
const LIST_ITEM = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const isListItem = (line: string) => LIST_ITEM.test(line);
const isBlankLine = (line: string) => line.trim() === '';

/**
 * The reference report writes one paragraph or list item per line; Markdown joins lines into
 * one paragraph and lets a line after a list run on inside its last item. So a line break
 * between two lines becomes a blank line, but between two list items (one list); each blank
 * line the text holds adds one more, so readBlocks can give the text back exactly.
 */
function layoutBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  let blanks = 0;
  let previous: string | null = null;
  for (const line of lines) {
    if (isBlankLine(line)) {
      blanks++;
      continue;
    }
    if (previous !== null) {
      const sameList = blanks === 0 && isListItem(previous) && isListItem(line);
      for (let i = 0; i < (sameList ? 0 : blanks + 1); i++) out.push('');
    }
    out.push(line);
    previous = line;
    blanks = 0;
  }
  return out;
}

/** The inverse of layoutBlocks: between two lines, one blank line fewer (a report written by hand with none keeps none). */
function readBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  let blanks = 0;
  let seen = false;
  for (const line of lines) {
    if (isBlankLine(line)) {
      blanks++;
      continue;
    }
    if (seen) for (let i = 1; i < blanks; i++) out.push('');
    out.push(line);
    seen = true;
    blanks = 0;
  }
  return out;
}

/** User text for a table cell: one line, pipes escaped, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  return escapeInline(normaliseText(text))
    .replace(/(\\*)\|/g, (_m, slashes: string) => `${slashes}${slashes}\\|`)
    .replace(/\n/g, '<br>');
}

/** The inverse of escapeBlock on the lines of one field (already joined with LF). */
export function unescapeBlock(text: string): string {
  const lines = text.split('\n');
  return normaliseText(decodeEntities(lines.some(isBlankLine) ? readBlocks(lines).join('\n') : text));
}

/** The inverse of escapeCell on one cell's raw text (as split by splitRow). */
export function unescapeCell(raw: string): string {
  let text = raw.trim();
  if (text.includes('<')) text = text.replace(/<br\s*\/?>/gi, '\n');
  if (text.includes('\\')) text = text.replace(/(\\+)\|/g, (_m, slashes: string) => `${'\\'.repeat((slashes.length - 1) / 2)}|`);
  return normaliseText(decodeEntities(text));
}

/**
 * The raw cells of a table row. A `|` preceded by an odd run of backslashes belongs to the
 * cell (GFM's escaped pipe); the outer pipes are optional. Linear in the row's length.
 */
export function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  const cells: string[] = [];
  let start = 0;
  let slashes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      slashes++;
      continue;
    }
    if (c === 124 /* | */ && slashes % 2 === 0) {
      cells.push(text.slice(start, i));
      start = i + 1;
    }
    slashes = 0;
  }
  const last = text.slice(start);
  if (last.trim() !== '') cells.push(last);
  return cells.map((c) => c.trim());
}
