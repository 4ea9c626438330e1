/**
 * The first pass over a report: size limits, lines, and which section each line belongs to.
 * Bounded: a report over 5 MB is refused before it is split, and a table over 1,000 rows is
 * refused as soon as its 1,001st row is seen.
 */
import {SECTIONS, type SectionId} from '../method/fields.js';
import {withThousands} from '../method/format.js';
import {READ_LIMITS} from '../io/read-text.js';
import {ReportError} from './errors.js';
import {splitRow} from './text.js';
import {classifyLine, type LineClass} from './vocabulary.js';

/** The first line of every page `role-wizard index` writes: such a file is never read as a report. */
export const INDEX_MARKER = '<!-- role-wizard index -->';

export const REPORT_LIMITS = {maxBytes: READ_LIMITS.reportBytes, maxTableRows: 1000} as const;

export type ReportLine = {n: number; text: string; c: LineClass};
export type SectionBlock = {id: SectionId; title: string; line: number; lines: ReportLine[]};
export type ScannedReport = {sections: Map<SectionId, SectionBlock>; appendix: ReportLine[]; lastLine: number};

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuse a report over the size limit. */
export function checkReportSize(bytes: number): void {
  if (bytes > REPORT_LIMITS.maxBytes) {
    throw new ReportError(null, null, `the report is ${mb(bytes)}; reports over ${mb(REPORT_LIMITS.maxBytes)} are refused`);
  }
}

/** Split a report into its sections, in the seed's order, each section at most once. */
export function scanReport(text: string): ScannedReport {
  if (text.length > REPORT_LIMITS.maxBytes) checkReportSize(text.length);
  checkReportSize(Buffer.byteLength(text, 'utf8'));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const raw = body.includes('\r') ? body.split(/\r\n|\r|\n/) : body.split('\n');
  const sections = new Map<SectionId, SectionBlock>();
  const appendix: ReportLine[] = [];
  let current: ReportLine[] | null = null;
  let currentTitle: string | null = null;
  let lastIndex = -1;
  let rowRun = 0;
  let fence: string | null = null;

  let inTable = false;
  let setextUnderline = -1;
  for (let i = 0; i < raw.length; i++) {
    const text = raw[i] as string;
    let c = i === setextUnderline ? BLANK : classifyLine(text);
    if (fence === null && c.kind === 'text') c = asGfmReads(raw, i, c, inTable, () => (setextUnderline = i + 1));
    else if (fence === null && TITLE_KINDS.has(c.kind) && raw[i + 1] !== undefined && SETEXT_UNDERLINE.test(raw[i + 1] as string)) setextUnderline = i + 1;
    if (fence === null && c.kind !== 'row') inTable = false;
    else if (c.kind === 'row') inTable = true;
    // A line read as blank (a setext underline, a thematic break) holds no text either.
    const line: ReportLine = {n: i + 1, text: c === BLANK && text.trim() !== '' ? '' : text, c};
    // Inside a code fence (our Mermaid chart) nothing is structure.
    if (fence !== null) {
      if (line.c.kind === 'fence' && line.c.marker === fence) fence = null;
      current?.push(line);
      continue;
    }
    if (line.c.kind === 'fence') fence = line.c.marker;
    rowRun = line.c.kind === 'row' ? rowRun + 1 : 0;
    // Header and delimiter rows, then at most maxTableRows rows.
    if (rowRun > REPORT_LIMITS.maxTableRows + 2) {
      throw new ReportError(line.n, currentTitle, `a table of over ${withThousands(REPORT_LIMITS.maxTableRows)} rows is refused`);
    }
    if (line.c.kind === 'section') {
      const index = SECTIONS.findIndex((s) => s.id === (line.c as {id: SectionId}).id);
      const title = line.c.title;
      if (sections.has(line.c.id)) throw new ReportError(line.n, title, `the section appears a second time (first at line ${sections.get(line.c.id)?.line})`);
      if (appendix.length > 0 || index < lastIndex) {
        throw new ReportError(line.n, title, `the section is out of order: it must come before "${SECTIONS[lastIndex]?.title ?? 'Method notes'}"`);
      }
      lastIndex = index;
      const block: SectionBlock = {id: line.c.id, title, line: line.n, lines: []};
      sections.set(line.c.id, block);
      current = block.lines;
      currentTitle = title;
    } else if (line.c.kind === 'appendix') {
      current = appendix;
      appendix.push(line);
      currentTitle = null;
    } else {
      // Lines before the first section (a draft notice, a title) are not part of the assessment.
      current?.push(line);
    }
  }
  return {sections, appendix, lastLine: raw.length};
}

const BLANK: LineClass = {kind: 'blank'};
const TITLE_KINDS: ReadonlySet<LineClass['kind']> = new Set(['section', 'subheading', 'appendix', 'heading']);
const ROW: LineClass = {kind: 'row'};
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?$|^\|\s*:?-+:?\s*\|$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const hasPipe = (text: string) => text.includes('|') && splitRow(text).length > 1;

/**
 * A plain line as GitHub reads it in its context: a table row without outer pipes (a header
 * over a delimiter row, or a row of a table above), a setext heading (a line over === or ---,
 * its underline then read as blank), a thematic break between blocks (blank). A plain line right
 * after a table without a pipe stays text: the seed writes "Seniority note:" there.
 */
function asGfmReads(raw: readonly string[], i: number, c: LineClass, inTable: boolean, underlined: () => void): LineClass {
  const text = raw[i] as string;
  const next = raw[i + 1];
  if (inTable && hasPipe(text)) return ROW;
  if (next !== undefined && hasPipe(text) && DELIMITER_ROW.test(next.trim())) return ROW;
  if (inTable === false && DELIMITER_ROW.test(text.trim()) && i > 0 && hasPipe(raw[i - 1] as string)) return ROW;
  const previous = i > 0 ? (raw[i - 1] as string) : '';
  if (THEMATIC_BREAK.test(text) && previous.trim() === '') return BLANK;
  if (next !== undefined && SETEXT_UNDERLINE.test(next) && text.trim() !== '' && !SETEXT_UNDERLINE.test(text)) {
    const heading = classifyLine(`# ${text.trim()}`);
    underlined();
    return heading;
  }
  return c;
}

/** The section, or an error naming it and where it was expected. */
export function sectionOf(scanned: ScannedReport, id: SectionId): SectionBlock {
  const block = scanned.sections.get(id);
  if (block) return block;
  const index = SECTIONS.findIndex((s) => s.id === id);
  const title = SECTIONS[index]?.title ?? id;
  const later = SECTIONS.slice(index + 1).find((s) => scanned.sections.has(s.id));
  if (!later) {
    throw new ReportError(scanned.lastLine, title, `missing: the report ends at line ${scanned.lastLine} before this section (is it cut short?)`);
  }
  const at = scanned.sections.get(later.id)?.line as number;
  throw new ReportError(at, title, `missing: expected before "${later.title}" (line ${at})`);
}
