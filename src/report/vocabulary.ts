/**
 * The seed report's own words: section titles, sub-headings, the labels that start a line, and
 * how a line of a report is recognised. Export and import share this, so that a line the
 * reader would take for structure is exactly a line the writer neutralises in user text.
 */
import {SECTIONS, type SectionId} from '../method/fields.js';

/** Lines that start with one of these carry a figure or an input ("Timeline: 3-5 years."). */
export const LABELS = {
  seniorityNote: 'Seniority note:',
  quickScreen: 'Quick screen result:',
  taskResistance: 'Task Resistance Score:',
  split: 'Displacement/Augmentation split:',
  reinstatementCheck: 'Reinstatement check (Acemoglu):',
  reframedQuestion: 'Reframed question:',
  raw: 'Raw:',
  score: 'JobZone Score:',
  zone: 'Zone:',
  override: 'Assessor override:',
  biggestFactor: 'The single biggest factor:',
  roleIn2028: 'The role in 2028:',
  survivalStrategy: 'Survival strategy:',
  timeline: 'Timeline:',
} as const;
export type LabelKey = keyof typeof LABELS;

/** Labels whose line states a computed figure (one line); the others introduce user text. */
export const STATED_LABELS: ReadonlySet<LabelKey> = new Set(['quickScreen', 'taskResistance', 'split', 'raw', 'score', 'zone']);

/** The sub-headings of the Assessor Commentary. */
export const SUBHEADINGS = {
  scoreVsReality: 'Score vs Reality Check',
  numbersDontCapture: "What the Numbers Don't Capture",
  whoShouldWorry: "Who Should Worry (and Who Shouldn't)",
} as const;
export type SubheadingKey = keyof typeof SUBHEADINGS;

/** The optional last section that our exports add; never part of the seed's format. */
export const APPENDIX_TITLE = 'Method notes';
export const OVERRIDE_NONE = 'None — formula score accepted.';
/** The title of a report whose job title is still empty. */
export const UNTITLED = '(untitled role)';
export const METHOD_DEFAULTS_LINE = '- Method defaults set for this assessment:';
/** The Method notes line that declares the other names a role is cited by, separated by "; ". */
export const ALIASES_LINE = '- Also cited as:';
/** The Method notes line that records the cited names the assessor confirmed: "name = title; …". */
export const CITED_AS_LINE = '- Cited names confirmed:';

export type LineClass =
  | {kind: 'blank'}
  | {kind: 'section'; id: SectionId; title: string}
  | {kind: 'appendix'}
  | {kind: 'subheading'; key: SubheadingKey}
  | {kind: 'label'; key: LabelKey; rest: string}
  | {kind: 'row'}
  | {kind: 'fence'; marker: string}
  | {kind: 'heading'; text: string}
  | {kind: 'text'};

const sectionByTitle = new Map<string, (typeof SECTIONS)[number]>(SECTIONS.map((s) => [s.title, s]));
const subheadingByTitle = new Map<string, SubheadingKey>(Object.entries(SUBHEADINGS).map(([k, v]) => [v, k as SubheadingKey]));
const labelByText = new Map<string, LabelKey>((Object.entries(LABELS) as Array<[LabelKey, string]>).map(([k, v]) => [v, k]));

/** A heading's text without its `#` markers (ATX closing markers too), in linear time. */
function headingText(trimmed: string): string {
  let start = 0;
  while (trimmed.charCodeAt(start) === 35 /* # */) start++;
  let end = trimmed.length;
  while (end > start && trimmed.charCodeAt(end - 1) === 35) end--;
  return withoutEmphasis(trimmed.slice(start, end).trim());
}

const WRAPPED = /^(\*\*\*|___|\*\*|__|\*|_)(?=\S)(.*\S)\1$/;

/** A heading's text without emphasis around all of it ("**Evidence Score**"), as GitHub shows it. */
function withoutEmphasis(text: string): string {
  const m = WRAPPED.exec(text);
  return m ? (m[2] as string).trim() : text;
}

// Shared answers for the commonest lines: no allocation per line.
const BLANK: LineClass = {kind: 'blank'};
const ROW: LineClass = {kind: 'row'};
const TEXT: LineClass = {kind: 'text'};

/** What a line of a report is. Headings may carry `#` markers or none (the seed has none). */
export function classifyLine(line: string): LineClass {
  const trimmed = line.trim();
  if (trimmed === '') return BLANK;
  const first = trimmed[0];
  if (first === '|') return ROW;
  if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) return {kind: 'fence', marker: trimmed.slice(0, 3)};
  const isHeading = first === '#';
  const text = isHeading ? headingText(trimmed) : first === '*' || first === '_' ? withoutEmphasis(trimmed) : trimmed;
  const section = sectionByTitle.get(text);
  if (section) return {kind: 'section', id: section.id, title: section.title};
  if (text === APPENDIX_TITLE) return {kind: 'appendix'};
  const sub = subheadingByTitle.get(text);
  if (sub) return {kind: 'subheading', key: sub};
  // Every label ends at the line's first colon.
  const colon = text.indexOf(':');
  const key = colon > 0 ? labelByText.get(text.slice(0, colon + 1)) : undefined;
  if (key) return {kind: 'label', key, rest: text.slice(colon + 1).trim()};
  return isHeading ? {kind: 'heading', text} : TEXT;
}
