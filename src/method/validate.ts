/**
 * The method's rules over an assessment: what is missing, what is wrong, what is unusual.
 * Problems name their field by path and speak in the assessor's words.
 */
import {METHOD} from './definition.js';
import {FIELDS, fieldAt, getAt, SECTIONS, type SectionId, taskFields} from './fields.js';
import {type Scorecard, score} from './score.js';
import type {Assessment, Task} from './types.js';
import {applyVariant, onScale, VARIANT_TASK_PATH, variantInput} from './variants.js';

export type Severity = 'error' | 'warning';

export type Problem = {
  /** Dotted path of the field ("tasks.2.timePercent"), or of the group ("tasks"). */
  path: string;
  severity: Severity;
  /** missing: not filled in yet; invalid: filled in wrongly; unusual: allowed, but check it. */
  kind: 'missing' | 'invalid' | 'unusual';
  section: SectionId;
  message: string;
};

const SECTION_ORDER = Object.fromEntries(SECTIONS.map((s, i) => [s.id, i])) as Record<SectionId, number>;

const taskName = (t: Task, i: number) => {
  const name = t.name.trim();
  return name ? `Task ${i + 1} ("${name.length > 40 ? `${name.slice(0, 39)}…` : name}")` : `Task ${i + 1}`;
};

/** The form in which two task names are the same name (null: no name). */
const nameKey = (name: string): string | null => {
  const trimmed = name.trim();
  return trimmed ? trimmed.toLowerCase().replace(/\s+/g, ' ') : null;
};

function checkScale(path: string, value: number | null, problems: Problem[], spec = fieldAt(path)) {
  if (!spec?.scale || value === null) return;
  const {min, max} = METHOD.scales[spec.scale];
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push({
      path,
      severity: 'error',
      kind: 'invalid',
      section: spec.section,
      message: `${spec.label} is ${value}; it must be a whole number from ${min} to ${max}.`,
    });
  }
}

const outside = (value: number, scale: {min: number; max: number}) =>
  !Number.isInteger(value) || value < scale.min || value > scale.max;

function checkField(a: Assessment, path: string, problems: Problem[]) {
  const spec = fieldAt(path);
  if (!spec) return;
  const value = getAt(a, path);
  if (spec.kind === 'score') {
    if (value === null || value === undefined) {
      if (spec.required) {
        problems.push({path, severity: 'error', kind: 'missing', section: spec.section, message: `${spec.label} is not set.`});
      }
    } else checkScale(path, value as number, problems);
  } else if (spec.required && (typeof value !== 'string' || value.trim() === '')) {
    problems.push({path, severity: 'error', kind: 'missing', section: spec.section, message: `${spec.label} is empty.`});
  }
}

/**
 * Every problem with an assessment, in the order of the report. Empty when it is finished.
 * Pass the assessment's scorecard when it is at hand, so that it is not computed twice.
 */
export function validate(a: Assessment, card: Scorecard = score(a)): Problem[] {
  // A validator with nothing kept checks every task: one loop for both.
  return validator()(a, card);
}

/** Each task's problems pushed onto `problems`, in order. */
type TasksCheck = (tasks: readonly Task[], problems: Problem[]) => void;

/**
 * validate for an assessment that changes a key at a time (the wizard): a task's problems are
 * worked out again only when the task, its place or the earlier task of its name changed, so a
 * keystroke in one task checks that task, not all of them (with 500 tasks, 400 of them at 0%,
 * validate built 400 messages per keystroke).
 */
export function validator(): (a: Assessment, card?: Scorecard) => Problem[] {
  let rows: Array<{task: Task; key: string | null; sameAs: number | undefined; problems: Problem[]}> = [];
  const tasksChecked: TasksCheck = (tasks, problems) => {
    const seen = new Map<string, number>();
    const next: typeof rows = new Array(tasks.length);
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i] as Task;
      const kept = rows[i];
      const key = kept?.task === t ? kept.key : nameKey(t.name);
      const sameAs = key === null ? undefined : seen.get(key);
      if (key !== null && sameAs === undefined) seen.set(key, i);
      const row = kept?.task === t && kept.sameAs === sameAs ? kept : {task: t, key, sameAs, problems: taskProblems(t, i, sameAs)};
      next[i] = row;
      for (let k = 0; k < row.problems.length; k++) problems.push(row.problems[k] as Problem);
    }
    rows = next;
  };
  return (a, card = score(a)) => problemsOf(a, card, tasksChecked);
}

