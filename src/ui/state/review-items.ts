/**
 * The Review step's list: validate's problems, then each stale figure of the prose (the field,
 * the figure as stated and as computed now, the sentence), then each cited name the recogniser
 * could not match but for one likely role, to confirm. Read from the wizard's view; computes nothing.
 */
import {fieldAt} from '../../method/fields.js';
import type {ProseStatement} from '../../method/prose-figures.js';
import type {Problem} from '../../method/validate.js';
import type {WizardView} from './context.js';

export type ReviewItem =
  | {kind: 'problem'; problem: Problem}
  | {kind: 'stale'; statement: ProseStatement; line: string}
  | {kind: 'confirm'; statement: ProseStatement; line: string};

const labelOf = (field: string) => fieldAt(field)?.label ?? field;

/** "Score vs Reality Check: 86.1 → now 76.2 · “The 86.1 is honest and …”". */
function staleLine(s: ProseStatement): string {
  return `${labelOf(s.field)}: ${s.stated} → now ${s.computed ?? '—'} · “${s.sentence}”`;
}

export function reviewItems(view: Pick<WizardView, 'problems' | 'prose'>): ReviewItem[] {
  const items: ReviewItem[] = view.problems.map((problem) => ({kind: 'problem', problem}));
  for (const s of view.prose) if (s.status === 'stale') items.push({kind: 'stale', statement: s, line: staleLine(s)});
  for (const s of view.prose) {
    if (s.status === 'unverified' && s.cited && s.suggestion) {
      items.push({kind: 'confirm', statement: s, line: `${labelOf(s.field)}: is “${s.cited.name}” ${s.suggestion} (${s.stated})? c confirms`});
    }
  }
  return items;
}
