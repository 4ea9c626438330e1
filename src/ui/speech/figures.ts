/**
 * The pane's figures as sentences, for screen reader mode: each from the scorecard's display
 * strings (nothing is computed here), so that a figure that changed can be said, and the task
 * time total, while the tasks' times do not sum to 100 percent, leads whatever is said about the figures.
 */
import type {Scorecard} from '../../method/score.js';

export type FigureSaid = {key: string; text: string};

/** "1.0 + (3 x 0.04) = 1.12" → "1.12": the value a written-out sum ends in. */
const valueOf = (line: string): string => line.replace(/^.* = /, '');

/** The task time total in words: "Task time totals 110 percent, 10 too much". */
export function timeTotalInWords(card: Scorecard): string {
  const total = card.taskTimeTotal;
  if (card.tasks.length === 0) return 'Task time totals 0 percent, no tasks yet';
  if (total > 100) return `Task time totals ${total} percent, ${total - 100} too much`;
  if (total < 100) return `Task time totals ${total} percent, ${100 - total} unaccounted for`;
  return card.taskTimeOk ? 'Task time totals 100 percent' : 'Task time totals 100 percent, a task has no time yet';
}

/** Every figure the pane shows, in the pane's order, the score last (what the others lead to). */
export function figuresInWords(card: Scorecard): FigureSaid[] {
  const d = card.display;
  // "Task Resistance 4.70/5.0"; a figure still partial says so ("— 30% of time scored").
  const figure = (key: string, label: string, value: string | null, colon = false): FigureSaid => ({
    key,
    text:
      value === null
        ? `${label}: not computed yet`
        : value.startsWith('— ')
          ? `${label}: ${value.slice(2)} so far`
          : `${label}${colon ? ':' : ''} ${value}`,
  });
  return [
    figure('protectiveTotal', 'Protective Total', d.protectiveTotal),
    figure('quickScreen', 'Quick screen', card.quickScreen, true),
    {key: 'taskTime', text: timeTotalInWords(card)},
    figure('split', 'Task time split', d.split, true),
    figure('weightedTotal', 'Weighted total', d.weightedTotal),
    figure('taskResistance', 'Task Resistance', d.taskResistanceSoFar),
    figure('evidenceTotal', 'Evidence total', d.evidenceTotal),
    figure('barrierTotal', 'Barrier total', d.barrierTotal),
    figure('evidenceModifier', 'Evidence Modifier', d.evidenceModifier && valueOf(d.evidenceModifier)),
    figure('barrierModifier', 'Barrier Modifier', d.barrierModifier && valueOf(d.barrierModifier)),
    figure('growthModifier', 'Growth Modifier', d.growthModifier && valueOf(d.growthModifier)),
    figure('raw', 'Raw', d.raw && valueOf(d.raw)),
    figure('formula', 'Formula score', card.overridden ? d.formulaScoreShort : null),
    {key: 'score', text: d.inWords},
  ];
}

/**
 * What is said when figures change: the ones that changed, in one line; led by the task time
 * total while there are tasks and it is not 100 percent (changed or not). Null when no figure changed.
 */
export function figureChanges(before: readonly FigureSaid[], card: Scorecard): string | null {
  const was = new Map(before.map((f) => [f.key, f.text]));
  const changed = figuresInWords(card).filter((f) => was.get(f.key) !== f.text);
  if (changed.length === 0) return null;
  const leads = !card.taskTimeOk && card.tasks.length > 0;
  const lead = leads ? [timeTotalInWords(card)] : [];
  return [...lead, ...changed.filter((f) => !leads || f.key !== 'taskTime').map((f) => f.text)].join('. ') + '.';
}