/** One task's problems. Paths are built only for a task with a problem. */
function taskProblems(t: Task, i: number, sameAs: number | undefined): Problem[] {
  const problems: Problem[] = [];
  const path = (field: string) => `tasks.${i}.${field}`;
  if (!t.name.trim()) {
    problems.push({path: path('name'), severity: 'error', kind: 'missing', section: 'tasks', message: `Task ${i + 1} has no name.`});
  } else if (sameAs !== undefined) {
    problems.push({
      path: path('name'),
      severity: 'error',
      kind: 'invalid',
      section: 'tasks',
      message: `${taskName(t, i)} has the same name as task ${sameAs + 1}: each task needs its own name.`,
    });
  }
  if (t.timePercent === null) {
    problems.push({path: path('timePercent'), severity: 'error', kind: 'missing', section: 'tasks', message: `${taskName(t, i)}: time % is not set.`});
  } else if (t.timePercent === 0) {
    problems.push({
      path: path('timePercent'),
      severity: 'error',
      kind: 'invalid',
      section: 'tasks',
      message: `${taskName(t, i)} takes 0% of the time: give it a share or remove it.`,
    });
  } else if (outside(t.timePercent, METHOD.scales.taskTime)) {
    checkScale(path('timePercent'), t.timePercent, problems, taskFields(i)[1]);
  }
  if (t.score === null) {
    problems.push({path: path('score'), severity: 'error', kind: 'missing', section: 'tasks', message: `${taskName(t, i)}: score is not set.`});
  } else if (outside(t.score, METHOD.scales.task)) {
    checkScale(path('score'), t.score, problems, taskFields(i)[2]);
  }
  if (!t.rationale.trim()) {
    problems.push({path: path('rationale'), severity: 'error', kind: 'missing', section: 'tasks', message: `${taskName(t, i)}: rationale is empty.`});
  }
  return problems;
}

function problemsOf(a: Assessment, card: Scorecard, tasksChecked: TasksCheck): Problem[] {
  const problems: Problem[] = [];

  for (const f of FIELDS) checkField(a, f.path, problems);

  // Tasks.
  if (a.tasks.length === 0) {
    problems.push({
      path: 'tasks',
      severity: 'error',
      kind: 'missing',
      section: 'tasks',
      message: 'No tasks yet: add the tasks of the role with their share of working time.',
    });
  }
  tasksChecked(a.tasks, problems);
  if (a.tasks.length > 0) {
    const sum = a.tasks.reduce((s, t) => s + (t.timePercent ?? 0), 0);
    if (sum !== 100) {
      problems.push({
        path: 'tasks',
        severity: 'error',
        kind: 'invalid',
        section: 'tasks',
        message: `Task times sum to ${sum}%, not 100%${sum < 100 ? ` (${100 - sum}% unaccounted for)` : ` (${sum - 100}% too much)`}.`,
      });
    }
  }

  // The override.
  if (a.override.score !== null) {
    if (!Number.isFinite(a.override.score) || a.override.score < 0 || a.override.score > 100) {
      problems.push({
        path: 'override.score',
        severity: 'error',
        kind: 'invalid',
        section: 'subLabel',
        message: `The override score is ${a.override.score}; it must be from 0 to 100.`,
      });
    }
    if (!a.override.note.trim()) {
      problems.push({
        path: 'override.note',
        severity: 'error',
        kind: 'missing',
        section: 'subLabel',
        message: 'An override score needs a written reason.',
      });
    }
  }

  variantProblems(a, problems);

  // Allowed, but worth a second look.
  if (card.outOfRange) {
    problems.push({
      path: 'composite',
      severity: 'warning',
      kind: 'unusual',
      section: 'composite',
      message: `The formula gives ${card.formulaScoreShown}, outside the usual 0-100 range: check the inputs.`,
    });
  }

  // Stable sort by section: problems keep their order within a section.
  return problems.sort((x, y) => SECTION_ORDER[x.section] - SECTION_ORDER[y.section]);
}

/** A variant's own problems: its name, and each change an input of this role, on its scale, once; its times still sum to 100. */
function variantProblems(a: Assessment, problems: Problem[]) {
  (a.variants ?? []).forEach((v, i) => {
    const add = (path: string, kind: Problem['kind'], message: string) => problems.push({path: `variants.${i}.${path}`, severity: 'error', kind, section: 'role', message});
    const who = v.name.trim() ? `Variant "${v.name.trim().slice(0, 40)}"` : `Variant ${i + 1}`;
    if (!v.name.trim()) add('name', 'missing', `Variant ${i + 1} has no name.`);
    const seen = new Set<string>();
    v.changes.forEach((c, k) => {
      const input = variantInput(c.path);
      const task = VARIANT_TASK_PATH.exec(c.path);
      if (!input) add(`changes.${k}`, 'invalid', `${who} changes "${c.path}", which a variant cannot change.`);
      else if (task && Number(task[1]) >= a.tasks.length) add(`changes.${k}`, 'invalid', `${who} changes ${input.label}, but the role has ${a.tasks.length} task${a.tasks.length === 1 ? '' : 's'}.`);
      else if (!onScale(input, c.value)) add(`changes.${k}`, 'invalid', `${who}: ${input.label} is ${c.value}, off its scale.`);
      if (seen.has(c.path)) add(`changes.${k}`, 'invalid', `${who} changes ${input?.label ?? c.path} twice.`);
      seen.add(c.path);
    });
    if (v.changes.some((c) => c.path.endsWith('.timePercent'))) {
      const sum = applyVariant(a, v).tasks.reduce((s, t) => s + (t.timePercent ?? 0), 0);
      if (sum !== 100) add('changes', 'invalid', `${who}: task times sum to ${sum}%, not 100%: move time from one task to another.`);
    }
  });
}

/** Finished (METHODOLOGY §1): no error, so every score set, times sum to 100, text filled in. */
export function isFinished(a: Assessment): boolean {
  return validate(a).every((p) => p.severity !== 'error');
}

/** How many fields are still to be filled in. */
export function missingCount(a: Assessment): number {
  return validate(a).filter((p) => p.kind === 'missing').length;
}
