/**
 * Figures stated in prose: the sentences of an assessment's text fields that a reader takes as
 * this role's figures ("The 86.1 calibrates…", "70% of task time is irreducible", "38 points
 * above the Green threshold", "Confirmed at +2") or as another role's score ("AI Safety
 * Researcher (85.2)", "scored 64.7 Green"), each compared with the figure as computed.
 *
 * Precision before recall: a number is recognised only in a phrase that names the method's
 * figure it states, so salaries, posting counts, years and growth percentages are never read.
 * A figure equal to the computed one is true whatever its form ("4.7" for 4.70, "+2" for 2).
 *
 * Rounding rule: a figure is compared at the decimals it is written with (half away from zero,
 * as the report rounds), so "4.7" states 4.70 and "86" states 86.1. A distance to a threshold
 * written in whole points may also be the distance truncated ("38 points above" for 38.6 is
 * true, as is "39"); one written with a decimal must be the distance as shown.
 */
import type {LibraryEntry} from './calibration.js';
import {METHOD} from './definition.js';
import {FIELDS, getAt} from './fields.js';
import {fixed, roundTo} from './format.js';
import {REFERENCE_ROLES, type ReferenceRole} from './reference-roles.js';
import type {Scorecard} from './score.js';
import type {Assessment, Zone} from './types.js';

export type ProseKind =
  | 'score'
  | 'zone'
  | 'threshold'
  | 'share'
  | 'taskResistance'
  | 'protectiveTotal'
  | 'evidenceTotal'
  | 'barrierTotal'
  | 'evidenceModifier'
  | 'barrierModifier'
  | 'growthModifier'
  | 'growth'
  | 'rank'
  | 'citation';

/** `ok`: agrees with the computed figure; `stale`: does not; `unverified`: nothing to compare it with. */
export type ProseStatus = 'ok' | 'stale' | 'unverified';

/** Another role whose score may be cited: a library report or a published reference role. */
export type CitableRole = {
  title: string;
  /** Other names the role's report declares for itself. */
  aliases: readonly string[];
  score: number;
  zone: Zone;
  source: 'library' | 'reference';
  /** Where it is (a library report's path), for messages. */
  id?: string;
};

export type ProseContext = {
  /** Roles a citation may name; the library's first, then the reference roles. */
  roles?: readonly CitableRole[];
  /** The scores of the other roles of the library, for a rank; absent when there is no library. */
  libraryScores?: readonly number[] | null;
  /** Names the assessor has confirmed as another role's title (cited name → title, lower case keys). */
  confirmed?: Readonly<Record<string, string>>;
};

export type ProseStatement = {
  /** The field's dotted path ("commentary.scoreVsReality", "tasks.2.rationale"). */
  field: string;
  kind: ProseKind;
  /** The words recognised, as written, and where they start in the field's text. */
  text: string;
  at: number;
  /** The sentence that holds them. */
  sentence: string;
  /** The figure as stated and as computed, in the stated form (computed null when it cannot be). */
  stated: string;
  computed: string | null;
  status: ProseStatus;
  /** What a fix writes: `replacement` for the `length` characters at `valueAt` of the field's text. */
  fix: {valueAt: number; length: number; replacement: string} | null;
  /** For a citation: the name cited and the role it matched (null: unmatched). */
  cited?: {name: string; title: string | null; source: 'library' | 'reference' | null; id?: string};
  /** For an unmatched citation: the one role it most likely names, for the assessor to confirm. */
  suggestion?: string;
};

const ZONE_WORD: Record<Zone, string> = {GREEN: 'Green', YELLOW: 'Yellow', RED: 'Red'};
const NUM = String.raw`[+-]?\d+(?:\.\d+)?`;

const decimalsOf = (written: string): number => written.split('.')[1]?.length ?? 0;

