/**
 * The first pass over a report: size limits, lines, and which section each line belongs to.
 * Bounded: a report over 5 MB is refused before it is split, and a table over 1,000 rows is
 * refused as soon as its 1,001st row is seen.
 */
import {SECTIONS, type SectionId} from '../method/fields.js';
import {READ_LIMITS} from '../io/read-text.js';
import {ReportError} from './errors.js';
import {classifyLine, type LineClass} from './vocabulary.js';

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

  for (let i = 0; i < raw.length; i++) {
    const line: ReportLine = {n: i + 1, text: raw[i] as string, c: classifyLine(raw[i] as string)};
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
      throw new ReportError(line.n, currentTitle, `a table of over ${REPORT_LIMITS.maxTableRows.toLocaleString('en')} rows is refused`);
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
