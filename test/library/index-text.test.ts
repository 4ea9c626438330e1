/** `index` on a terminal: the same rows as text, a Unicode bar chart, zones in colour and in words; user text made harmless. */
import {describe, expect, it} from 'vitest';
import {indexMarkdown, indexText, type IndexRow} from '../../src/report/library-index.js';

const rows: IndexRow[] = [
  {path: 'reports/a.md', ok: true, title: 'Alpha', score: 86.1, zone: 'GREEN', subLabel: 'Green (Accelerated)', errors: 0},
  {path: 'reports/b.md', ok: true, title: 'Beta \u001b]0;owned\u0007', score: 34.4, zone: 'YELLOW', subLabel: 'Yellow (Urgent)', errors: 2},
  {path: 'reports/c.md', ok: true, title: 'Gamma', score: 5.2, zone: 'RED', subLabel: null, errors: 0},
  {path: 'reports/d.md', ok: true, title: 'Delta', score: 47.9, zone: 'YELLOW', subLabel: 'Yellow (Moderate)', errors: 0},
  {path: 'reports/e.md', ok: false, reason: 'line 2: section "Role Definition": missing'},
];

describe('index as text', () => {
  it('ranks the roles, says each zone in words, counts them and draws bars, coloured only when asked', () => {
    const plain = indexText(rows, {color: false, folder: 'reports'});
    expect(plain).not.toMatch(/\u001b/);
    const lines = plain.split('\n');
    expect(lines[0]).toBe('Library reports: 5 reports: 1 GREEN, 2 YELLOW, 1 RED, 1 that cannot be read.');
    const ranked = lines.filter((l) => /^\d+ /.test(l)).map((l) => l.split(/\s{2,}/).slice(0, 3));
    expect(ranked).toEqual([['1', '86.1', 'GREEN'], ['2', '47.9', 'YELLOW'], ['3', '34.4', 'YELLOW'], ['4', '5.2', 'RED']]);
    expect(plain).toContain('2 errors');
    expect(plain).toContain('reports/e.md: line 2: section "Role Definition": missing');
    // 47.9 sits in the last Yellow bin, 48 starts Green: the threshold rule falls between them.
    const bins = lines.slice(lines.findIndex((l) => l.startsWith('Score distribution')));
    const at = (label: string) => bins.findIndex((l) => l.trimStart().startsWith(`${label} `));
    expect(at('48-49')).toBeLessThan(bins.findIndex((l) => l.includes('Green from 48')));
    expect(bins.findIndex((l) => l.includes('Green from 48'))).toBeLessThan(at('45-47'));
    expect(bins[at('45-47')]).toMatch(/YELLOW +█+ 1$/);
    expect(bins[at('85-89')]).toMatch(/GREEN +█+ 1$/);
    expect(bins[at('0-4')]).toMatch(/RED *$/);
    const coloured = indexText(rows, {color: true, folder: 'reports'});
    expect(coloured).toContain('\u001b[32mGREEN');
    expect(coloured).toContain('\u001b[31mRED');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('shows control characters of a title as pictures, never sends them to the terminal', () => {
    const text = indexText(rows, {color: false, folder: 'reports'});
    expect(text).toContain('Beta ␛]0;owned␇');
    expect(text).not.toContain('\u0007');
  });

  it('Markdown: same rows, same bytes, in any order', () => {
    expect(indexMarkdown([...rows].reverse())).toBe(indexMarkdown(rows));
  });
});
