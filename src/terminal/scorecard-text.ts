/**
 * The scorecard as a plain-text table for the terminal (`role-wizard score`). Every figure and
 * its written form comes from the scorecard; nothing is computed here.
 */
import stringWidth from 'string-width';
import type {Scorecard} from '../method/score.js';

const dash = '—';

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([k]) => stringWidth(k)));
  return rows.map(([k, v]) => `  ${k}${' '.repeat(width - stringWidth(k))}  ${v}`).join('\n');
}

/** A readable scorecard, one figure a row, with the seed's written forms. */
export function scorecardText(card: Scorecard, title: string): string {
  const d = card.display;
  const zone = card.zone ? `${card.zone}${card.subLabel ? ` · ${card.subLabel}` : ''}` : dash;
  const rows: Array<[string, string]> = [
    ['Protective Total', d.protectiveTotal ?? dash],
    ['Quick screen', card.quickScreen ?? dash],
    ['Task time', `${d.taskTimeTotal}${card.taskTimeOk ? '' : '  (must sum to 100%)'}`],
    ['Weighted total', d.weightedTotal ?? dash],
    ['Task Resistance', d.taskResistance ?? dash],
    ['Split', d.split ?? dash],
    ['% of task time scoring 3+', d.shareScoring3Plus ?? dash],
    ['Evidence total', d.evidenceTotal ?? dash],
    ['Barrier total', d.barrierTotal ?? dash],
    ['Evidence Modifier', d.evidenceModifier ?? dash],
    ['Barrier Modifier', d.barrierModifier ?? dash],
    ['Growth Modifier', d.growthModifier ?? dash],
    ['Raw', d.raw?.replace(/^Raw: /, '') ?? dash],
    ['JobZone Score', d.score?.replace(/^JobZone Score: /, '') ?? dash],
  ];
  if (card.overridden) rows.push(['Assessor override', d.scoreShort ?? dash]);
  rows.push(['Zone', zone]);
  rows.push(['Next boundary', d.nextBoundary ?? dash]);
  const notes: string[] = [];
  if (card.outOfRange) notes.push('Note: the formula score is outside the usual 0-100 range.');
  return `${title || '(untitled role)'}\n${table(rows)}\n${notes.map((n) => `${n}\n`).join('')}`;
}
