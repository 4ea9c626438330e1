/**
 * The phrases that state this role's own figures ("38 points above the Green threshold", "70% of
 * task time at Score 1", "Confirmed at +2", "evidence (8 vs 9)"), each read into a statement
 * compared with the scorecard. A number is read only in a phrase that names the figure.
 */
import {METHOD} from './definition.js';
import {roundTo} from './format.js';
import {agrees, type Found, lowerKeepingOffsets, numeric, type ProseKind, sameForm, scoreStatement, ZONE_WORD} from './prose-statement.js';
import type {Scorecard} from './score.js';
import type {Assessment} from './types.js';

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;

/** The share of task time scored `score` (or more, with `orMore`), once every task has its time and score. */
function shareAt(a: Assessment, score: number, orMore: boolean): number | null {
  if (a.tasks.length === 0 || !a.tasks.every((t) => t.timePercent !== null && t.score !== null)) return null;
  return a.tasks.reduce((s, t) => s + ((orMore ? (t.score as number) >= score : t.score === score) ? (t.timePercent as number) : 0), 0);
}

/**
 * `hint`: words one of which the text must hold for the pattern to be tried (most texts hold
 * none): a hint in lower case is looked for in the text in lower case, any other as written.
 * Every pattern compiled costs `check` more than reading the text (V8 compiles each expression
 * to machine code on every run), so a hint names the phrase as closely as it can.
 * `caseless`: `re` is matched in the prose in lower case (lowerKeepingOffsets), so it is written
 * in lower case and any case matches; V8 compiles it for about two thirds of what the `i` flag
 * costs. Its flags are `gd`: the indices give the words back as written.
 * `fields`: the only fields the pattern is read in (where the assessor speaks of the score).
 * `examples`: phrases it reads (a test reads each, and finds each hint in one of them).
 */
export type Pattern = {examples: readonly string[]; hint: readonly string[]; re: RegExp; caseless?: true; read: (m: RegExpExecArray, a: Assessment, card: Scorecard) => Found | null; fields?: readonly string[]};

/** Where "The 86.1 …" can only be the role's score: the override's reason and the Score vs Reality Check. */
const SCORE_TALK = ['override.note', 'commentary.scoreVsReality'];

/** Offset of capture group `i` in the match (the first occurrence of its text after the groups before it). */
function groupAt(m: RegExpExecArray, i: number): number {
  const value = m[i] as string;
  let from = 0;
  for (let j = 1; j < i; j++) {
    const prior = m[j];
    if (prior === undefined) continue;
    const p = m[0].indexOf(prior, from);
    if (p >= 0) from = p + prior.length;
  }
  return m.index + m[0].indexOf(value, from);
}

const COMPARED: Record<string, ProseKind> = {
  evidence: 'evidenceTotal',
  barrier: 'barrierTotal',
  barriers: 'barrierTotal',
  protective: 'protectiveTotal',
  growth: 'growth',
  'task resistance': 'taskResistance',
};

function exactOf(kind: ProseKind, card: Scorecard): number | null {
  switch (kind) {
    case 'evidenceTotal':
      return card.evidenceTotal;
    case 'barrierTotal':
      return card.barrierTotal;
    case 'protectiveTotal':
      return card.protectiveTotal;
    case 'growth':
      return card.growth;
    case 'taskResistance':
      return card.taskResistance;
    case 'evidenceModifier':
      return card.evidenceModifier;
    case 'barrierModifier':
      return card.barrierModifier;
    case 'growthModifier':
      return card.growthModifier;
    default:
      return null;
  }
}

// Words that follow "The 86.1" when it is the role's score being talked about.
const SCORE_VERBS = 'is|was|calibrates|reflects|sits|places|puts|holds|looks|feels|seems|understates|overstates|matches|lands|captures|score|JobZone|rating';

// "If the role is Red, …", "would stay Green": a supposition, not a statement of the role's zone.
const HYPOTHETICAL = new Set(['if', 'whether', 'unless', 'until', 'once', 'when', 'would', 'could', 'might', 'should', 'may']);
const supposes = (clause: string) => (lowerKeepingOffsets(clause).match(/\w+/g) ?? []).some((w) => HYPOTHETICAL.has(w));

