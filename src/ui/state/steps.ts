/**
 * The wizard's steps in the seed's order, and which fields each one holds. Titles and labels
 * come from the method's SECTIONS and FIELDS: the seed's own words.
 */
import {FIELDS, SECTIONS, type SectionId} from '../../method/fields.js';

export type StepId =
  | 'role'
  | 'protective'
  | 'tasks'
  | 'evidence'
  | 'barriers'
  | 'growthCheck'
  | 'composite'
  | 'commentary'
  | 'whatThisMeans'
  | 'review';

export type Step = {id: StepId; title: string; short: string; sections: readonly SectionId[]};

const title = (id: SectionId) => SECTIONS.find((s) => s.id === id)?.title ?? id;

export const STEPS: readonly Step[] = [
  {id: 'role', title: title('role'), short: 'Role', sections: ['role']},
  {id: 'protective', title: title('protective'), short: 'Protective', sections: ['protective']},
  {id: 'tasks', title: title('tasks'), short: 'Tasks', sections: ['tasks']},
  {id: 'evidence', title: title('evidence'), short: 'Evidence', sections: ['evidence']},
  {id: 'barriers', title: title('barriers'), short: 'Barriers', sections: ['barriers']},
  {id: 'growthCheck', title: title('growthCheck'), short: 'Growth check', sections: ['growthCheck']},
  {
    id: 'composite',
    title: `${title('composite')} + ${title('subLabel')}`,
    short: 'Composite',
    sections: ['composite', 'subLabel'],
  },
  {id: 'commentary', title: title('commentary'), short: 'Commentary', sections: ['commentary']},
  {id: 'whatThisMeans', title: title('whatThisMeans'), short: 'What this means', sections: ['whatThisMeans']},
  {id: 'review', title: 'Review & Export', short: 'Review', sections: []},
];

/** The slot that stands for the whole task table in the Task Decomposition step. */
export const TASK_TABLE = 'tasks';
/** The list of seniority variants under the Seniority note (its cursor: "variants.N"). */
export const VARIANTS = 'variants';
/** The override's score, a number from 0 to 100 or none (not a FIELDS entry: it is optional). */
export const OVERRIDE_SCORE = 'override.score';
/** The list of problems in the Review & Export step. */
export const REVIEW_LIST = 'review.problems';
/** The export path prompt in the Review & Export step. */
export const REVIEW_EXPORT = 'review.export';
/** The analysis below the export (sensitivity, nearest roles, vector), which scrolls when focused. */
export const REVIEW_ANALYSIS = 'review.analysis';

const fieldsOf = (sections: readonly SectionId[]) =>
  FIELDS.filter((f) => sections.includes(f.section)).map((f) => f.path);

/** The focusable slots of a step, in order (field paths, or a slot name for a table/list). */
export const STEP_SLOTS: Readonly<Record<StepId, readonly string[]>> = {
  role: [...fieldsOf(['role']), VARIANTS],
  protective: fieldsOf(['protective']),
  tasks: [TASK_TABLE, ...fieldsOf(['tasks'])],
  evidence: fieldsOf(['evidence']),
  barriers: fieldsOf(['barriers']),
  growthCheck: fieldsOf(['growthCheck']),
  composite: [OVERRIDE_SCORE, 'override.note'],
  commentary: fieldsOf(['commentary']),
  whatThisMeans: fieldsOf(['whatThisMeans']),
  review: [REVIEW_LIST, REVIEW_EXPORT, REVIEW_ANALYSIS],
};

/** The slot a field path lives in: "tasks.3.score" is in the task table. */
export function slotOf(path: string): string {
  if (/^tasks\.\d+/.test(path)) return TASK_TABLE;
  return /^variants\.\d+/.test(path) ? VARIANTS : path;
}

/** The index of the step that shows a field path, or of a section's step. */
export function stepOfPath(path: string, section?: SectionId): number {
  const slot = slotOf(path);
  const byPath = STEPS.findIndex((s) => STEP_SLOTS[s.id].includes(slot));
  if (byPath >= 0) return byPath;
  if (section) {
    const bySection = STEPS.findIndex((s) => s.sections.includes(section));
    if (bySection >= 0) return bySection;
  }
  return 0;
}

