/**
 * The report's sections (METHODOLOGY §1, in the seed's order) and every input field with its
 * label in the seed's words. Validation, the wizard and the report all name fields from here.
 */
import {METHOD, type ScaleName} from './definition.js';
import type {Assessment} from './types.js';

export const SECTIONS = [
  {id: 'role', number: 1, title: 'Role Definition'},
  {id: 'protective', number: 2, title: 'Protective Principles + AI Growth Correlation'},
  {id: 'tasks', number: 3, title: 'Task Decomposition (Agentic AI Scoring)'},
  {id: 'evidence', number: 4, title: 'Evidence Score'},
  {id: 'barriers', number: 5, title: 'Barrier Assessment'},
  {id: 'growthCheck', number: 6, title: 'AI Growth Correlation Check'},
  {id: 'composite', number: 7, title: 'JobZone Composite Score (AIJRI)'},
  {id: 'subLabel', number: 8, title: 'Sub-Label Determination'},
  {id: 'commentary', number: 9, title: 'Assessor Commentary'},
  {id: 'whatThisMeans', number: 10, title: 'What This Means'},
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** line: one line of text; text: long text that may hold line breaks; score: a scale value. */
export type FieldKind = 'line' | 'text' | 'score';

export type FieldSpec = {
  path: string;
  label: string;
  section: SectionId;
  kind: FieldKind;
  required: boolean;
  scale?: ScaleName;
  /** Level meanings for a score field, from the method definition. */
  levels?: Readonly<Record<string | number, string>>;
};

const line = (path: string, label: string, section: SectionId, required = true): FieldSpec => ({
  path,
  label,
  section,
  kind: 'line',
  required,
});
const text = (path: string, label: string, section: SectionId, required = true): FieldSpec => ({
  path,
  label,
  section,
  kind: 'text',
  required,
});
const scoreField = (
  path: string,
  label: string,
  section: SectionId,
  scale: ScaleName,
  levels?: Readonly<Record<string | number, string>>,
): FieldSpec => ({path, label, section, kind: 'score', required: true, scale, ...(levels ? {levels} : {})});

/** Every input except the task rows, in the order the report shows them. */
export const FIELDS: readonly FieldSpec[] = [
  line('role.jobTitle', 'Job Title', 'role'),
  line('role.seniorityLevel', 'Seniority Level', 'role'),
  text('role.primaryFunction', 'Primary Function', 'role'),
  text('role.whatThisRoleIsNot', 'What This Role Is NOT', 'role'),
  text('role.typicalExperience', 'Typical Experience', 'role'),
  text('role.seniorityNote', 'Seniority note', 'role', false),
  ...METHOD.protectivePrinciples.flatMap((p) => [
    scoreField(`protective.${p.key}.score`, `${p.label} score`, 'protective', 'protective', p.levels),
    text(`protective.${p.key}.rationale`, `${p.label} rationale`, 'protective'),
  ]),
  scoreField('growth.score', 'AI Growth Correlation score', 'protective', 'growth', METHOD.growth.levels),
  text('growth.rationale', 'AI Growth Correlation rationale', 'protective'),
  text('reinstatementCheck', 'Reinstatement check (Acemoglu)', 'tasks'),
  ...METHOD.evidenceDimensions.flatMap((e) => [
    scoreField(`evidence.${e.key}.score`, `${e.label} score`, 'evidence', 'evidence', e.levels),
    text(`evidence.${e.key}.evidence`, `${e.label} evidence`, 'evidence'),
  ]),
  line('barriers.reframedQuestion', 'Reframed question', 'barriers'),
  ...METHOD.barriers.flatMap((b) => [
    scoreField(`barriers.${b.key}.score`, `${b.label} score`, 'barriers', 'barrier', b.levels),
    text(`barriers.${b.key}.rationale`, `${b.label} rationale`, 'barriers'),
  ]),
  text('growthCheck', 'AI Growth Correlation Check', 'growthCheck'),
  text('override.note', 'Assessor override', 'subLabel', false),
  text('commentary.scoreVsReality', 'Score vs Reality Check', 'commentary'),
  text('commentary.numbersDontCapture', "What the Numbers Don't Capture", 'commentary'),
  text('commentary.whoShouldWorry', "Who Should Worry (and Who Shouldn't)", 'commentary'),
  text('commentary.biggestFactor', 'The single biggest factor', 'commentary'),
  text('whatThisMeans.roleIn2028', 'The role in 2028', 'whatThisMeans'),
  text('whatThisMeans.survivalStrategy', 'Survival strategy', 'whatThisMeans'),
  text('whatThisMeans.timeline', 'Timeline', 'whatThisMeans'),
];

/** The fields of one task row; `i` is its 0-based index. */
export function taskFields(i: number): FieldSpec[] {
  return [
    line(`tasks.${i}.name`, `Task ${i + 1} name`, 'tasks'),
    scoreField(`tasks.${i}.timePercent`, `Task ${i + 1} time %`, 'tasks', 'taskTime'),
    scoreField(`tasks.${i}.score`, `Task ${i + 1} score`, 'tasks', 'task', METHOD.task.levels),
    text(`tasks.${i}.rationale`, `Task ${i + 1} rationale`, 'tasks'),
  ];
}

const byPath = new Map(FIELDS.map((f) => [f.path, f]));

/** The field at a dotted path ("evidence.wageTrends.score", "tasks.2.name"), if there is one. */
export function fieldAt(path: string): FieldSpec | undefined {
  const known = byPath.get(path);
  if (known) return known;
  const m = /^tasks\.(\d+)\.(\w+)$/.exec(path);
  if (!m) return undefined;
  return taskFields(Number(m[1])).find((f) => f.path === path);
}

/** The value at a dotted path of an assessment. */
export function getAt(a: Assessment, path: string | readonly string[]): unknown {
  let node: unknown = a;
  // A path already split (a caller reading the same fields on every keystroke) is not split again.
  for (const part of typeof path === 'string' ? path.split('.') : path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** A copy of the assessment with the value at a dotted path replaced (structural sharing). */
export function setAt<T>(a: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return a;
  const node = a as unknown as Record<string, unknown> | unknown[];
  const next = rest.length ? setAt((node as Record<string, unknown>)[head], rest.join('.'), value) : value;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(head)] = next;
    return copy as unknown as T;
  }
  return {...node, [head]: next} as T;
}
