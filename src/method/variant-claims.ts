/**
 * What the Seniority note claims about a variant, checked against the variant's figures.
 *
 * Only clear claims are recognised, in a sentence that names exactly one variant (by the first
 * word of its name: "Junior" for "Junior (0–2 years)"): a zone ("would still score Green"), a
 * score "higher" or "lower" than the role's ("score Green but lower"), "deeper Green". Precision
 * before recall: a sentence that names two variants, or a "lower" that is not about the score
 * ("lower wages"), is left alone.
 *
 * A note with no variants stated may imply one: "Goal-Setting drops from 3 to 2", after a
 * sentence about juniors, is a variant "Junior" with that principle changed. Only principles and
 * growth are read so, by name, and only when the role states no variant of its own.
 */
import {METHOD} from './definition.js';
import {fixed} from './format.js';
import {lowerKeepingOffsets} from './prose-statement.js';
import {type Scorecard, scorecardJson} from './score.js';
import type {Assessment, Variant, VariantChange, Zone} from './types.js';
import {describeChange, movesJobZone, onScale, roleValue, type VariantFigures, variantFigures, variantInput} from './variants.js';

export type ClaimKind = 'zone' | 'lower' | 'higher' | 'deeperGreen' | 'from';

export type VariantClaim = {
  /** The variant's place in `VariantReading.variants`. */
  variant: number;
  name: string;
  kind: ClaimKind;
  /** The words of the note that make the claim. */
  words: string;
  /** True when the variant's figures bear it out. */
  holds: boolean;
  /** Why it does not hold, in the assessor's words; null when it holds. */
  message: string | null;
  /** The same in a few words, for a narrow pane ('"lower" needs a task change as well'). */
  short: string | null;
};

export type VariantReading = {
  /** True when the variants are read from the note's prose (the role states none of its own). */
  implied: boolean;
  variants: Variant[];
  figures: VariantFigures[];
  claims: VariantClaim[];
};

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z"\u201c(])/; // “
/** A note's sentences, each as written and in lower case (both readings of the note go through them: split once). */
type Sentence = {text: string; lower: string};
const sentences = (note: string): Sentence[] =>
  note
    .split(/\n+/)
    .flatMap((p) => p.split(SENTENCE_END))
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text) => ({text, lower: lowerKeepingOffsets(text)}));

/** The word a sentence names a variant by: its name before any parenthesis, first word, in lower case ("junior"). */
function nameWord(name: string): string | null {
  const word = name.replace(/\(.*$/, '').trim().split(/\s+/)[0] ?? '';
  return word.length < 3 ? null : lowerKeepingOffsets(word);
}

const WORD_CHAR = /[\w-]/;
const apart = (c: string | undefined) => c === undefined || !WORD_CHAR.test(c);

/**
 * Where a sentence in lower case first holds `word` (or its plural in s) as a word of its own
 * (neither letters, digits nor a hyphen beside it), or -1. A search, not an expression made for
 * each word: V8 would compile each on every run.
 */
function wordAt(sentence: string, word: string): number {
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (apart(sentence[at - 1]) && (apart(sentence[end]) || (sentence[end] === 's' && apart(sentence[end + 1])))) return at;
  }
  return -1;
}

