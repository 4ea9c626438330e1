import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {normaliseText} from '../../src/report/text.js';

// The rule itself, written the slow, obvious way: normaliseText must agree with it everywhere.
const byRule = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

describe('normaliseText', () => {
  it('agrees with the rule on text made of every kind of whitespace', () => {
    const unit = fc.constantFrom('a', 'x', ' ', '\n', '\r', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\v', '\f');
    fc.assert(fc.property(fc.string({unit, maxLength: 20}), (text) => {
      expect(normaliseText(text)).toBe(byRule(text));
    }), {numRuns: 5000});
  });

  it('returns text that needs nothing as it is', () => {
    const text = 'line one\nline two';
    expect(normaliseText(text)).toBe(text);
    expect(normaliseText('a \nb\r\nc ')).toBe('a\nb\nc');
  });
});