/** The words of the clause before `at` (back to the last sentence or clause stop). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '), before.lastIndexOf(' — '));
  return before.slice(stop + 1);
}

const DIGITS = '0123456789'.split('');
const SCORE_NAMES = ['jobzone', 'aijri'];
const SCORE_NAME_NEXT = [' composite', ' score', ' of', ' is', ' at', ' =', ':'];
const ROLE_SCORES = [' scores ', ' scored ', ' is scored at ', ' sits at ', ' lands at ', ' comes in at '];

export const PATTERNS: readonly Pattern[] = [
  {
    examples: ['38 points above the Green threshold', '9.9 points below the Yellow zone boundary', '1 point above the green line', '0.5 point below the Yellow line'],
    hint: ['points above', 'points below', 'point above', 'point below'],
    re: /\b(\d+(?:\.\d)?) (points?) (above|below) the (green|yellow) (?:zone )?(?:threshold|boundary|line)\b/dg,
    caseless: true,
    read: (m, _a, card) => {
      if (card.score === null) return null;
      const written = m[1] as string;
      const threshold = (m[4] as string).toLowerCase() === 'green' ? METHOD.zones.greenMin : METHOD.zones.yellowMin;
      const distance = roundTo(card.score - threshold, 1);
      const direction = distance >= 0 ? 'above' : 'below';
      const size = Math.abs(distance);
      const valueAt = groupAt(m, 1);
      const span = `${written} ${m[2]} ${m[3]}`;
      const ok = (m[3] as string).toLowerCase() === direction && agrees(written, size, true);
      const computed = ok ? span : `${sameForm(size, written)} ${m[2]} ${direction}`;
      return {kind: 'threshold', text: m[0], at: m.index, stated: span, computed, status: ok ? 'ok' : 'stale', fix: ok ? null : {valueAt, length: span.length, replacement: computed}};
    },
  },
  {
    examples: ['70% of task time at Score 1', '20% of task time scoring 3+', '5% of their time is on tasks scored at a 4 or higher', '10.5% of time scores 2'],
    hint: ['% of'],
    re: /\b(\d{1,3}(?:\.\d+)?)% of (?:(?:the|their|its|this role's) )?(?:task )?time (?:(?:is|sits|falls) )?(?:at|scor(?:ing|ed|es)|on tasks scor(?:ing|ed)(?: at)?) (?:a )?(?:score )?([1-5])(\+| or (?:higher|above|more))?/dg,
    caseless: true,
    read: (m, a) => numeric('share', m[0], m.index, m[1] as string, groupAt(m, 1), shareAt(a, Number(m[2]), m[3] !== undefined)),
  },
  // The time scored 1.
  {
    examples: ['70% of task time is irreducible', '70% of the time is irreducibly human'],
    hint: ['irreducib'],
    re: /\b(\d{1,3}(?:\.\d+)?)% of (?:(?:the|their|its|this role's) )?(?:task )?time is irreducib(?:le|ly human)\b/dg,
    caseless: true,
    read: (m, a) => numeric('share', m[0], m.index, m[1] as string, groupAt(m, 1), shareAt(a, 1, false)),
  },
  {
    examples: ['The 4.70 Task Resistance'],
    hint: ['Task Resistance'],
    re: /\b(\d\.\d{1,4}) Task Resistance\b/g,
    read: (m, _a, card) => numeric('taskResistance', m[0], m.index, m[1] as string, groupAt(m, 1), card.taskResistance),
  },
  {
    examples: ['Task Resistance Score: (4.7', 'Task Resistance of 4.70', 'Task Resistance is 4.7', 'Task Resistance at 4.70', 'Task Resistance = 4.700', 'Task Resistance: 4.7'],
    hint: ['Task Resistance Score', 'Task Resistance of', 'Task Resistance is', 'Task Resistance at', 'Task Resistance =', 'Task Resistance:'],
    re: /\bTask Resistance(?: Score)?(?: of| is| at| =|:) \(?(\d\.\d{1,4})\b(?!\.?\d)/g,
    read: (m, _a, card) => numeric('taskResistance', m[0], m.index, m[1] as string, groupAt(m, 1), card.taskResistance),
  },
  // The first side is this role's.
  {
    examples: ['evidence (8 vs 9)', 'Barriers (4 vs. 3)', 'growth correlation (+2/2 vs 1/2)', 'Task Resistance score (4.70 vs 4.60)'],
    hint: [' vs'],
    re: new RegExp(String.raw`\b(evidence|barriers?|protective|growth|task resistance)(?: score| total| correlation)? \((${NUM})(?:\/\d+)? vs\.? ${NUM}(?:\/\d+)?\)`, 'dg'),
    caseless: true,
    read: (m, _a, card) => {
      const kind = COMPARED[(m[1] as string).toLowerCase()] as ProseKind;
      return numeric(kind, m[0], m.index, m[2] as string, groupAt(m, 2), exactOf(kind, card));
    },
  },
  {
    examples: ['The barrier score (4/10)', 'a Barrier Total of 4/10'],
    hint: ['barrier score', 'barrier total'],
    re: /\bbarrier (?:score|total)(?: of| is| at|:)? \(?(\d{1,2})\/10\b/dg,
    caseless: true,
    read: (m, _a, card) => numeric('barrierTotal', m[0], m.index, m[1] as string, groupAt(m, 1), card.barrierTotal),
  },
  {
    examples: ['a Protective Total of 4/9', 'protective score: 4/9'],
    hint: ['protective score', 'protective total'],
    re: /\bprotective (?:score|total)(?: of| is| at|:)? \(?(\d{1,2})\/9\b/dg,
    caseless: true,
    read: (m, _a, card) => numeric('protectiveTotal', m[0], m.index, m[1] as string, groupAt(m, 1), card.protectiveTotal),
  },
  // Not "an evidence score of 2": that is one dimension's.
  {
    examples: ['a total evidence score of +8', 'Evidence total: 8/10', 'the evidence score (8/10)'],
    hint: ['total evidence', 'evidence total', 'evidence score ('],
    re: /\b(?:total evidence(?: score)?|evidence total)(?: of| is| at|:)? \(?([+-]?\d{1,2})(?:\/10)?\b(?!\.?\d|%)|\bevidence score \(([+-]?\d{1,2})(?:\/10)?\)/dg,
    caseless: true,
    read: (m, _a, card) => (m[1] === undefined ? numeric('evidenceTotal', m[0], m.index, m[2] as string, groupAt(m, 2), card.evidenceTotal) : numeric('evidenceTotal', m[0], m.index, m[1], groupAt(m, 1), card.evidenceTotal)),
  },
  {
    examples: ['the Evidence Modifier (1.32)', 'a Barrier Modifier of 1.08', 'growth modifier = 1.1'],
    hint: ['evidence modifier', 'barrier modifier', 'growth modifier'],
    re: /\b(evidence|barrier|growth) modifier(?: of| is| at| =|:)? \(?(\d\.\d{1,2})\b(?!\.?\d)/dg,
    caseless: true,
    read: (m, _a, card) => {
      const kind = `${(m[1] as string).toLowerCase()}Modifier` as ProseKind;
      return numeric(kind, m[0], m.index, m[2] as string, groupAt(m, 2), exactOf(kind, card));
    },
  },
  {
    examples: ['Confirmed at +2', 'confirmed at 1.'],
    hint: ['confirmed at'],
    re: /\bconfirmed at ([+-]?\d)\b(?!\.?\d|%)/dg,
    caseless: true,
    read: (m, _a, card) => numeric('growth', m[0], m.index, m[1] as string, groupAt(m, 1), card.growth),
  },
  {
    examples: ['AI Growth Correlation = 2', 'growth correlation score of +1'],
    hint: ['growth correlation'],
    re: /\bgrowth correlation(?: score)?(?: of| is| at| =|:) ([+-]?\d)\b(?!\.?\d|%|\/)/dg,
    caseless: true,
    read: (m, _a, card) => numeric('growth', m[0], m.index, m[1] as string, groupAt(m, 1), card.growth),
  },
  {
    examples: ['This qualifies as Green Zone (Accelerated)', 'the role stays Green.', 'The assessment sits in the Yellow Zone', 'This role is Red'],
    hint: ['Green', 'Yellow', 'Red'],
    re: /\b(?:[Tt]his|[Tt]he) (?:role |assessment )?(?:qualifies as|is|stays|remains|scores|sits in|lands in) (?:firmly |solidly |comfortably |still )?(?:in )?(?:the )?(Green|Yellow|Red)( Zone)?(?: \((\w[\w ]*)\))?(?=[\s.,;:)!?]|$)/g,
    read: (m, _a, card) => {
      if (card.zone === null || supposes(clauseBefore(m.input, m.index))) return null;
      const zone = m[1] as string;
      const sub = m[3];
      const want = ZONE_WORD[card.zone];
      const wantSub = card.subLabel && /\(([^)]*)\)/.exec(card.subLabel)?.[1];
      const zoneOk = zone.toUpperCase() === card.zone;
      const subOk = sub === undefined || (wantSub !== undefined && wantSub !== null && sub.toLowerCase() === wantSub.toLowerCase());
      const valueAt = groupAt(m, 1);
      const span = m[0].slice(valueAt - m.index);
      const ok = zoneOk && subOk;
      const computed = ok ? span : `${want}${m[2] ?? ''}${sub !== undefined && wantSub ? ` (${wantSub})` : ''}`;
      return {kind: 'zone', text: m[0], at: m.index, stated: span, computed, status: ok ? 'ok' : 'stale', fix: ok ? null : {valueAt, length: span.length, replacement: computed}};
    },
  },
  // True only against a library.
  {
    examples: ['the highest-scoring role in the project', 'the highest scoring assessment', 'the lowest-scoring role', 'The lowest scoring assessment of the library'],
    hint: ['highest-scoring', 'highest scoring', 'lowest-scoring', 'lowest scoring'],
    re: /\bthe (highest|lowest)[- ]scoring (?:role|assessment)(?: (?:in|of) the (?:project|library|team(?:'s)? library))?/dg,
    caseless: true,
    read: (m) => ({kind: 'rank', text: m[0], at: m.index, stated: (m[1] as string).toLowerCase(), computed: null, status: 'unverified', fix: null}),
  },
  {
    examples: ['The 86.1 calibrates', ...DIGITS.map((d) => `the ${d}0.1 is honest`)],
    hint: DIGITS.map((d) => `the ${d}`),
    re: new RegExp(String.raw`\b[Tt]he (\d{1,3}\.\d)(?= (?:${SCORE_VERBS})\b)`, 'g'),
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
    fields: SCORE_TALK,
  },
  {
    examples: ['a JobZone score of 86.1', 'AIJRI 86.1/100', 'the JobZone Composite Score: 86', ...SCORE_NAMES.flatMap((name) => [...SCORE_NAME_NEXT.map((next) => `${name}${next} 86.1`), ...DIGITS.map((d) => `${name} ${d}`)])],
    // The name, then one of the words that may follow it, or the figure.
    hint: SCORE_NAMES.flatMap((name) => [...SCORE_NAME_NEXT, ...DIGITS.map((d) => ` ${d}`)].map((next) => name + next)),
    re: /\b(?:jobzone|aijri)(?: composite)?(?: score)?(?: of| is| at| =|:)? (\d{1,3}(?:\.\d)?)(?:\/100)?\b(?!\.?\d|%| ?(?:threshold|boundary|cut-?off|line|mark|points?)\b)/dg,
    caseless: true,
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
  },
  {
    examples: ['it comes in at a 86.1', ...['This role', 'the role', 'it'].flatMap((who) => ROLE_SCORES.map((verb) => `${who}${verb}86.1`))],
    hint: ['role', 'it'].flatMap((who) => ROLE_SCORES.map((verb) => who + verb)),
    re: /\b(?:this role|the role|it) (?:scores|scored|is scored at|sits at|lands at|comes in at) (?:a )?(\d{1,3}\.\d)\b(?!\.?\d|%)/dg,
    caseless: true,
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
  },
];
