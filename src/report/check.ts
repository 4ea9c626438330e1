/**
 * Checking a report's arithmetic: every figure it states, against the figure the method
 * computes from the report's own inputs. Figures are compared in their written forms; a figure
 * written with other decimals ("0.3" for "0.30") is the same figure.
 */
import {score, type Scorecard} from '../method/score.js';
import type {Assessment} from '../method/types.js';
import type {ParsedReport, StatedFigure} from './parse.js';

export type Discrepancy = {field: string; line: number; stated: string; expected: string};

const NONE = '—';

/** What the method says a stated field should read, in the report's written form. */
function expectedOf(field: string, card: Scorecard, a: Assessment): string | null {
  const d = card.display;
  const task = /^tasks\.(\d+)\.weighted$/.exec(field);
  if (task) return card.tasks[Number(task[1])]?.weightedDisplay ?? null;
  switch (field) {
    case 'protectiveTotal':
    case 'quickScreen':
    case 'taskTimeTotal':
    case 'weightedTotal':
    case 'taskResistance':
    case 'split':
    case 'evidenceTotal':
    case 'barrierTotal':
    case 'evidenceModifier':
    case 'barrierModifier':
    case 'growthModifier':
    case 'raw':
    case 'score':
    case 'zone':
    case 'shareScoring3Plus':
    case 'subLabel':
      return d[field];
    case 'compositeTaskResistance':
      return d.taskResistanceShort;
    case 'subLabelGrowth':
      return a.growth.score === null ? null : String(a.growth.score);
    case 'overrideFormulaScore':
      return d.formulaScoreShort;
    default:
      return null;
  }
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const NUMBER = /[+-]?\d+(?:\.\d+)?/g;

/** Same figure: the same words, and the same numbers whatever their trailing zeros. */
function sameFigure(field: string, stated: string, expected: string): boolean {
  if (stated === expected) return true;
  let s = words(stated);
  let e = words(expected);
  if (field === 'zone') [s, e] = [s.split(' ')[1] ?? '', e.split(' ')[1] ?? ''];
  if (field === 'subLabel') [s, e] = [s.split(' — ')[0] ?? '', e.split(' — ')[0] ?? ''];
  if (s === e) return true;
  if (s.replace(NUMBER, '#').toLowerCase() !== e.replace(NUMBER, '#').toLowerCase()) return false;
  const sn = s.match(NUMBER) ?? [];
  const en = e.match(NUMBER) ?? [];
  return sn.length === en.length && sn.every((n, i) => Number(n) === Number(en[i]));
}

function compare(figure: StatedFigure, card: Scorecard, a: Assessment): Discrepancy | null {
  if (figure.field === 'taskTimeSum') {
    if (a.tasks.length === 0 || card.taskTimeOk) return null;
    return {field: 'taskTimeSum', line: figure.line, stated: card.display.taskTimeTotal, expected: '100%'};
  }
  const expected = expectedOf(figure.field, card, a) ?? NONE;
  const stated = figure.stated === '' ? NONE : figure.stated;
  if (stated === NONE && expected === NONE) return null;
  if (stated !== NONE && expected !== NONE && sameFigure(figure.field, stated, expected)) return null;
  return {field: figure.field, line: figure.line, stated, expected};
}

/** The scorecard of a parsed report, and each stated figure that differs from it, by line. */
export function checkParsedReport({assessment, stated}: ParsedReport): {card: Scorecard; discrepancies: Discrepancy[]} {
  const card = score(assessment);
  const discrepancies = stated
    .map((figure) => compare(figure, card, assessment))
    .filter((d): d is Discrepancy => d !== null)
    .sort((x, y) => x.line - y.line);
  return {card, discrepancies};
}