/** Written with the same decimals as `like`, keeping a leading "+" when `like` has one and the value is positive. */
function sameForm(value: number, like: string): string {
  const out = fixed(value, decimalsOf(like));
  const plain = out === '-0' || /^-0\.0+$/.test(out) ? out.slice(1) : out;
  return like.startsWith('+') && value > 0 ? `+${plain}` : plain;
}

/** Whether a written figure states `exact` at its own decimals ("-0" is 0, "0.240" is 0.24). */
function agrees(written: string, exact: number, truncatedToo = false): boolean {
  const d = decimalsOf(written);
  const w = Number(written);
  if (w === roundTo(exact, d)) return true;
  if (!truncatedToo) return false;
  const f = 10 ** d;
  return w === Math.trunc(roundTo(exact, 6) * f) / f;
}

type Found = Omit<ProseStatement, 'field' | 'sentence'>;

/** A statement of one number: stale or ok by `agrees`, fixed by rewriting the number alone. */
function numeric(kind: ProseKind, text: string, at: number, written: string, valueAt: number, exact: number | null, truncatedToo = false): Found {
  if (exact === null) return {kind, text, at, stated: written, computed: null, status: 'unverified', fix: null};
  const ok = agrees(written, exact, truncatedToo);
  const computed = ok ? written : sameForm(exact, written);
  return {kind, text, at, stated: written, computed, status: ok ? 'ok' : 'stale', fix: ok ? null : {valueAt, length: written.length, replacement: computed}};
}

/** The share of task time scored `score` (or more, with `orMore`), once every task has its time and score. */
function shareAt(a: Assessment, score: number, orMore: boolean): number | null {
  if (a.tasks.length === 0 || !a.tasks.every((t) => t.timePercent !== null && t.score !== null)) return null;
  return a.tasks.reduce((s, t) => s + ((orMore ? (t.score as number) >= score : t.score === score) ? (t.timePercent as number) : 0), 0);
}

/** `fields`: the only fields the pattern is read in (where the assessor speaks of the score). */
type Pattern = {re: RegExp; read: (m: RegExpExecArray, a: Assessment, card: Scorecard) => Found | null; fields?: readonly string[]};

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

