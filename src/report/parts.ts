/**
 * The second pass: the parts of one section — its table, its labelled lines, its sub-headings
 * and its free text — each with the line it starts on. Any other line is an error with a place.
 */
import {ReportError} from './errors.js';
import type {ReportLine, SectionBlock} from './scan.js';
import {decodeEntities, splitRow, unescapeBlock} from './text.js';
import {type LabelKey, LABELS, STATED_LABELS, type SubheadingKey} from './vocabulary.js';

export type TableRow = {line: number; cells: string[]};
export type Table = {line: number; header: string[]; rows: TableRow[]};
export type Located = {line: number; text: string};
export type SectionParts = {
  title: string;
  line: number;
  table: Table | null;
  /** Tables after the first, where the section allows them (the variants under the Seniority note). */
  moreTables: Table[];
  labels: Map<LabelKey, Located>;
  subheadings: Map<SubheadingKey, Located>;
  free: Located | null;
};

const DELIMITER_CELL = /^:?-+:?$/;

/**
 * Read a section's parts. `free`: the section holds running text of its own (growth check);
 * `tables`: how many tables it may hold (the Role Definition: its own, and the variants).
 */
export function sectionParts(block: SectionBlock, {free = false, tables = 1} = {}): SectionParts {
  const parts: SectionParts = {title: block.title, line: block.line, table: null, moreTables: [], labels: new Map(), subheadings: new Map(), free: null};
  const lines = block.lines;
  const fail = (line: number, reason: string): never => {
    throw new ReportError(line, block.title, reason);
  };
  // Running text: this line and the following text or blank lines.
  const textFrom = (start: number, first: string): {end: number; text: string} => {
    const collected = [first];
    let end = start;
    while (end < lines.length && (lines[end]!.c.kind === 'text' || lines[end]!.c.kind === 'blank')) collected.push(lines[end++]!.text);
    return {end, text: unescapeBlock(collected.join('\n'))};
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as ReportLine;
    const c = line.c;
    if (c.kind === 'blank') {
      i++;
    } else if (c.kind === 'row') {
      if (parts.table && 1 + parts.moreTables.length >= tables) fail(line.n, `a${tables > 1 ? 'nother' : ' second'} table (the first starts at line ${parts.table.line})`);
      let end = i;
      while (end < lines.length && lines[end]!.c.kind === 'row') end++;
      const rows = lines.slice(i, end);
      const delimiter = rows[1] ? splitRow(rows[1].text) : [];
      if (!rows[1] || delimiter.length === 0 || !delimiter.every((cell) => DELIMITER_CELL.test(cell))) {
        fail(rows[1]?.n ?? line.n, 'a table needs a header row and a delimiter row such as |---|---|');
      }
      const table = {
        line: line.n,
        header: splitRow(line.text),
        rows: rows.slice(2).map((r) => ({line: r.n, cells: splitRow(r.text)})),
      };
      if (parts.table) parts.moreTables.push(table);
      else parts.table = table;
      i = end;
    } else if (c.kind === 'label') {
      if (parts.labels.has(c.key)) fail(line.n, `"${LABELS[c.key]}" appears a second time (first at line ${parts.labels.get(c.key)?.line})`);
      if (STATED_LABELS.has(c.key)) {
        parts.labels.set(c.key, {line: line.n, text: decodeEntities(c.rest)});
        i++;
      } else {
        const {end, text} = textFrom(i + 1, c.rest);
        parts.labels.set(c.key, {line: line.n, text});
        i = end;
      }
    } else if (c.kind === 'subheading') {
      if (parts.subheadings.has(c.key)) fail(line.n, `the sub-heading appears a second time`);
      const {end, text} = textFrom(i + 1, '');
      parts.subheadings.set(c.key, {line: line.n, text});
      i = end;
    } else if (c.kind === 'fence') {
      // A chart of our own exports: skipped (the scan has checked it is closed).
      let end = i + 1;
      while (end < lines.length && !(lines[end]!.c.kind === 'fence' && (lines[end]!.c as {marker: string}).marker === c.marker)) end++;
      if (end >= lines.length) fail(line.n, 'a code block that is never closed');
      i = end + 1;
    } else if (c.kind === 'text' && free && parts.free === null) {
      const {end, text} = textFrom(i + 1, line.text);
      parts.free = {line: line.n, text};
      i = end;
    } else if (c.kind === 'heading') {
      fail(line.n, `unexpected heading "${c.text.slice(0, 60)}"`);
    } else {
      fail(line.n, `unexpected line "${line.text.trim().slice(0, 60)}"`);
    }
  }
  return parts;
}
