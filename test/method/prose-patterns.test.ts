/**
 * The phrase patterns of the prose reader, as data: each reads its examples, is tried only on a
 * text that holds one of its hints (and no text it reads lacks one), and a caseless pattern is
 * written so that the prose in lower case can match it.
 */
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {holdsHint} from '../../src/method/prose-figures.js';
import {type Pattern, PATTERNS} from '../../src/method/prose-patterns.js';
import {lowerKeepingOffsets} from '../../src/method/prose-statement.js';
import {FIXTURES, SEED_REPORT, seedAvailable} from '../support/paths.js';
import {assertProperty} from '../support/property.js';

/** What the reader matches a pattern against: the text, or for a caseless pattern the text in lower case. */
const matches = (p: Pattern, text: string) => [...(p.caseless ? lowerKeepingOffsets(text) : text).matchAll(p.re)];
const label = (p: Pattern) => p.re.source.slice(0, 60);

describe('prose patterns', () => {
  it('each reads every one of its examples, and each example holds one of its hints', () => {
    for (const p of PATTERNS) {
      expect(p.examples.length, label(p)).toBeGreaterThan(0);
      for (const example of p.examples) {
        expect(matches(p, example), `${label(p)} reads "${example}"`).not.toHaveLength(0);
        expect(holdsHint(p, example, lowerKeepingOffsets(example)), `${label(p)}: a hint in "${example}"`).toBe(true);
      }
    }
  });

  it('every hint is found in one of its pattern’s examples (no hint is there for nothing)', () => {
    for (const p of PATTERNS) {
      for (const hint of p.hint) {
        const held = p.examples.some((e) => (hint === hint.toLowerCase() ? lowerKeepingOffsets(e) : e).includes(hint));
        expect(held, `${label(p)}: hint "${hint}"`).toBe(true);
      }
    }
  });

  it('a caseless pattern is written in lower case, with the d flag; the others without the i flag', () => {
    for (const p of PATTERNS) {
      if (p.caseless) {
        // Letters outside an escape (\b, \d, …) in upper case could never match the lower-cased prose.
        expect(p.re.source.replace(/\\./g, ''), label(p)).toBe(p.re.source.replace(/\\./g, '').toLowerCase());
        expect(p.re.flags, label(p)).toContain('d');
      }
      expect(p.re.flags, label(p)).not.toContain('i');
    }
  });

  it('a text a pattern reads holds one of its hints: examples mixed, cased anyhow, among other words', () => {
    const examples = PATTERNS.flatMap((p) => p.examples);
    const word = fc.constantFrom('the', 'role', 'score', 'scores', 'points', 'time', 'of', '%', '(', ')', 'vs', '86.1', '4', 'Green', 'it', 'at', ':', '=');
    const recased = (s: string, flips: boolean[]) => [...s].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join('');
    const part = fc.oneof(fc.constantFrom(...examples), fc.tuple(fc.constantFrom(...examples), fc.array(fc.boolean(), {minLength: 1, maxLength: 7})).map(([e, f]) => recased(e, f)), word);
    assertProperty(
      fc.property(fc.array(part, {maxLength: 12}), fc.constantFrom(' ', '\n', '. ', ', '), (parts, sep) => {
        const text = parts.join(sep);
        const lower = lowerKeepingOffsets(text);
        for (const p of PATTERNS) if (matches(p, text).length > 0) expect(holdsHint(p, text, lower), `${label(p)} in "${text}"`).toBe(true);
      }),
      300,
    );
  });

  it('the fixtures and the reference report: every text a pattern reads holds one of its hints', () => {
    const files = [...['yellow-paralegal.json', 'red-data-entry-clerk.json', 'model-alignment-researcher.json', 'reports/planted-errors.md'].map((f) => `${FIXTURES}${f}`), ...(seedAvailable ? [SEED_REPORT] : [])];
    let read = 0;
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const lower = lowerKeepingOffsets(text);
      for (const p of PATTERNS) {
        if (matches(p, text).length === 0) continue;
        read++;
        expect(holdsHint(p, text, lower), `${label(p)} in ${f}`).toBe(true);
      }
    }
    expect(read).toBeGreaterThan(10);
  });

  it('lowerKeepingOffsets keeps every character where it was, and makes no ASCII letter of another character', () => {
    expect(lowerKeepingOffsets('\u00c4rger TASK Time')).toBe('\u00e4rger task time');
    // U+212A KELVIN SIGN lowers to an ASCII k and U+0130 to two characters: with them, only A to Z are lowered.
    const text = '\u00c4rger \u0130stanbul KELVIN \u212a \u1e9e TASK Time';
    const lower = lowerKeepingOffsets(text);
    expect(lower).toHaveLength(text.length);
    expect(lower).toBe('\u00c4rger \u0130stanbul kelvin \u212a \u1e9e task time');
    // Any text (with the characters whose lower case is longer, or ASCII, or in another plane,
    // drawn often): the same length; an ASCII letter only where the text had one (in any case).
    const unit = fc.oneof(fc.constantFrom('\u0130', '\u212a', '\u212b', '\u1e9e', '\u03a3', '\ufb00', '\u{10400}', 'A', 'z'), fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}));
    assertProperty(
      fc.property(fc.string({unit, maxLength: 40}), (text) => {
        const low = lowerKeepingOffsets(text);
        expect(low).toHaveLength(text.length);
        for (let i = 0; i < low.length; i++) if (/[a-z]/.test(low[i]!)) expect(text[i]!.toLowerCase()).toBe(low[i]);
      }),
      500,
    );
  });
});