// Each claim's key words, once: in its expression, and in the test of whether a sentence is worth trying it on.
const ZONE_WORDS = ['Green', 'Yellow', 'Red', 'GREEN', 'YELLOW', 'RED'];
const GREEN_WORDS = ['Green', 'GREEN'];
const DEEPER_WORDS = ['deeper', 'higher', 'further'];
const DIRECTIONS = ['lower', 'higher'];
const ZONE_CLAIM = new RegExp(
  `\\b(?:score|scores|scoring|scored|be|is|are|remain|remains|stay|stays|drop|drops|fall|falls|move|moves|land|lands)\\s+(?:(?:still|solidly|firmly|comfortably|clearly|in|into|to|the)\\s+)*(${ZONE_WORDS.join('|')})(?![\\w-])`,
);
const DEEPER_GREEN = new RegExp(`\\b(?:${DEEPER_WORDS.join('|')})\\s+(?:in(?:to)?\\s+(?:the\\s+)?)?(?:${GREEN_WORDS.join('|')})\\b`);
const SCORE_DIRECTION = new RegExp(
  `\\b(?:score|scores|scoring|scored)\\s+(?:(?:still|Green|Yellow|Red|but|slightly|somewhat|a\\s+bit|much|significantly|marginally|noticeably|a\\s+little)\\s+)*(${DIRECTIONS.join('|')})\\b`,
);
const DIRECTION_SCORE = new RegExp(`\\b(${DIRECTIONS.join('|')})\\s+(?:JobZone\\s+)?scores?\\b`);

const holdsAny = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
const zoneName = (z: string) => z.toUpperCase() as Zone;
const titleCase = (z: Zone) => `${z.charAt(0)}${z.slice(1).toLowerCase()}`;

/** The JobZone score a claim is checked on: the formula's (a variant has no override, so the role's is set aside too). */
const shownScore = (card: Scorecard) => card.formulaScoreShown;

function explainSame(a: Assessment, f: VariantFigures, direction: 'lower' | 'higher'): string {
  const v = shownScore(f.card) as number;
  const moving = f.variant.changes.filter(movesJobZone);
  const head = `the note says ${f.variant.name} scores ${direction}, but it scores ${fixed(v, 1)}, as the role does`;
  if (f.variant.changes.length === 0) return `${head}: the variant changes nothing yet`;
  if (moving.length === 0) {
    const what = f.variant.changes.map((c) => describeChange(a, c)).join(', ');
    return `${head}: ${what} moves the quick screen (${f.card.quickScreen ?? '—'}), no JobZone figure; "${direction}" needs a task change as well`;
  }
  return `${head}: its changes cancel out`;
}

function judge(a: Assessment, role: Scorecard, f: VariantFigures, kind: ClaimKind, zone?: Zone): string | null {
  const v = shownScore(f.card) as number;
  const r = shownScore(role) as number;
  const name = f.variant.name;
  const now = `${fixed(v, 1)} ${f.card.zone}`;
  switch (kind) {
    case 'zone':
      return f.card.zone === zone ? null : `the note says ${name} scores ${titleCase(zone as Zone)}, but it scores ${now}`;
    case 'lower':
      if (v < r) return null;
      return v === r ? explainSame(a, f, 'lower') : `the note says ${name} scores lower, but it scores ${now}, above the role's ${fixed(r, 1)}`;
    case 'higher':
      if (v > r) return null;
      return v === r ? explainSame(a, f, 'higher') : `the note says ${name} scores higher, but it scores ${now}, below the role's ${fixed(r, 1)}`;
    case 'deeperGreen':
      if (f.card.zone === 'GREEN' && v > r) return null;
      if (f.card.zone === 'GREEN' && v === r) return explainSame(a, f, 'higher').replace('scores higher', 'scores deeper Green');
      return `the note says ${name} scores deeper Green, but it scores ${now}, against the role's ${fixed(r, 1)}`;
    default:
      return null;
  }
}

const CLAIMED: Record<ClaimKind, string> = {zone: '', lower: 'lower', higher: 'higher', deeperGreen: 'deeper Green', from: ''};

/** A failed claim in a few words. */
function shortOf(f: VariantFigures, kind: ClaimKind, message: string, zone?: Zone): string {
  if (kind === 'zone') return `note says ${titleCase(zone as Zone)}, it is ${f.card.zone}`;
  if (message.includes('needs a task change as well')) return `"${CLAIMED[kind]}" needs a task change as well`;
  if (message.includes('as the role does')) return `note says ${CLAIMED[kind]}, it scores as the role`;
  return `note says ${CLAIMED[kind]}, it is ${fixed(shownScore(f.card) as number, 1)} ${f.card.zone}`;
}

