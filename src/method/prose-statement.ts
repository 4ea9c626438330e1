/**
 * A figure stated in prose, as the recogniser reads it: the types, and how a written figure is
 * compared with the computed one. Rounding rule: a figure is compared at the decimals it is
 * written with (half away from zero, as the report rounds), so "4.7" states 4.70 and "86" states
 * 86.1; "-0" is 0 and "+2" is 2. (prose-figures.ts reads; this file compares.)
 */
import {fixed, roundTo} from './format.js';
import type {Scorecard} from './score.js';
import type {Zone} from './types.js';

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
  /** The scores of the roles of the library, for a rank; absent when there is no library. */
  libraryScores?: readonly number[] | null;
  /** Those of `libraryScores` that are this role's own (its own report in the library): not ranked against. */
  selfScores?: readonly number[];
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


export const ZONE_WORD: Record<Zone, string> = {GREEN: 'Green', YELLOW: 'Yellow', RED: 'Red'};
const decimalsOf = (written: string): number => written.split('.')[1]?.length ?? 0;

/** Written with the same decimals as `like`, keeping a leading "+" when `like` has one and the value is positive. */
export function sameForm(value: number, like: string): string {
  const out = fixed(value, decimalsOf(like));
  const plain = out === '-0' || /^-0\.0+$/.test(out) ? out.slice(1) : out;
  return like.startsWith('+') && value > 0 ? `+${plain}` : plain;
}

/** Whether a written figure states `exact` at its own decimals ("-0" is 0, "0.240" is 0.24). */
export function agrees(written: string, exact: number, truncatedToo = false): boolean {
  const d = decimalsOf(written);
  const w = Number(written);
  if (w === roundTo(exact, d)) return true;
  if (!truncatedToo) return false;
  const f = 10 ** d;
  return w === Math.trunc(roundTo(exact, 6) * f) / f;
}

export type Found = Omit<ProseStatement, 'field' | 'sentence'>;

/** A statement of one number: stale or ok by `agrees`, fixed by rewriting the number alone. */
export function numeric(kind: ProseKind, text: string, at: number, written: string, valueAt: number, exact: number | null, truncatedToo = false): Found {
  if (exact === null) return {kind, text, at, stated: written, computed: null, status: 'unverified', fix: null};
  const ok = agrees(written, exact, truncatedToo);
  const computed = ok ? written : sameForm(exact, written);
  return {kind, text, at, stated: written, computed, status: ok ? 'ok' : 'stale', fix: ok ? null : {valueAt, length: written.length, replacement: computed}};
}

/** The score a reader takes as this role's: the one that counts, or the formula's beside an override. */
export function scoreStatement(text: string, at: number, written: string, valueAt: number, card: Scorecard): Found {
  if (card.score !== null && card.formulaScoreShown !== null && card.overridden && agrees(written, card.formulaScoreShown)) {
    return {kind: 'score', text, at, stated: written, computed: written, status: 'ok', fix: null};
  }
  return numeric('score', text, at, written, valueAt, card.score);
}

/**
 * The text in lower case with each character where it was (the same length), so that offsets
 * found in it are the text's own. An expression written in lower case matches any case in it,
 * and V8 compiles one for about two thirds of what the `i` flag costs (each expression is
 * compiled on every run of `check`). Two characters lower otherwise: U+0130 (İ) into two, and
 * U+212A (the Kelvin sign) into an ASCII k, which the `i` flag never matches; with either in
 * the text, only A to Z are lowered.
 */
export const lowerKeepingOffsets = (text: string): string =>
  text.includes('\u0130') || text.includes('\u212a') ? text.replace(/[A-Z]+/g, (run) => run.toLowerCase()) : text.toLowerCase();

export const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').trim();
const wordsOf = (s: string) => norm(s).split(' ').filter(Boolean);
