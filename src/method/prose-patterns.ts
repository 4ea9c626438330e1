/**
 * The phrases that state this role's own figures ("38 points above the Green threshold", "70% of
 * task time at Score 1", "Confirmed at +2", "evidence (8 vs 9)"), each read into a statement
 * compared with the scorecard. A number is read only in a phrase that names the figure.
 */
import {METHOD} from './definition.js';
import {roundTo} from './format.js';
import {agrees, type Found, numeric, type ProseKind, sameForm, scoreStatement, ZONE_WORD} from './prose-statement.js';
import type {Scorecard} from './score.js';
import type {Assessment} from './types.js';

const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;

/** The share of task time scored `score` (or more, with `orMore`), once every task has its time and score. */
function shareAt(a: Assessment, score: number, orMore: boolean): number | null {
  if (a.tasks.length === 0 || !a.tasks.every((t) => t.timePercent !== null && t.score !== null)) return null;
  return a.tasks.reduce((s, t) => s + ((orMore ? (t.score as number) >= score : t.score === score) ? (t.timePercent as number) : 0), 0);
}

/** `fields`: the only fields the pattern is read in (where the assessor speaks of the score). */
/**
 * `hint`: words one of which the text must hold for the pattern to be tried (most texts hold
 * none): a hint in lower case is looked for in the text in lower case, any other as written.
 */
export type Pattern = {hint: readonly string[]; re: RegExp; read: (m: RegExpExecArray, a: Assessment, card: Scorecard) => Found | null; fields?: readonly string[]};

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
const HYPOTHETICAL = /\b(?:if|whether|unless|until|once|when|would|could|might|should|may)\b/i;

/** The words of the clause before `at` (back to the last sentence or clause stop). */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 300), at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '), before.lastIndexOf(' — '));
  return before.slice(stop + 1);
}