/** The claims each sentence of the note makes about one variant, judged. */
function claimsOf(a: Assessment, role: Scorecard, figures: VariantFigures[], said: readonly Sentence[]): VariantClaim[] {
  const words = figures.map((f) => nameWord(f.variant.name));
  const out: VariantClaim[] = [];
  for (const {text: sentence, lower} of said) {
    const named = figures.filter((_, i) => words[i] != null && wordAt(lower, words[i]) >= 0);
    // A sentence naming two variants ("juniors score lower than seniors") says nothing certain of either.
    if (named.length !== 1) continue;
    const f = named[0] as VariantFigures;
    if (shownScore(f.card) === null || shownScore(role) === null) continue;
    const claim = (kind: ClaimKind, m: RegExpExecArray, zone?: Zone) => {
      const message = judge(a, role, f, kind, zone);
      out.push({variant: f.index, name: f.variant.name, kind, words: m[0], holds: message === null, message, short: message === null ? null : shortOf(f, kind, message, zone)});
    };
    // Each expression is tried only on a sentence that holds its words: V8 compiles an expression
    // on its first run and again, to machine code, on its second.
    const deeper = holdsAny(sentence, GREEN_WORDS) && holdsAny(sentence, DEEPER_WORDS) ? DEEPER_GREEN.exec(sentence) : null;
    if (deeper) {
      claim('deeperGreen', deeper);
      continue;
    }
    const zone = holdsAny(sentence, ZONE_WORDS) ? ZONE_CLAIM.exec(sentence) : null;
    if (zone) claim('zone', zone, zoneName(zone[1] as string));
    const direction = holdsAny(sentence, DIRECTIONS) ? (SCORE_DIRECTION.exec(sentence) ?? DIRECTION_SCORE.exec(sentence)) : null;
    if (direction) claim(direction[1] === 'lower' ? 'lower' : 'higher', direction);
  }
  return out;
}

// Names of the inputs a note's "X drops from A to B" may mean: principles and growth, in full or in part.
const ALIASES: ReadonlyArray<[string, string]> = [
  ...METHOD.protectivePrinciples.flatMap((p) => {
    const label = p.label as string;
    const parts = label.split(/\s*&\s*/);
    const last = label.split(/\s+/).slice(1).join(' ');
    return [label, ...parts, ...(parts.length === 1 && last ? [last] : [])].map((alias): [string, string] => [alias.toLowerCase(), `protective.${p.key}.score`]);
  }),
  // Not "growth" alone: "revenue growth rises from 1 to 2" is not the method's.
  ...['AI Growth Correlation', 'Growth Correlation', 'AI Growth'].map((alias): [string, string] => [alias.toLowerCase(), 'growth.score']),
];
// The verb and the two values; the input is named by the words just before (read from there, not by the expression: linear).
// Read in the sentence in lower case (any case matches).
const CHANGE_IN_NOTE = /\s(?:drops|drop|falls|fall|rises|rise|goes|go|moves|move|increases|decreases|climbs|climb|changes)\s+from\s+(-?\d+)\s+to\s+(-?\d+)\b(?!\s*(?:%|percent|per cent|\.\d))/g;
// The words a sentence names a seniority by, each also in the plural in s.
const SENIORITY = ['junior', 'senior', 'entry-level', 'entry level', 'mid-level', 'mid level', 'lead', 'principal', 'staff', 'graduate', 'trainee', 'apprentice'];

/** Each "X drops from A to B" of a sentence in lower case; tried again only while a "from" is left (a second run compiles the expression again). */
function changesIn(sentence: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  CHANGE_IN_NOTE.lastIndex = 0;
  for (let m: RegExpExecArray | null; sentence.includes('from', CHANGE_IN_NOTE.lastIndex) && (m = CHANGE_IN_NOTE.exec(sentence)); ) found.push(m);
  return found;
}

