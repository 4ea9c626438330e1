import {describe, expect, it} from 'vitest';
import {score} from '../../../src/method/score.js';
import {emptyAssessment} from '../../../src/method/empty.js';
import {exampleAssessment} from '../../../src/examples/commercial-electrician.js';
import {figureChanges, figuresInWords, timeTotalInWords} from '../../../src/ui/speech/figures.js';

const withTime = (index: number, timePercent: number) => {
  const a = exampleAssessment();
  a.tasks[index]!.timePercent = timePercent;
  return a;
};

describe('the figures in words, and what is said when they change', () => {
  it('says the task time total as the table footer does, in words', () => {
    expect(timeTotalInWords(score(withTime(1, 30)))).toBe('Task time totals 110 percent, 10 too much');
    expect(timeTotalInWords(score(withTime(1, 15)))).toBe('Task time totals 95 percent, 5 unaccounted for');
    expect(timeTotalInWords(score(exampleAssessment()))).toBe('Task time totals 100 percent');
    expect(timeTotalInWords(score(emptyAssessment()))).toBe('Task time totals 0 percent, no tasks yet');
  });
  it('says nothing when no figure changed, and only the figures that changed', () => {
    const card = score(exampleAssessment());
    expect(figureChanges(figuresInWords(card), card)).toBeNull();
    const a = exampleAssessment();
    a.barriers.physicalPresence.score = a.barriers.physicalPresence.score === 2 ? 1 : 2;
    const said = figureChanges(figuresInWords(card), score(a))!;
    expect(said).toMatch(/^Barrier total \d+\/10\. Barrier Modifier [\d.]+\. Raw [\d.]+\. JobZone score [\d.]+ of 100/);
    expect(said).not.toMatch(/Task time|Evidence|Protective/);
  });
  it('leads with the task time total while it is wrong, changed or not, and stops once it is 100', () => {
    const wrong = score(withTime(1, 30));
    const a = withTime(1, 30);
    a.evidence.wageTrends.score = a.evidence.wageTrends.score === 2 ? 1 : 2;
    expect(figureChanges(figuresInWords(wrong), score(a))).toMatch(/^Task time totals 110 percent, 10 too much\. Evidence total/);
    const fixed = score(exampleAssessment());
    const said = figureChanges(figuresInWords(wrong), fixed)!;
    expect(said).toMatch(/^Task time totals 100 percent\./);
    expect(said.match(/Task time totals/g)).toHaveLength(1);
  });
});
