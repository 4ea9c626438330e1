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
  return NAMES[field] ?? field;
}