/** The seniority a sentence in lower case names first ("entry level" as "entry-level"), or null. */
function seniorityIn(sentence: string): string | null {
  let first: {at: number; word: string} | null = null;
  for (const word of SENIORITY) {
    const at = wordAt(sentence, word);
    if (at >= 0 && (first === null || at < first.at)) first = {at, word};
  }
  return first && first.word.replace(' ', '-');
}

/** The input a phrase of the note names by its last words ("Junior … Goal-Setting" → Goal-Setting), if any. */
function inputNamedIn(phrase: string): string | null {
  const w = phrase.trim().split(/\s+/);
  for (let k = Math.min(4, w.length); k >= 1; k--) {
    const tail = w.slice(-k).join(' ').toLowerCase();
    const found = ALIASES.find(([alias]) => alias === tail);
    if (found) return found[1];
  }
  return null;
}

type Implied = {variant: Variant; froms: Array<{change: VariantChange; from: number; words: string}>};

/** Variants the note implies: "X drops from A to B" under the nearest sentence naming a seniority. */
export function impliedVariants(a: Assessment, said: readonly Sentence[] = sentences(a.role.seniorityNote)): Implied[] {
  const byName = new Map<string, Implied>();
  let current: string | null = null;
  for (const {text: sentence, lower} of said) {
    const word = seniorityIn(lower);
    if (word) {
      current = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    }
    if (current === null) continue;
    for (const m of changesIn(lower)) {
      const path = inputNamedIn(sentence.slice(Math.max(0, m.index - 80), m.index));
      const input = path === null ? undefined : variantInput(path);
      const to = Number(m[2]);
      if (!input || !onScale(input, to)) continue;
      const entry = byName.get(current) ?? {variant: {name: current, changes: []}, froms: []};
      const change = {path: input.path, value: to};
      entry.variant.changes = [...entry.variant.changes.filter((c) => c.path !== path), change];
      entry.froms.push({change, from: Number(m[1]), words: `${input.label} ${sentence.slice(m.index, m.index + m[0].length).trim()}`});
      byName.set(current, entry);
    }
  }
  return [...byName.values()];
}

/**
 * The variants of the role (stated, else implied by the note), their figures, and each claim
 * the note makes about one of them, judged against the figures. `role` is score(a).
 */
export function readVariants(a: Assessment, role: Scorecard): VariantReading {
  const stated = a.variants ?? [];
  const said = sentences(a.role.seniorityNote);
  const implied = stated.length === 0 ? impliedVariants(a, said) : [];
  const variants = stated.length ? stated : implied.map((i) => i.variant);
  const figures = variants.map((v, i) => variantFigures(a, v, i));
  const claims: VariantClaim[] = [];
  implied.forEach((imp, i) => {
    for (const {change, from, words} of imp.froms) {
      const now = roleValue(a, change.path);
      if (now === null || now === from) continue;
      const label = variantInput(change.path)?.label ?? change.path;
      claims.push({variant: i, name: imp.variant.name, kind: 'from', words, holds: false, message: `the note says ${label} goes from ${from}, but the role scores it ${now}`, short: `note says ${label} from ${from}, role has ${now}`});
    }
  });
  claims.push(...claimsOf(a, role, figures, said));
  return {implied: implied.length > 0, variants, figures, claims};
}

/** The variants in the machine-readable form (`score --json`, `check --json`): each with its changes, figures and claims. */
export function variantsJson(a: Assessment, reading: VariantReading) {
  return reading.figures.map((f) => ({
    name: f.variant.name,
    /** Read from the note's prose, not stated by the role. */
    implied: reading.implied,
    changes: f.variant.changes.map((c) => ({path: c.path, input: variantInput(c.path)?.label ?? c.path, from: roleValue(a, c.path), to: c.value})),
    whatChanges: f.changes,
    score: f.card.score,
    zone: f.card.zone,
    subLabel: f.card.subLabel,
    quickScreen: f.card.quickScreen,
    claims: reading.claims.filter((c) => c.variant === f.index).map(({kind, words, holds, message}) => ({kind, words, holds, message})),
    scorecard: scorecardJson(f.card),
  }));
}
