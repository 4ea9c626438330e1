import {fieldAt} from '../../method/fields.js';

/** The names `check` gives the figures it compares, in the report's words. */
const NAMES: Record<string, string> = {
  protectiveTotal: 'Protective Total',
  quickScreen: 'Quick screen result',
  taskTimeSum: 'Task times (must sum to 100%)',
  taskTimeTotal: 'Total time %',
  weightedTotal: 'Total Weighted',
  taskResistance: 'Task Resistance Score',
  split: 'Displacement/Augmentation split',
  evidenceTotal: 'Evidence Total',
  barrierTotal: 'Barrier Total',
  compositeTaskResistance: 'Composite Task Resistance Score',
  evidenceModifier: 'Evidence Modifier',
  barrierModifier: 'Barrier Modifier',
  growthModifier: 'Growth Modifier',
  raw: 'Raw',
  score: 'JobZone Score',
  zone: 'Zone',
  shareScoring3Plus: '% of task time scoring 3+',
  subLabelGrowth: 'Sub-label table AI Growth Correlation',
  subLabel: 'Sub-label',
  overrideFormulaScore: 'Formula score beside the override',
};

/** "Task 3 Weighted", "Evidence Modifier", … */
export function describeField(field: string): string {
  const task = /^tasks\.(\d+)\.weighted$/.exec(field);
  if (task) return `Task ${Number(task[1]) + 1} Weighted`;
  const variant = /^variants\.(\d+)\.(\w+)$/.exec(field);
  if (variant) return `Seniority variant ${Number(variant[1]) + 1} ${variant[2] === 'claim' ? 'claim' : variant[2] === 'subLabel' ? 'sub-label' : variant[2] === 'score' ? 'JobZone' : variant[2]}`;
  return NAMES[field] ?? fieldAt(field)?.label ?? field;
}

/** One discrepancy in words, without its line: "Raw: stated 7.3740, correct 7.3704". */
export function describeDiscrepancy(d: {field: string; stated: string; expected: string; rule: 'seed' | 'default'; defaultRule?: string; text?: string; message?: string}): string {
  // A finding that words itself (a seniority variant's).
  if (d.message) return d.message;
  if (d.field === 'taskTimeSum') return `Task times sum to ${d.stated}; they must sum to ${d.expected}`;
  if (d.defaultRule === 'proseFigures') return `${describeField(d.field)}: "${d.text ?? d.stated}" states ${d.stated}; now ${d.expected}`;
  if (d.rule === 'default') return `${describeField(d.field)}: stated ${d.stated}; the documented default gives ${d.expected}`;
  return `${describeField(d.field)}: stated ${d.stated}, correct ${d.expected}`;
}
