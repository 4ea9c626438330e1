/** Named helpers for the report tests: export then import, and the round trip's normal form. */
import {suggestLabel} from '../../src/method/score.js';
import {roundTo} from '../../src/method/format.js';
import type {Assessment} from '../../src/method/types.js';
import {parseReport} from '../../src/report/parse.js';
import {type ReportOptions, renderReport} from '../../src/report/render.js';
import {normaliseText} from '../../src/report/text.js';

/** import(export(a)). */
export const roundTrip = (a: Assessment, options: ReportOptions = {appendix: true, allowIncomplete: true}) =>
  parseReport(renderReport(a, options)).assessment;

/** Every string of a value, normalised as the round trip allows (CRLF/CR → LF, trailing whitespace, outer whitespace). */
function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return normaliseText(value) as T;
  if (Array.isArray(value)) return value.map(normaliseStrings) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseStrings(v)])) as T;
  return value;
}

/**
 * What an assessment reads back as: text normalised; a task with no label but a score reads back
 * with the label the report showed (the suggestion); an override shows with one decimal.
 */
export function asReadBack(a: Assessment): Assessment {
  const b = normaliseStrings(a);
  return {
    ...b,
    tasks: b.tasks.map((t) => ({...t, label: t.label ?? suggestLabel(t.score)})),
    override: {...b.override, score: b.override.score === null ? null : roundTo(b.override.score, 1)},
  };
}

/** Lines without heading markers, trimmed, blank lines dropped: the comparison the seed test allows. */
export const normaliseHeadingsAndWhitespace = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^\s*#+\s+/, '').trim())
    .filter(Boolean);

/**
 * A line of our export in the seed's layout: a Total row with a cell under each header written
 * short (`| Total | 100% | 1.30 |`, `| Total | 8 |`), a delimiter row without spaces (`|---|---|`).
 */
export const asSeedLayout = (line: string) =>
  line
    .replace(/^\| Total \| ([^|]+) \| \| ([^|]+) \| \| \|$/, '| Total | $1 | $2 |')
    .replace(/^\| Total \| ([^|]+) \| \|$/, '| Total | $1 |')
    .replace(/^\|(?: --- \|)+$/, (row) => row.replaceAll(' --- ', '---'));