/** The score a reader takes as this role's: the one that counts, or the formula's beside an override. */
function scoreStatement(text: string, at: number, written: string, valueAt: number, card: Scorecard): Found {
  if (card.score !== null && card.formulaScoreShown !== null && card.overridden && agrees(written, card.formulaScoreShown)) {
    return {kind: 'score', text, at, stated: written, computed: written, status: 'ok', fix: null};
  }
  return numeric('score', text, at, written, valueAt, card.score);
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

const PATTERNS: readonly Pattern[] = [
  // "38 points above the Green threshold", "9.9 points below the Yellow threshold".
  {
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
    re: new RegExp(String.raw`\b(\d{1,3}(?:\.\d+)?)% of (?:the |their |its |this role's )?(?:task )?time (?:is |sits |falls )?(?:at|scoring|scored|scores|on tasks scor(?:ing|ed)(?: at)?) (?:a )?(?:score )?([1-5])(\+| or (?:higher|above|more))?`, 'gi'),
    read: (m, a) => numeric('share', m[0], m.index, m[1] as string, groupAt(m, 1), shareAt(a, Number(m[2]), m[3] !== undefined)),
  },
  // "70% of task time is irreducible": the time scored 1.
  {
    re: /\b(\d{1,3}(?:\.\d+)?)% of (?:the |their |its |this role's )?(?:task )?time is (?:irreducible|irreducibly human)\b/gi,
    read: (m, a) => numeric('share', m[0], m.index, m[1] as string, groupAt(m, 1), shareAt(a, 1, false)),
  },
  // "The 4.70 Task Resistance", "Task Resistance of 4.70".
  {
    re: /\b(\d\.\d{1,4}) Task Resistance\b/g,
    read: (m, _a, card) => numeric('taskResistance', m[0], m.index, m[1] as string, groupAt(m, 1), card.taskResistance),
  },
  {
    re: /\bTask Resistance(?: Score)?(?: of| is| at| =|:) \(?(\d\.\d{1,4})\b(?!\.?\d)/g,
    read: (m, _a, card) => numeric('taskResistance', m[0], m.index, m[1] as string, groupAt(m, 1), card.taskResistance),
  },
  // "evidence (8 vs 9)", "barriers (4 vs 3)": the first side is this role's.
  {
    re: new RegExp(String.raw`\b(evidence|barriers?|protective|growth|task resistance)(?: score| total| correlation)? \((${NUM})(?:\/\d+)? vs\.? ${NUM}(?:\/\d+)?\)`, 'gi'),
    read: (m, _a, card) => {
      const kind = COMPARED[(m[1] as string).toLowerCase()] as ProseKind;
      return numeric(kind, m[0], m.index, m[2] as string, groupAt(m, 2), exactOf(kind, card));
    },
  },
  // "The barrier score (4/10)", "a Protective Total of 4/9", "evidence score of +8".
  {
    re: /\bbarrier (?:score|total)(?: of| is| at|:)? \(?(\d{1,2})\/10\b/gi,
    read: (m, _a, card) => numeric('barrierTotal', m[0], m.index, m[1] as string, groupAt(m, 1), card.barrierTotal),
  },
  {
    re: /\bprotective (?:score|total)(?: of| is| at|:)? \(?(\d{1,2})\/9\b/gi,
    read: (m, _a, card) => numeric('protectiveTotal', m[0], m.index, m[1] as string, groupAt(m, 1), card.protectiveTotal),
  },
  // Not "an evidence score of 2": that is one dimension's.
  {
    re: /\b(?:total evidence(?: score)?|evidence total)(?: of| is| at|:)? \(?([+-]?\d{1,2})(?:\/10)?\b(?!\.?\d|%)|\bevidence score \(([+-]?\d{1,2})(?:\/10)?\)/gi,
    read: (m, _a, card) => (m[1] === undefined ? numeric('evidenceTotal', m[0], m.index, m[2] as string, groupAt(m, 2), card.evidenceTotal) : numeric('evidenceTotal', m[0], m.index, m[1], groupAt(m, 1), card.evidenceTotal)),
  },
  // "the Evidence Modifier (1.32)", "a Barrier Modifier of 1.08".
  {
    re: /\b(Evidence|Barrier|Growth) Modifier(?: of| is| at| =|:)? \(?(\d\.\d{1,2})\b(?!\.?\d)/gi,
    read: (m, _a, card) => {
      const kind = `${(m[1] as string).toLowerCase()}Modifier` as ProseKind;
      return numeric(kind, m[0], m.index, m[2] as string, groupAt(m, 2), exactOf(kind, card));
    },
  },
  // "Confirmed at +2", "AI Growth Correlation = 2".
  {
    re: /\bConfirmed at ([+-]?\d)\b(?!\.?\d|%)/gi,
    read: (m, _a, card) => numeric('growth', m[0], m.index, m[1] as string, groupAt(m, 1), card.growth),
  },
  {
    re: /\bGrowth Correlation(?: score)?(?: of| is| at| =|:) ([+-]?\d)\b(?!\.?\d|%|\/)/gi,
    read: (m, _a, card) => numeric('growth', m[0], m.index, m[1] as string, groupAt(m, 1), card.growth),
  },
  // "This qualifies as Green Zone (Accelerated)", "the role stays Green".
  {
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
    re: /\bthe (highest|lowest)[- ]scoring (?:role|assessment)(?: (?:in|of) the (?:project|library|team(?:'s)? library))?/gi,
    read: (m) => ({kind: 'rank', text: m[0], at: m.index, stated: (m[1] as string).toLowerCase(), computed: null, status: 'unverified', fix: null}),
  },
  // "The 86.1 calibrates…", "a JobZone score of 86.1", "86.1/100".
  {
    re: new RegExp(String.raw`\b[Tt]he (\d{1,3}\.\d)(?= (?:${SCORE_VERBS})\b)`, 'g'),
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
    fields: SCORE_TALK,
  },
  {
    re: /\b(?:JobZone|AIJRI)(?: Composite)?(?: Score)?(?: of| is| at| =|:)? (\d{1,3}(?:\.\d)?)(?:\/100)?\b(?!\.?\d|%| ?(?:threshold|boundary|cut-?off|line|mark|points?)\b)/gi,
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
  },
  {
    re: /\b(?:this role|the role|it) (?:scores|scored|is scored at|sits at|lands at|comes in at) (?:a )?(\d{1,3}\.\d)\b(?!\.?\d|%)/gi,
    read: (m, _a, card) => scoreStatement(m[0], m.index, m[1] as string, groupAt(m, 1), card),
  },
];

// A cited score: "Name (85.2)", "Name (85.2 Green)", or "scored 85.2 Green" after "Name (…".
const CITED_IN_PARENS = /\((\d{1,3}\.\d)(?:\/100)?(?:,? (Green|Yellow|Red)(?: Zone)?)?\)/g;
const SCORED = /\bscor(?:ed|es|ing) (?:at )?(\d{1,3}\.\d)(?:\/100)?(?:,? (Green|Yellow|Red)\b(?: Zone)?)?(?!\.?\d|%| ?\/ ?\d| out of| on a| stars?\b| points?\b)/g;

const NAME_WORD = /^[A-Z0-9][\w/&'.+-]*$/;
const CONNECTOR = /^(?:of|and|&|for|in|\/|-)$/;
const NOT_A_NAME = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Than', 'Vs', 'NOT', 'Not', 'And', 'But', 'Against', 'Like', 'If', 'As', 'Or', 'With', 'From', 'To', 'At', 'By', 'For', 'In', 'Of', 'On', 'It', 'Its']);

/** The role name that ends just before `end` in `text`: a run of capitalised words ("AI Safety Researcher"). */
function nameBefore(text: string, end: number): string | null {
  const before = text.slice(Math.max(0, end - 120), end).replace(/[\s,:;]+$/, '');
  const words = before.split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 7; i--) {
    const w = (words[i] as string).replace(/^[("'“‘]+/, '');
    const bare = w.replace(/[.,;:]$/, '');
    if (bare !== w && name.length > 0) break;
    if (NOT_A_NAME.has(bare)) break;
    if (NAME_WORD.test(bare) || (name.length > 0 && CONNECTOR.test(bare))) name.unshift(bare);
    else break;
    if (w !== (words[i] as string)) break;
  }
  while (name.length && CONNECTOR.test(name[0] as string)) name.shift();
  // A role's name ends in a word ("Engineer"), not a number ("Q4 2024").
  if (!/^[A-Za-z][^\d]*$/.test(name.at(-1) ?? '')) return null;
  return name.length ? name.join(' ') : null;
}

/** Where the innermost open parenthesis before `at` opens (within a few hundred characters), or -1. */
function openParenBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - 400); i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '\n') return -1;
  }
  return -1;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim();
const wordsOf = (s: string) => norm(s).split(' ').filter(Boolean);

/** Whether `name` is this role's own title, or two or more of its words in a row ("Alignment Researcher"). */
function namesSelf(name: string, title: string): boolean {
  const n = wordsOf(name);
  const t = wordsOf(title);
  if (n.length === 0 || t.length === 0) return false;
  if (n.join(' ') === t.join(' ')) return true;
  if (n.length < 2) return false;
  for (let i = 0; i + n.length <= t.length; i++) if (n.every((w, j) => t[i + j] === w)) return true;
  return false;
}

/** "RL Engineer" and "Reinforcement Learning Engineer": the cited name's short words as initials of the title's words. */
function initialsMatch(name: string, title: string): boolean {
  const n = wordsOf(name);
  const t = wordsOf(title);
  let j = 0;
  for (const w of n) {
    if (t[j] === w) {
      j++;
      continue;
    }
    if (w.length < 2 || w.length > 4) return false;
    const part = t.slice(j, j + w.length);
    if (part.length !== w.length || part.map((x) => x[0]).join('') !== w) return false;
    j += w.length;
  }
  return j === t.length && n.join(' ') !== t.join(' ');
}

function findRole(name: string, ctx: ProseContext): CitableRole | null {
  const roles = ctx.roles ?? [];
  const wanted = norm(name);
  const confirmedTitle = ctx.confirmed?.[wanted];
  const key = confirmedTitle ? norm(confirmedTitle) : wanted;
  return roles.find((r) => norm(r.title) === key) ?? roles.find((r) => r.aliases.some((alias) => norm(alias) === key)) ?? null;
}

function suggestionFor(name: string, ctx: ProseContext): string | undefined {
  const titles = [...new Set((ctx.roles ?? []).filter((r) => initialsMatch(name, r.title)).map((r) => r.title))];
  return titles.length === 1 ? titles[0] : undefined;
}

/** A cited score: the role named, its figure as cited, compared with the cited role's own. */
function citation(
  text: string,
  at: number,
  written: string,
  valueAt: number,
  zoneWord: string | undefined,
  name: string,
  a: Assessment,
  card: Scorecard,
  ctx: ProseContext,
): Found {
  const role = findRole(name, ctx);
  const own = a.role.jobTitle.trim();
  if ((role && own && norm(role.title) === norm(own)) || (!role && own && namesSelf(name, own))) {
    const found = scoreStatement(text, at, written, valueAt, card);
    const zoneOk = zoneWord === undefined || card.zone === null || zoneWord.toUpperCase() === card.zone;
    return zoneOk || found.status === 'unverified' ? found : {...found, status: 'stale', computed: `${found.computed} ${ZONE_WORD[card.zone as Zone]}`, fix: found.fix};
  }
  const stated = zoneWord ? `${written} ${zoneWord}` : written;
  if (!role) {
    const suggestion = suggestionFor(name, ctx);
    return {kind: 'citation', text, at, stated, computed: null, status: 'unverified', fix: null, cited: {name, title: null, source: null}, ...(suggestion ? {suggestion} : {})};
  }
  const scoreOk = agrees(written, role.score);
  const zoneOk = zoneWord === undefined || zoneWord.toUpperCase() === role.zone;
  const computedScore = scoreOk ? written : sameForm(role.score, written);
  const computed = zoneWord ? `${computedScore} ${zoneOk ? zoneWord : ZONE_WORD[role.zone]}` : computedScore;
  const ok = scoreOk && zoneOk;
  const zoneAt = zoneWord ? text.indexOf(zoneWord, valueAt - at + written.length) : -1;
  const fix = ok ? null : zoneWord && zoneAt >= 0 ? {valueAt, length: at + zoneAt + zoneWord.length - valueAt, replacement: text.slice(valueAt - at, at + zoneAt).replace(written, computedScore) + (zoneOk ? zoneWord : ZONE_WORD[role.zone])} : {valueAt, length: written.length, replacement: computedScore};
  return {kind: 'citation', text, at, stated, computed, status: ok ? 'ok' : 'stale', fix, cited: {name, title: role.title, source: role.source, ...(role.id ? {id: role.id} : {})}};
}

function citations(text: string, a: Assessment, card: Scorecard, ctx: ProseContext): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(CITED_IN_PARENS)) {
    const name = nameBefore(text, m.index);
    if (!name) continue;
    const at = text.lastIndexOf(name, m.index);
    out.push(citation(text.slice(at, m.index + m[0].length), at, m[1] as string, m.index + 1, m[2], name, a, card, ctx));
  }
  for (const m of text.matchAll(SCORED)) {
    const valueAt = m.index + m[0].indexOf(m[1] as string);
    const open = openParenBefore(text, m.index);
    const name = open >= 0 ? nameBefore(text, open) : nameBefore(text, m.index);
    if (!name) continue;
    out.push(citation(m[0], m.index, m[1] as string, valueAt, m[2], name, a, card, ctx));
  }
  return out;
}

/** The sentence of `text` around [at, end). */
function sentenceAround(text: string, at: number, end: number): string {
  // A few hundred characters either side at most: a sentence, not a whole pasted document.
  const from = Math.max(0, at - 300);
  const before = text.slice(from, at);
  const stops = [before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! ')];
  const start = from + Math.max(...stops.map((s, i) => (s < 0 ? 0 : s + (i === 1 ? 1 : 2))));
  const after = text.slice(end, end + 300).search(/[.?!](?:\s|$)|\n/);
  return text.slice(start, after < 0 ? Math.min(text.length, end + 300) : end + after + 1).trim();
}

/**
 * What an assessment's prose is checked against: the library's roles (their titles and declared
 * names) and the published reference roles; the library's other scores for a rank (null: no
 * library); the names this role's assessor confirmed (`own.citedAs`). `isSelf` tells this role's own entry.
 */
export function proseContext(
  own: {title: string; citedAs?: Readonly<Record<string, string>> | undefined},
  library: readonly LibraryEntry[] | null,
  isSelf: (entry: LibraryEntry) => boolean = (e) => e.title.trim().toLowerCase() === own.title.trim().toLowerCase(),
  references: readonly ReferenceRole[] = REFERENCE_ROLES,
): ProseContext {
  const scored = (library ?? []).filter((e) => e.score !== null && e.zone !== null);
  const roles: CitableRole[] = [
    ...scored.map((e): CitableRole => ({title: e.title, aliases: e.assessment.aliases ?? [], score: e.score as number, zone: e.zone as Zone, source: 'library', id: e.id})),
    ...references.map((r): CitableRole => ({title: r.title, aliases: [], score: r.score, zone: r.zone, source: 'reference'})),
  ];
  const confirmed = Object.fromEntries(Object.entries(own.citedAs ?? {}).map(([name, title]) => [norm(name), title]));
  return {roles, libraryScores: library === null ? null : scored.filter((e) => !isSelf(e)).map((e) => e.score as number), confirmed};
}

/** Recognise the figures stated in one text. */
export function recogniseText(field: string, text: string, a: Assessment, card: Scorecard, ctx: ProseContext = {}): ProseStatement[] {
  if (!/\d|highest|lowest|Green|Yellow|Red/.test(text)) return [];
  const found: Found[] = [];
  for (const p of PATTERNS) {
    if (p.fields && !p.fields.includes(field)) continue;
    for (const m of text.matchAll(p.re)) {
      const f = p.read(m as RegExpExecArray, a, card);
      if (f) found.push(f);
    }
  }
  // Citations first: "Alignment Researcher (86.1)" is a citation (of this role) before it is
  // anything else; then, of two readings that overlap, the one that starts first. Linear sweeps
  // over sorted lists: a pasted document may hold many thousands.
  const byStart = (x: Found, y: Found) => x.at - y.at;
  const cited = citations(text, a, card, ctx).sort(byStart);
  const others = found.sort(byStart);
  const kept: Found[] = [];
  let c = 0;
  let lastEnd = -1;
  for (const f of others) {
    while (c < cited.length && (cited[c] as Found).at + (cited[c] as Found).text.length <= f.at) c++;
    const next = cited[c];
    if (next && next.at < f.at + f.text.length) continue;
    if (f.at < lastEnd) continue;
    kept.push(f);
    lastEnd = f.at + f.text.length;
  }
  lastEnd = -1;
  const citedKept = cited.filter((f) => {
    if (f.at < lastEnd) return false;
    lastEnd = f.at + f.text.length;
    return true;
  });
  kept.push(...citedKept);
  kept.sort(byStart);
  return kept.map((f) => {
    const ranked = f.kind === 'rank' ? rank(f, card, ctx) : f;
    return {field, sentence: sentenceAround(text, ranked.at, ranked.at + ranked.text.length), ...ranked};
  });
}

/** "the highest-scoring role": true when no other role of the library scores higher (lowest: lower). */
function rank(f: Found, card: Scorecard, ctx: ProseContext): Found {
  const others = ctx.libraryScores;
  if (!others || card.score === null) return f;
  const own = card.score;
  const highest = others.every((s) => s <= own);
  const lowest = others.every((s) => s >= own);
  const holds = f.stated === 'highest' ? highest : lowest;
  const place = others.filter((s) => s > own).length + 1;
  return {...f, status: holds ? 'ok' : 'stale', computed: holds ? f.stated : `ranked ${place} of ${others.length + 1}`};
}

/** Every text field of an assessment (task rows included) with its dotted path, in the report's order. */
export function proseFields(a: Assessment): Array<{field: string; text: string}> {
  const paths: string[] = [];
  for (const f of FIELDS) {
    if (f.kind === 'score') continue;
    paths.push(f.path);
    if (f.path === 'growth.rationale') a.tasks.forEach((_, i) => paths.push(`tasks.${i}.name`, `tasks.${i}.rationale`));
  }
  return paths.map((field) => ({field, text: String(getAt(a, field) ?? '')})).filter((f) => f.text !== '');
}

/** Every figure stated in the prose of an assessment, each compared with the figures as computed. */
export function recogniseProse(a: Assessment, card: Scorecard, ctx: ProseContext = {}): ProseStatement[] {
  return proseFields(a).flatMap(({field, text}) => recogniseText(field, text, a, card, ctx));
}

/**
 * recogniseProse for a text that changes a key at a time (the wizard): each field is read again
 * only when its text, the scored inputs (the score vector), the title or the context changed, so
 * a keystroke reads one field, not all of them.
 */
export function proseReader(): (a: Assessment, card: Scorecard, ctx?: ProseContext) => ProseStatement[] {
  const last = new Map<string, {text: string; vector: string; title: string; ctx: ProseContext; found: ProseStatement[]}>();
  const none: ProseContext = {};
  return (a, card, ctx = none) => {
    const out: ProseStatement[] = [];
    const seen = new Set<string>();
    for (const {field, text} of proseFields(a)) {
      seen.add(field);
      const kept = last.get(field);
      // The vector holds every scored input; the sub-label's wording is a default the vector leaves out.
      const vector = `${card.vector}|${card.subLabel}`;
      if (kept && kept.text === text && kept.vector === vector && kept.title === a.role.jobTitle && kept.ctx === ctx) {
        out.push(...kept.found);
        continue;
      }
      const found = recogniseText(field, text, a, card, ctx);
      last.set(field, {text, vector, title: a.role.jobTitle, ctx, found});
      out.push(...found);
    }
    for (const field of last.keys()) if (!seen.has(field)) last.delete(field);
    return out;
  };
}

/**
 * The text of a field with one statement's figure rewritten, or null when the text no longer
 * holds the statement where it was read (it was edited since).
 */
export function withStatementFixed(text: string, s: Pick<ProseStatement, 'at' | 'text' | 'fix'>): string | null {
  if (!s.fix || text.slice(s.at, s.at + s.text.length) !== s.text) return null;
  return text.slice(0, s.fix.valueAt) + s.fix.replacement + text.slice(s.fix.valueAt + s.fix.length);
}

/** The text of a field with every stale statement that can be fixed rewritten (only its figure). */
export function fixedText(text: string, statements: readonly ProseStatement[]): string {
  let out = text;
  const fixes = statements.filter((s) => s.status === 'stale' && s.fix).map((s) => s.fix!);
  for (const f of fixes.sort((x, y) => y.valueAt - x.valueAt)) out = out.slice(0, f.valueAt) + f.replacement + out.slice(f.valueAt + f.length);
  return out;
}
