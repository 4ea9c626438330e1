import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {escapeBlock, escapeCell, escapeInline, looksStructural, normaliseText, splitRow, unescapeBlock, unescapeCell} from '../../src/report/text.js';
import {hostileText} from '../support/arbitraries.js';

describe('escaping user text', () => {
  it('leaves the seed\'s own text byte for byte', () => {
    for (const s of ['Mechanistic interpretability & value representation research', 'Zone: GREEN (Green >= 48, Yellow 25-47, Red <25)', '$111K-$500K (+78% YoY), ~3,200 postings', 'Defines what "aligned AI" means — #1']) {
      expect(escapeInline(s)).toBe(s);
      expect(escapeCell(s)).toBe(s);
    }
  });

  it('neutralises HTML and entities, and reverses exactly', () => {
    expect(escapeInline('<script>alert(1)</script> &amp; &#35; a < b & c')).toBe('&lt;script>alert(1)&lt;/script> &amp;amp; &amp;#35; a < b & c');
    expect(unescapeCell(escapeCell('<br> & &lt; x'))).toBe('<br> & &lt; x');
  });

  it('escapes pipes (and the backslashes before them) and line breaks in cells', () => {
    expect(escapeCell('a|b\\|c\nd')).toBe('a\\|b\\\\\\|c<br>d');
    expect(splitRow(`| x | ${escapeCell('a|b\\|c\nd')} | y |`)).toEqual(['x', 'a\\|b\\\\\\|c<br>d', 'y']);
    expect(splitRow('|a\\\\|b|')).toEqual(['a\\\\', 'b']);
    expect(splitRow('| Total | 100% | 1.30 |')).toEqual(['Total', '100%', '1.30']);
    expect(splitRow('| Protective Total | 4/9 | |')).toEqual(['Protective Total', '4/9', '']);
  });

  it('writes a line that looks like structure with its first character as an entity', () => {
    expect(escapeBlock('# Heading\nEvidence Score\nTimeline: x\n| a |\n```\n---\nplain')).toBe('&#35; Heading\n\n&#69;vidence Score\n\n&#84;imeline: x\n\n&#124; a |\n\n&#96;``\n\n&#45;--\n\nplain');
    expect(looksStructural('a | b')).toBe(false);
    expect(looksStructural('--- | ---')).toBe(true);
  });

  it('running text: each line its own paragraph (a blank line between), list items one list, blank lines kept one more', () => {
    expect(escapeBlock('Confirmed.\n- one\n- two\nThis qualifies.')).toBe('Confirmed.\n\n- one\n- two\n\nThis qualifies.');
    expect(escapeBlock('a\n\nb\n- x\n\n- y')).toBe('a\n\n\nb\n\n- x\n\n\n- y');
    for (const s of ['Confirmed.\n- one\n- two\nThis qualifies.', 'a\n\nb\n- x\n\n- y', 'If you are one.\nIf you are two.']) expect(unescapeBlock(escapeBlock(s))).toBe(s);
    // A report written by hand: lines without blank lines stay as they are; one blank line between two is a line break.
    expect(unescapeBlock('If you are one.\nIf you are two.')).toBe('If you are one.\nIf you are two.');
    expect(unescapeBlock('one\n\ntwo\n- x\n- y')).toBe('one\ntwo\n- x\n- y');
  });

  it('cells and running text reverse exactly, up to the allowed normalisation', () => {
    fc.assert(
      fc.property(hostileText(), (s) => {
        expect(unescapeCell(escapeCell(s))).toBe(normaliseText(s));
        expect(escapeCell(s)).not.toMatch(/[\r\n]/);
        expect(unescapeBlock(escapeBlock(s))).toBe(normaliseText(s));
        for (const line of escapeBlock(s).split('\n')) expect(looksStructural(line)).toBe(false);
      }),
      {numRuns: 500},
    );
  });
});
