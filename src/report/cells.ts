/** Reading the cells of a section's table: headers, fixed row labels, scores, times, labels. */
import {METHOD, type TaskLabel} from '../method/definition.js';
import {ReportError} from './errors.js';
import type {SectionParts, Table, TableRow} from './parts.js';
import {decodeEntities} from './text.js';

const keys = new Map<string, string>();
/** A label compared without case or padding (memoised: the same labels come in every report). */
function key(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    k = decodeEntities(s).replace(/\s+/g, ' ').trim().toLowerCase();
    if (keys.size < 1000) keys.set(s, k);
  }
  return k;
}
const EMPTY = new Set(['', '—', '–', '-']);

/** The section's table, with the seed's header (compared without case or padding). */
export function expectTable(parts: SectionParts, header: readonly string[], required = true): Table | null {
  const table = parts.table;
  if (!table) {
    if (!required) return null;
    throw new ReportError(parts.line, parts.title, `the table "| ${header.join(' | ')} |" is missing`);
  }
  if (table.header.length !== header.length || table.header.some((cell, i) => key(cell) !== key(header[i] as string))) {
    throw new ReportError(table.line, parts.title, `the table's header is "| ${table.header.join(' | ')} |"; expected "| ${header.join(' | ')} |"`);
  }
  return table;
}

/** Rows of a table with fixed labels: each label once; `required` labels must be there. */
export function rowsByLabel(parts: SectionParts, table: Table, labels: readonly string[], required: readonly string[]): Map<string, TableRow> {
  const byKey = new Map(labels.map((l) => [key(l), l]));
  const rows = new Map<string, TableRow>();
  for (const row of table.rows) {
    const label = byKey.get(key(row.cells[0] ?? ''));
    if (!label) {
      throw new ReportError(row.line, parts.title, `unknown row "${(row.cells[0] ?? '').slice(0, 60)}" (expected: ${labels.join(', ')})`);
    }
    if (rows.has(label)) throw new ReportError(row.line, parts.title, `the row "${label}" appears a second time`);
    rows.set(label, row);
  }
  for (const label of required) {
    if (!rows.has(label)) throw new ReportError(table.line, parts.title, `the row "${label}" is missing`);
  }
  return rows;
}

/** A whole number on a scale, or null for an empty cell or a dash. */
export function readScore(parts: SectionParts, row: TableRow, index: number, scale: {min: number; max: number}, what: string): number | null {
  const cell = decodeEntities(row.cells[index] ?? '').trim();
  if (EMPTY.has(cell)) return null;
  const m = /^([+\-\u2212]?)(\d{1,6})$/.exec(cell); // − (minus sign)
  const value = m ? Number(m[2]) * (m[1] === '-' || m[1] === '−' ? -1 : 1) : Number.NaN;
  if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
    throw new ReportError(row.line, parts.title, `${what} is "${cell.slice(0, 40)}"; expected a whole number from ${scale.min} to ${scale.max}`);
  }
  return value;
}

/** A task's share of time ("25%"), or null. */
export function readTime(parts: SectionParts, row: TableRow, index: number, what: string): number | null {
  const cell = decodeEntities(row.cells[index] ?? '').trim();
  if (EMPTY.has(cell)) return null;
  const m = /^(\d{1,6})\s*%?$/.exec(cell);
  const value = m ? Number(m[1]) : Number.NaN;
  const {min, max} = METHOD.scales.taskTime;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ReportError(row.line, parts.title, `${what} is "${cell.slice(0, 40)}"; expected a whole percent from ${min} to ${max}`);
  }
  return value;
}

/** An Aug/Disp label, or null. */
export function readTaskLabel(parts: SectionParts, row: TableRow, index: number, what: string): TaskLabel | null {
  const cell = decodeEntities(row.cells[index] ?? '').trim();
  if (EMPTY.has(cell)) return null;
  const label = METHOD.taskLabels.find((l) => l === cell.toUpperCase().replace(/\s+/g, ' '));
  if (!label) throw new ReportError(row.line, parts.title, `${what} is "${cell.slice(0, 40)}"; expected one of ${METHOD.taskLabels.join(', ')}`);
  return label;
}
