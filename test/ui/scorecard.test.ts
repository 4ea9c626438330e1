import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {onlyTaskTextChanged} from '../../src/ui/state/scorecard.js';
import {FIXTURES} from '../support/paths.js';

const seed = (): Assessment => JSON.parse(readFileSync(join(FIXTURES, 'model-alignment-researcher.json'), 'utf8')) as Assessment;
const withTask = (a: Assessment, i: number, change: Partial<Assessment['tasks'][number]>): Assessment => ({
  ...a,
  tasks: a.tasks.map((t, k) => (k === i ? {...t, ...change} : t)),
});

describe('the scorecard is kept while only task text changes', () => {
  it('a task name or rationale moves no figure: the card is the same', () => {
    const a = seed();
    const b = withTask(withTask(a, 0, {name: 'Renamed'}), 1, {rationale: 'Other words'});
    expect(onlyTaskTextChanged(a, b)).toBe(true);
    expect(score(b)).toEqual(score(a));
  });

  it('a time, score or label, a task added, or any other field is a change that is scored', () => {
    const a = seed();
    expect(onlyTaskTextChanged(a, withTask(a, 0, {score: a.tasks[0]!.score === 1 ? 2 : 1}))).toBe(false);
    expect(onlyTaskTextChanged(a, withTask(a, 0, {timePercent: 1}))).toBe(false);
    expect(onlyTaskTextChanged(a, withTask(a, 0, {label: a.tasks[0]!.label === 'AUGMENTATION' ? 'DISPLACEMENT' : 'AUGMENTATION'}))).toBe(false);
    expect(onlyTaskTextChanged(a, {...a, tasks: [...a.tasks, a.tasks[0]!]})).toBe(false);
    expect(onlyTaskTextChanged(a, {...a, role: {...a.role, jobTitle: 'x'}})).toBe(false);
  });
});
