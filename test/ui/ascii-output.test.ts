/** ASCII stand-ins for a terminal whose locale is not UTF-8: one table, the layout kept. */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {ASCII_SYMBOLS, toAscii, utf8Locale} from '../../src/ui/ascii-output.js';
import {ROOT} from '../support/paths.js';

const files = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));

describe('ASCII output', () => {
  it('reads the locale as setlocale does: LC_ALL, then LC_CTYPE, then LANG; none set is UTF-8', () => {
    expect(utf8Locale({})).toBe(true);
    expect(utf8Locale({LANG: 'C'})).toBe(false);
    expect(utf8Locale({LANG: 'en_GB.UTF-8'})).toBe(true);
    expect(utf8Locale({LANG: 'en_GB.UTF-8', LC_ALL: 'C'})).toBe(false);
    expect(utf8Locale({LANG: 'C', LC_CTYPE: 'de_DE.utf8'})).toBe(true);
    expect(utf8Locale({LANG: 'fr_FR.ISO-8859-1'})).toBe(false);
  });

  it('each stand-in is ASCII and as wide as its symbol, so the frame keeps its layout', () => {
    for (const [symbol, ascii] of Object.entries(ASCII_SYMBOLS)) {
      expect(ascii, symbol).toMatch(/^[\x20-\x7e]+$/);
      expect(stringWidth(ascii), symbol).toBe(stringWidth(symbol));
    }
  });

  it('writes any other character as ? per cell, and leaves escape sequences alone', () => {
    expect(toAscii('\u001b[1m› Café 日本 ✓\u001b[22m')).toBe('\u001b[1m> Caf? ???? +\u001b[22m');
  });

  it('every symbol the wizard draws has its stand-in', () => {
    const used = new Set<string>();
    for (const file of files(join(ROOT, 'src/ui'))) for (const ch of readFileSync(file, 'utf8').match(/[^\x00-\x7f]/gu) ?? []) used.add(ch);
    expect([...used].filter((ch) => !(ch in ASCII_SYMBOLS))).toEqual([]);
  });
});
