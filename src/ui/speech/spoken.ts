/**
 * Display text as a speech synthesiser reads it well: ranges and sums in words ("0 to 3",
 * "110 percent", "4.70 of 5.0"), arrows named, and no box-drawing, block or mark characters
 * (a synthesiser spells them out, or says nothing where the sign carried the meaning).
 */
import {terminalSafe} from '../../io/terminal-text.js';

const ARROWS: Record<string, string> = {'↑': 'up arrow', '↓': 'down arrow', '←': 'left arrow', '→': 'right arrow'};

/**
 * Rewrites in order; each takes the output of the one before. Characters past ASCII are written
 * as \u escapes: esbuild copies a regular expression as written, and one such character has the
 * wizard's whole script held as a two-byte string (test/bench/code-cache.test.ts).
 */
const RULES: ReadonlyArray<[RegExp, string | ((...m: string[]) => string)]> = [
  // Line breaks and tabs of user text are pauses, not pictures.
  [/[\n\t]+/g, ' '],
  // Box drawing, blocks and shades: a picture of a figure that is said in words elsewhere.
  [/[\u2500-\u259f]+/g, ' '],
  // Marks whose meaning the words beside them carry ("✓ Wrote", "✗ not a score", "⚠ exists").
  [/[\u2713\u2714\u2717\u2718\u26a0\u203a\u2039\u2022]\s*/g, ''],
  // A change from one value to another (a seniority variant's "3 → 2") reads "to"; a key, its name.
  [/(\S) \u2192 (\S)/g, '$1 to $2'],
  [/[\u2191\u2193\u2190\u2192]/g, (a) => ARROWS[a] ?? a],
  // Ranges: "0–3", "1-5", "0-100" (a dash between numbers, no spaces), and "1 … 5".
  [/(-?\d+(?:\.\d+)?)\s*\u2013\s*(-?\d+(?:\.\d+)?)/g, (_m, a, b) => `${a} to ${b}`],
  [/(\d)-(\d)/g, (_m, a, b) => `${a} to ${b}`],
  [/(\d)\s+\u2026\s+(\d)/g, (_m, a, b) => `${a} to ${b}`],
  [/(\d)\.\.(-?\d)/g, (_m, a, b) => `${a} to ${b}`],
  // A sum written out: "5.00 - 2.35 = 2.65", "4.70 x 1.04", "7 + 1".
  [/(\d) - (\d)/g, (_m, a, b) => `${a} minus ${b}`],
  [/(\d) x (\d)/g, (_m, a, b) => `${a} times ${b}`],
  [/(\d) \+ /g, '$1 plus '],
  [/ \+ /g, ' and '],
  [/(\d)\+(?!\d)/g, '$1 or more'],
  [/\s*>=\s*/g, ' at least '],
  [/\s*<=\s*/g, ' at most '],
  [/<\s*(\d)/g, 'below $1'],
  [/>\s*(\d)/g, 'above $1'],
  [/ = /g, ' equals '],
  // "4.70/5.0", "86.1/100", "7/12": a value of a maximum.
  [/(\d)\/(\d)/g, (_m, a, b) => `${a} of ${b}`],
  [/%/g, ' percent'],
  // A division in a written-out sum; else a choice between keys: "Tab / ↓".
  [/([\d)]) \/ ([\d(])/g, '$1 divided by $2'],
  [/ \/ /g, ' or '],
  [/\bPgDn\b/g, 'Page Down'],
  [/\bPgUp\b/g, 'Page Up'],
  // A question's capital letter is its default.
  [/\(y\/N\)/g, '(y or n; default no)'],
  [/\(Y\/n\)/g, '(y or n; default yes)'],
  [/\(y\/n\)/gi, '(y or n)'],
  // Dashes and dots that separate parts of a line are pauses.
  [/\s*[\u2014\u00b7]\s*/g, ', '],
  [/\u2026/g, ''],
  // Tidy what the rules above left: doubled spaces, spaces before punctuation, doubled commas.
  [/\s+/g, ' '],
  [/ ([,.;:)])(?=\s|$)/g, '$1'],
  [/\( /g, '('],
  [/,(\s*,)+/g, ','],
  [/^[\s,]+|[\s,]+$/g, ''],
  [/,\./g, '.'],
  // A value that ends a sentence of its own before the sentence around it ends: one full stop.
  [/([^.])\.\.(?=\s|$)/g, '$1.'],
];

/** Display text (with any user text in it) as one spoken line, safe for the terminal. */
export function spoken(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement as string);
  return terminalSafe(out);
}
