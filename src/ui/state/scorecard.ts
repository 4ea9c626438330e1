/**
 * The scorecard of the wizard's assessment, computed once per change that can move a figure:
 * typing a task's name or rationale moves none, so the last card (the same object) is kept, and
 * what depends on it (the side pane, the task figures) does not redraw.
 */
import {useRef} from 'react';
import {score, type Scorecard} from '../../method/score.js';
import type {Assessment, Task} from '../../method/types.js';

/** True when `b` differs from `a` at most in the text of its tasks (name, rationale). */
export function onlyTaskTextChanged(a: Assessment, b: Assessment): boolean {
  if (a === b) return true;
  for (const key of Object.keys(b) as Array<keyof Assessment>) {
    if (key !== 'tasks' && a[key] !== b[key]) return false;
  }
  if (Object.keys(a).length !== Object.keys(b).length) return false;
  if (a.tasks.length !== b.tasks.length) return false;
  for (let i = 0; i < b.tasks.length; i++) {
    const x = a.tasks[i] as Task;
    const y = b.tasks[i] as Task;
    if (x !== y && !sameFigures(x, y)) return false;
  }
  return true;
}

/** Every field of a task but its name and rationale, compared. */
function sameFigures(x: Task, y: Task): boolean {
  const keys = Object.keys(y) as Array<keyof Task>;
  if (Object.keys(x).length !== keys.length) return false;
  return keys.every((k) => k === 'name' || k === 'rationale' || x[k] === y[k]);
}

/** score(assessment), reusing the last card when only task text changed. */
export function useScorecard(assessment: Assessment): Scorecard {
  const last = useRef<{assessment: Assessment; card: Scorecard} | null>(null);
  const kept = last.current;
  if (kept && kept.assessment === assessment) return kept.card;
  const card = kept && onlyTaskTextChanged(kept.assessment, assessment) ? kept.card : score(assessment);
  last.current = {assessment, card};
  return card;
}
