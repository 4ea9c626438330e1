import {describe, expect, it} from 'vitest';
import {emptyTask} from '../../../src/method/empty.js';
import {score} from '../../../src/method/score.js';
import {emptyAssessment} from '../../../src/method/empty.js';
import type {Task} from '../../../src/method/types.js';
import {isTaskAction} from '../../../src/ui/task-table/actions.js';
import {tasksReducer} from '../../../src/ui/task-table/tasks-reducer.js';

const task = (name: string, extra: Partial<Task> = {}): Task => ({...emptyTask(), name, ...extra});
const names = (tasks: Task[]) => tasks.map((t) => t.name);
const abc = () => [task('a'), task('b'), task('c')];

describe('tasksReducer', () => {
  it('adds an empty task at the end, or at an index (clamped)', () => {
    const tasks = abc();
    const end = tasksReducer(tasks, {type: 'addTask'});
    expect(names(end)).toEqual(['a', 'b', 'c', '']);
    expect(end[3]).toEqual(emptyTask());
    expect(names(tasksReducer(tasks, {type: 'addTask', at: 1}))).toEqual(['a', '', 'b', 'c']);
    expect(names(tasksReducer(tasks, {type: 'addTask', at: 0}))).toEqual(['', 'a', 'b', 'c']);
    expect(names(tasksReducer(tasks, {type: 'addTask', at: 99}))).toEqual(['a', 'b', 'c', '']);
    expect(names(tasksReducer(tasks, {type: 'addTask', at: -4}))).toEqual(['', 'a', 'b', 'c']);
    expect(names(tasks)).toEqual(['a', 'b', 'c']);
  });

  it('puts a deleted task back whole, as it was, in one action', () => {
    const own = task('b', {timePercent: 30, score: 4, label: 'AUGMENTATION', rationale: 'kept'});
    const tasks = [task('a'), own, task('c')];
    const deleted = tasksReducer(tasks, {type: 'deleteTask', index: 1});
    const back = tasksReducer(deleted, {type: 'insertTask', at: 1, task: own});
    expect(back).toEqual(tasks);
    // The label the assessor chose stays, though score 4 suggests another.
    expect(back[1]).toBe(own);
  });

  it('deletes by index and ignores an index outside the list', () => {
    const tasks = abc();
    expect(names(tasksReducer(tasks, {type: 'deleteTask', index: 1}))).toEqual(['a', 'c']);
    expect(tasksReducer(tasks, {type: 'deleteTask', index: 3})).toBe(tasks);
    expect(tasksReducer(tasks, {type: 'deleteTask', index: -1})).toBe(tasks);
  });

  it('moves a task, clamping the destination', () => {
    const tasks = abc();
    expect(names(tasksReducer(tasks, {type: 'moveTask', from: 0, to: 1}))).toEqual(['b', 'a', 'c']);
    expect(names(tasksReducer(tasks, {type: 'moveTask', from: 2, to: 0}))).toEqual(['c', 'a', 'b']);
    expect(names(tasksReducer(tasks, {type: 'moveTask', from: 0, to: 10}))).toEqual(['b', 'c', 'a']);
    expect(names(tasksReducer(tasks, {type: 'moveTask', from: 2, to: -1}))).toEqual(['c', 'a', 'b']);
    expect(tasksReducer(tasks, {type: 'moveTask', from: 0, to: 0})).toBe(tasks);
    expect(tasksReducer(tasks, {type: 'moveTask', from: 5, to: 0})).toBe(tasks);
  });

  it('sets each field of one task without touching the others', () => {
    const tasks = abc();
    let next = tasksReducer(tasks, {type: 'setTaskName', index: 1, name: 'Review'});
    next = tasksReducer(next, {type: 'setTaskTime', index: 1, timePercent: 35});
    next = tasksReducer(next, {type: 'setTaskRationale', index: 1, rationale: 'Because.'});
    next = tasksReducer(next, {type: 'setTaskLabel', index: 1, label: 'DISPLACEMENT'});
    expect(next[1]).toEqual({name: 'Review', timePercent: 35, score: null, label: 'DISPLACEMENT', rationale: 'Because.'});
    expect(next[0]).toBe(tasks[0]);
    expect(next[2]).toBe(tasks[2]);
    expect(tasks[1]).toEqual(task('b'));
    expect(tasksReducer(next, {type: 'setTaskTime', index: 1, timePercent: null})[1]?.timePercent).toBeNull();
  });

  it('returns the same array when a set changes nothing or misses the list', () => {
    const tasks = abc();
    expect(tasksReducer(tasks, {type: 'setTaskName', index: 0, name: 'a'})).toBe(tasks);
    expect(tasksReducer(tasks, {type: 'setTaskScore', index: 7, score: 3})).toBe(tasks);
  });

  it('writes out the suggestion for an unset label when the score is set', () => {
    let tasks = [task('a')];
    tasks = tasksReducer(tasks, {type: 'setTaskScore', index: 0, score: 4});
    expect(tasks[0]?.label).toBe('DISPLACEMENT');
    const a = {...emptyAssessment(), tasks};
    expect(score(a).tasks[0]).toMatchObject({label: 'DISPLACEMENT', suggestedLabel: 'DISPLACEMENT'});
  });

  it('moves a label that equals the old score\'s suggestion to the new suggestion', () => {
    let tasks = [task('a', {score: 2, label: 'AUGMENTATION'})];
    tasks = tasksReducer(tasks, {type: 'setTaskScore', index: 0, score: 5});
    expect(tasks[0]?.label).toBe('DISPLACEMENT');
    tasks = tasksReducer(tasks, {type: 'setTaskScore', index: 0, score: 1});
    expect(tasks[0]?.label).toBe('NOT INVOLVED');
    tasks = tasksReducer(tasks, {type: 'setTaskScore', index: 0, score: null});
    expect(tasks[0]?.label).toBeNull();
  });

  it('leaves a label the assessor changed alone when the score changes', () => {
    let tasks = [task('a', {score: 4, label: 'AUGMENTATION'})];
    tasks = tasksReducer(tasks, {type: 'setTaskScore', index: 0, score: 5});
    expect(tasks[0]).toMatchObject({score: 5, label: 'AUGMENTATION'});
    tasks = tasksReducer(tasks, {type: 'setTaskLabel', index: 0, label: null});
    expect(tasks[0]?.label).toBeNull();
  });

  it('recognises its own actions', () => {
    expect(isTaskAction({type: 'moveTask'})).toBe(true);
    expect(isTaskAction({type: 'goToStep'})).toBe(false);
  });
});
