/**
 * `check` on the seniority variants: each figure the variants table states (JobZone, zone,
 * sub-label, the role's value a change starts from) against the variant's figures, and each
 * claim the Seniority note makes about a variant against them (rule `variantClaims`, a warning
 * by default). A note with no variants table may imply a variant ("Goal-Setting drops from 3
 * to 2"): its claims are checked the same, and the variant is reported as implied.
 */
import {METHOD, type MethodDefaults} from '../../method/definition.js';
import {fixed} from '../../method/format.js';
import {underDefaults} from '../../method/method-defaults.js';
import {score, type Scorecard} from '../../method/score.js';
import type {Assessment} from '../../method/types.js';
import {validate} from '../../method/validate.js';
import {readVariants, variantsJson} from '../../method/variant-claims.js';
import {roleValue, variantFigures, variantInput} from '../../method/variants.js';
import type {Discrepancy} from './check.js';
import type {ParsedReport} from '../parse.js';
import {RED_SUB_LABEL_CELLS} from '../variant-table.js';

/** The rule's words for `check`'s hint. */
export const VARIANT_CLAIMS_RULE_TEXT = 'a claim of the Seniority note about a variant (zone, higher, lower, deeper Green) agrees with its figures';
/** What to change to follow the rule, for the hint. */
export const VARIANT_CLAIMS_KEYS = "the variant's changes or the note";

/** A variant discrepancy: a check discrepancy with its own message, and the variant it is about. */
export type VariantDiscrepancy = Discrepancy & {message: string; variant: string; implied: boolean};

const words = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const NUMBER = /-?\d+(?:\.\d+)?/;
const isNone = (s: string) => s === '' || s === '—';

/** Same JobZone score: the same number whatever its form ("86.1/100", "86.10", "86.1"). */
function sameScore(stated: string, expected: number | null): boolean {
  if (expected === null) return isNone(stated);
  const m = NUMBER.exec(stated);
  return m !== null && Number(m[0]) === expected;
}

function sameSubLabel(stated: string, card: Scorecard): boolean {
  if (card.subLabel === null) return card.zone === 'RED' ? RED_SUB_LABEL_CELLS.some((c) => words(c) === words(stated)) || isNone(stated) : isNone(stated);
  return words(stated) === words(card.subLabel);
}

/** The zone a sub-label names by its first word ("None" names Red). */
const zoneNamed = (s: string) => {
  const first = (/^[A-Za-z]+/.exec(s.trim())?.[0] ?? '').toUpperCase();
  return first === 'NONE' || first === '' ? 'RED' : first;
};

/** Every discrepancy of the variants of a parsed report, under the conventions' defaults; `card` is the role's. */
export function variantDiscrepancies(parsed: ParsedReport, a: Assessment, card: Scorecard): VariantDiscrepancy[] {
  const out: VariantDiscrepancy[] = [];
  const rows = parsed.variants?.rows ?? [];
  rows.forEach((row, i) => {
    const v = a.variants?.[i];
    if (!v) return;
    const f = variantFigures(a, v, i);
    const push = (field: string, stated: string, expected: string, message: string, severity: 'error' | 'warning' = 'error') =>
      out.push({field: `variants.${i}.${field}`, line: row.line, stated, expected, severity, rule: severity === 'error' ? 'seed' : 'default', ...(severity === 'error' ? {} : {defaultRule: 'subLabel' as const}), message, variant: v.name, implied: false});
    for (const c of row.changes) {
      const now = roleValue(a, c.path);
      if (!c.fromStated || c.from === now) continue;
      const label = variantInput(c.path)?.label ?? c.path;
      push('from', String(c.from ?? '—'), String(now ?? '—'), `Variant "${v.name}": ${label} starts from ${c.from ?? '—'} in the table, but the role's is ${now ?? '—'}`);
    }
    if (!sameScore(row.score, f.card.score)) {
      push('score', row.score, f.card.display.scoreShort ?? '—', `Variant "${v.name}" JobZone: stated ${row.score || '—'}, correct ${f.card.display.scoreShort ?? '—'}`);
    }
    if (words(row.zone) !== words(f.card.zone ?? '—')) push('zone', row.zone, f.card.zone ?? '—', `Variant "${v.name}" zone: stated ${row.zone || '—'}, correct ${f.card.zone ?? '—'}`);
    if (!sameSubLabel(row.subLabel, f.card)) {
      const expected = f.card.subLabel ?? (f.card.zone === 'RED' ? 'None' : '—');
      const accelerated = /accelerated/i.test(row.subLabel) !== (f.card.subLabel === METHOD.subLabels.accelerated.name);
      const wrong = f.card.zone === null || accelerated || zoneNamed(row.subLabel) !== f.card.zone;
      push('subLabel', row.subLabel, expected, `Variant "${v.name}" sub-label: stated ${row.subLabel || '—'}, ${wrong ? 'correct' : 'the documented default gives'} ${expected}`, wrong ? 'error' : 'warning');
    }
  });
  // A change the role cannot take (a task it does not have, a change made twice, times off 100): the method's rules, on the row's line.
  if (rows.length) {
    for (const p of validate(a, card)) {
      const m = /^variants\.(\d+)\.changes/.exec(p.path);
      const row = m ? rows[Number(m[1])] : undefined;
      if (!m || !row) continue;
      out.push({field: `variants.${m[1]}.changes`, line: row.line, stated: row.changes.map((c) => c.text).join('; '), expected: '—', severity: 'error', rule: 'seed', message: p.message, variant: row.name, implied: false});
    }
  }
  const reading = readVariants(a, card);
  const line = parsed.variants?.noteLine ?? 0;
  for (const claim of reading.claims) {
    if (claim.holds) continue;
    const f = reading.figures[claim.variant];
    out.push({
      field: `variants.${claim.variant}.claim`,
      line,
      stated: claim.words,
      expected: f ? `${fixed(f.card.formulaScoreShown ?? Number.NaN, 1)} ${f.card.zone ?? '—'}` : '—',
      severity: 'warning',
      rule: 'default',
      defaultRule: 'variantClaims',
      message: `Seniority note, variant "${claim.name}"${reading.implied ? ' (implied by the note)' : ''}: ${claim.message}`,
      variant: claim.name,
      implied: reading.implied,
    });
  }
  return out;
}

/** The variants of a parsed report (stated, else implied by its note) with their figures and claims, for `check --json`. */
export function reportVariantsJson(parsed: ParsedReport, defaults: MethodDefaults) {
  const a = underDefaults(parsed.assessment, defaults);
  return variantsJson(a, readVariants(a, score(a)));
}
