/**
 * The seniority variants in a report: a small table under the Seniority note (variant, what
 * changes, JobZone, zone, sub-label), written from the variants' figures and read back into
 * the variants' changes, each stated figure kept with its line for `check`.
 */
import {RED_HAS_NO_SUB_LABEL} from '../method/score.js';
import type {Assessment, Variant} from '../method/types.js';
import {allVariantFigures, readChanges, type ReadChange} from '../method/variants.js';
import {expectTable} from './cells.js';
import {ReportError} from './errors.js';
import type {SectionParts} from './parts.js';
import {decodeEntities, escapeCell, unescapeCell} from './text.js';

const VARIANT_TABLE_HEADER = ['Variant', 'What changes', 'JobZone', 'Zone', 'Sub-label'] as const;

const NONE = '—';
/** The sub-label cell of a Red variant without one. */
const NO_SUB_LABEL = 'None';

/** The template's rows of the variants table, every value escaped for a cell; null when the role states no variant. */
export function variantTableView(a: Assessment) {
  const figures = allVariantFigures(a);
  if (figures.length === 0) return null;
  return {
    rows: figures.map(({variant, changes, card}) => ({
      name: escapeCell(variant.name),
      changes: escapeCell(changes),
      score: card.display.scoreShort ?? NONE,
      zone: card.zone ?? NONE,
      subLabel: escapeCell(card.subLabel ?? (card.zone === 'RED' ? NO_SUB_LABEL : NONE)),
    })),
  };
}

/** A variant row as the report states it: its figures and each change's "from", with the line. */
export type StatedVariant = {line: number; name: string; changes: ReadChange[]; score: string; zone: string; subLabel: string};

/** The variants table of the Role Definition, if there is one: the variants, and what each row states. */
export function readVariantTable(parts: SectionParts): {variants: Variant[]; stated: StatedVariant[]} | null {
  const [table, ...more] = parts.moreTables;
  if (!table) return null;
  if (more.length) throw new ReportError(more[0]!.line, parts.title, `a third table (the variants table starts at line ${table.line})`);
  expectTable({...parts, table}, VARIANT_TABLE_HEADER);
  const variants: Variant[] = [];
  const stated: StatedVariant[] = [];
  for (const row of table.rows) {
    if (row.cells.length < VARIANT_TABLE_HEADER.length) {
      throw new ReportError(row.line, parts.title, `the variant row has ${row.cells.length} cells; expected ${VARIANT_TABLE_HEADER.length} (${VARIANT_TABLE_HEADER.join(', ')})`);
    }
    const cell = (i: number) => decodeEntities(row.cells[i] ?? '').trim();
    const name = unescapeCell(row.cells[0] as string);
    const read = readChanges(unescapeCell(row.cells[1] as string));
    if (!read.ok) throw new ReportError(row.line, parts.title, `variant "${name.slice(0, 40)}": ${read.message}`);
    variants.push({name, changes: read.changes.map(({path, value}) => ({path, value}))});
    stated.push({line: row.line, name, changes: read.changes, score: cell(2), zone: cell(3), subLabel: unescapeCell(row.cells[4] as string)});
  }
  return {variants, stated};
}

/** The words a Red variant's sub-label cell may hold. */
export const RED_SUB_LABEL_CELLS: readonly string[] = [NO_SUB_LABEL, RED_HAS_NO_SUB_LABEL];