export const PATTERNS: readonly Pattern[] = [
  // "38 points above the Green threshold", "9.9 points below the Yellow threshold".
  {
    hint: ['point'],
    re: new RegExp(String.raw`\b(\d+(?:\.\d)?) (points?) (above|below) the (Green|Yellow) (?:zone )?(?:threshold|boundary|line)\b`, 'gi'),
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
  // "70% of task time at Score 1", "20% of task time scoring 3+", "… scores 4 or higher".
  {
    hint: ['% of'],
    re: new RegExp(String.raw`\b(\d{1,3}(?:\.\d+)?)% of (?:the |their |its |this role's )?(?:task )?time (?:is |sits |falls )?(?:at|scoring|scored|scores|on tasks scor(?:ing|ed)(?: at)?) (?:a )?(?:score )?([1-5])(\+| or (?:higher|above|more))?`, 'gi'),
    read: (m, a) => numeric('share', m[0], m.index, m[1] as string, groupAt(m, 1), shareAt(a, Number(m[2]), m[3] !== undefined)),
  },
  // "70% of task time is irreducible": the time scored 1.
  {
    hint: ['% of'],
    re: /\b(\d{1,3}(?:\.\d+)?)% of (?:the |their |its |this role's )?(?:task )?time is (?:irreducible|irreducibly human)\b/gi,
    read: (m, a) => numeric('share', m[0], m.index, m[1] as string, groupAt(m, 1), shareAt(a, 1, false)),
  },
  // "The 4.70 Task Resistance", "Task Resistance of 4.70".
  {
    hint: ['task resistance'],
    re: /\b(\d\.\d{1,4}) Task Resistance\b/g,
    read: (m, _a, card) => numeric('taskResistance', m[0], m.index, m[1] as string, groupAt(m, 1), card.taskResistance),
  },
  {
    hint: ['task resistance'],
    re: /\bTask Resistance(?: Score)?(?: of| is| at| =|:) \(?(\d\.\d{1,4})\b(?!\.?\d)/g,
    read: (m, _a, card) => numeric('taskResistance', m[0], m.index, m[1] as string, groupAt(m, 1), card.taskResistance),
  },
  // "evidence (8 vs 9)", "barriers (4 vs 3)": the first side is this role's.
  {
    hint: [' vs'],
    re: new RegExp(String.raw`\b(evidence|barriers?|protective|growth|task resistance)(?: score| total| correlation)? \((${NUM})(?:\/\d+)? vs\.? ${NUM}(?:\/\d+)?\)`, 'gi'),
    read: (m, _a, card) => {
      const kind = COMPARED[(m[1] as string).toLowerCase()] as ProseKind;
      return numeric(kind, m[0], m.index, m[2] as string, groupAt(m, 2), exactOf(kind, card));
    },
  },
  // "The barrier score (4/10)", "a Protective Total of 4/9", "evidence score of +8".
  {
    hint: ['barrier'],
    re: /\bbarrier (?:score|total)(?: of| is| at|:)? \(?(\d{1,2})\/10\b/gi,
    read: (m, _a, card) => numeric('barrierTotal', m[0], m.index, m[1] as string, groupAt(m, 1), card.barrierTotal),
  },
  {
    hint: ['protective'],
    re: /\bprotective (?:score|total)(?: of| is| at|:)? \(?(\d{1,2})\/9\b/gi,
    read: (m, _a, card) => numeric('protectiveTotal', m[0], m.index, m[1] as string, groupAt(m, 1), card.protectiveTotal),
  },
  // Not "an evidence score of 2": that is one dimension's.
  {
    hint: ['evidence'],
    re: /\b(?:total evidence(?: score)?|evidence total)(?: of| is| at|:)? \(?([+-]?\d{1,2})(?:\/10)?\b(?!\.?\d|%)|\bevidence score \(([+-]?\d{1,2})(?:\/10)?\)/gi,
    read: (m, _a, card) => (m[1] === undefined ? numeric('evidenceTotal', m[0], m.index, m[2] as string, groupAt(m, 2), card.evidenceTotal) : numeric('evidenceTotal', m[0], m.index, m[1], groupAt(m, 1), card.evidenceTotal)),
  },
  // "the Evidence Modifier (1.32)", "a Barrier Modifier of 1.08".
  {
    hint: ['modifier'],
    re: /\b(Evidence|Barrier|Growth) Modifier(?: of| is| at| =|:)? \(?(\d\.\d{1,2})\b(?!\.?\d)/gi,
    read: (m, _a, card) => {
      const kind = `${(m[1] as string).toLowerCase()}Modifier` as ProseKind;
      return numeric(kind, m[0], m.index, m[2] as string, groupAt(m, 2), exactOf(kind, card));
    },
  },
  // "Confirmed at +2", "AI Growth Correlation = 2".
  {
    hint: ['confirmed at'],
    re: /\bConfirmed at ([+-]?\d)\b(?!\.?\d|%)/gi,
    read: (m, _a, card) => numeric('growth', m[0], m.index, m[1] as string, groupAt(m, 1), card.growth),
  },
  {
    hint: ['growth correlation'],
    re: /\bGrowth Correlation(?: score)?(?: of| is| at| =|:) ([+-]?\d)\b(?!\.?\d|%|\/)/gi,
    read: (m, _a, card) => numeric('growth', m[0], m.index, m[1] as string, groupAt(m, 1), card.growth),
  },
  // "This qualifies as Green Zone (Accelerated)", "the role stays Green".
  {
    hint: ['Green', 'Yellow', 'Red'],
    re: /\b(?:[Tt]his|[Tt]he) (?:role |assessment )?(?:qualifies as|is|stays|remains|scores|sits in|lands in) (?:firmly |solidly |comfortably |still )?(?:in )?(?:the )?(Green|Yellow|Red)( Zone)?(?: \((\w[\w ]*)\))?(?=[\s.,;:)!?]|$)/g,
    read: (m, _a, card) => {
      if (card.zone === null || HYPOTHETICAL.test(clauseBefore(m.input, m.index))) return null;
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
  // "the highest-scoring role in the project": true only against a library.
  {
    hint: ['scoring'],
    re: /\bthe (highest|lowest)[- ]scoring (?:role|assessment)(?: (?:in|of) the (?:project|library|team(?:'s)? library))?/gi,
    read: (m) => ({kind: 'rank', text: m[0], at: m.index, stated: (m[1] as string).toLowerCase(), computed: null, status: 'unverified', fix: null}),
  },
  // "The 86.1 calibrates…", "a JobZone score of 86.1", "86.1/100".
  {
    hint: ['the 0', 'the 1', 'the 2', 'the 3', 'the 4', 'the 5', 'the 6', 'the 7', 'the 8', 'the 9'],
    re: new RegExp(String.raw`\b[Tt]he (\d{1,3}\.\d)(?= (?:${SCORE_VERBS})\b)`, 'g'),
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
    fields: SCORE_TALK,
  },
  {
    hint: ['jobzone', 'aijri'],
    re: /\b(?:JobZone|AIJRI)(?: Composite)?(?: Score)?(?: of| is| at| =|:)? (\d{1,3}(?:\.\d)?)(?:\/100)?\b(?!\.?\d|%| ?(?:threshold|boundary|cut-?off|line|mark|points?)\b)/gi,
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
  },
  {
    hint: [' scores ', ' scored ', ' sits at ', ' lands at ', ' comes in at '],
    re: /\b(?:this role|the role|it) (?:scores|scored|is scored at|sits at|lands at|comes in at) (?:a )?(\d{1,3}\.\d)\b(?!\.?\d|%)/gi,
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
  },
];
