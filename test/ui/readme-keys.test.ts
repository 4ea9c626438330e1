/**
 * The README's key table says what the key tables do: every key it names is declared in a table
 * of src/ui/keymap.ts, and every Ctrl key and one-letter command the tables declare is in it.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {KEY_TABLES} from '../../src/ui/keymap.js';
import {ROOT} from '../support/paths.js';

/** The README's key table, as text. */
function readmeKeyTable(): string {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const at = lines.indexOf('| keys | what they do |');
  expect(at, 'the README has its key table').toBeGreaterThan(0);
  const rows: string[] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.join('\n');
}

const declaredKeys = new Set(KEY_TABLES.flatMap((t) => t.bindings.flatMap((b) => b.keys.flatMap((k) => k.split(' ')))));

describe("the README's key table", () => {
  it('names only keys a table declares', () => {
    const keysColumn = readmeKeyTable()
      .split('\n')
      .map((row) => row.split(' | ')[0]!);
    const named = keysColumn.flatMap((cell) => [
      ...(cell.match(/\bShift\+Tab\b|\bCtrl\+[A-Z]\b|\bShift\+[↑↓]|\bF\d\b|\bEsc\b|\bPage(?:Up|Down)\b|\bHome\b|\bEnd\b|\bEnter\b|\bTab\b|\bBackspace\b/g) ?? []),
      ...[...cell.matchAll(/`(.)`/g)].map((m) => m[1]!),
    ]);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((k) => !declaredKeys.has(k))).toEqual([]);
  });

  it('lists every Ctrl key and one-character command of the tables', () => {
    const table = readmeKeyTable();
    const missing = [...declaredKeys].filter((k) => (/^Ctrl\+[A-Z]$/.test(k) || /^[a-z[\]?]$/.test(k)) && !table.includes(k.length === 1 ? `\`${k}\`` : k));
    expect(missing).toEqual([]);
  });
});
