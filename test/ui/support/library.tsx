/** Wizard tests with an assessor's library: a few roles, and the wizard mounted over them. */
import type {LibraryEntry} from '../../../src/method/calibration.js';
import {score} from '../../../src/method/score.js';
import type {Assessment} from '../../../src/method/types.js';
import type {LibrarySource} from '../../../src/ui/hooks/use-library.js';
import type {ExportOptions} from '../../../src/ui/steps/export-prompt.js';
import {Wizard} from '../../../src/ui/wizard.js';
import {readFixture} from '../../support/paths.js';
import {seedAssessment} from './fixtures.js';
import {memoryDraft} from './memory-draft.js';
import {mount} from './render-wizard.js';

/** A library entry for an assessment, scored as the store would. */
export function libraryEntry(id: string, a: Assessment): LibraryEntry {
  const card = score(a);
  return {id, title: a.role.jobTitle, score: card.score, zone: card.zone, assessment: a};
}

/** The seed with Wage Trends 1 → 2: 88.9, the seed's nearest neighbour above. */
export function nearNeighbour(): Assessment {
  const a = seedAssessment();
  a.role.jobTitle = 'Interpretability Researcher';
  a.evidence.wageTrends.score = 2;
  return a;
}

/** Three roles: the near neighbour (88.9), the Yellow paralegal (34.4) and the Red clerk (5.2). */
export const threeRoles = (): LibraryEntry[] => [
  libraryEntry('draft-near', nearNeighbour()),
  libraryEntry('draft-yellow', readFixture('yellow-paralegal.json') as Assessment),
  libraryEntry('draft-red', readFixture('red-data-entry-clerk.json') as Assessment),
];

export type WithLibraryOptions = {
  assessment?: Assessment;
  position?: {step: string; field?: string};
  columns?: number;
  rows?: number;
  /** The library source; none: the wizard has no library (published points only). */
  source?: LibrarySource;
};

/** The whole wizard over a memory draft, with a library source; records every export asked for. */
export function renderWizardWithLibrary(options: WithLibraryOptions = {}) {
  const draft = memoryDraft(options.assessment ?? seedAssessment(), options.position, {readOnly: false});
  const exports: Array<{path: string} & ExportOptions> = [];
  const exportReport = async (path: string, o: ExportOptions) => {
    exports.push({path, ...o});
    return {status: 'written' as const, path};
  };
  const harness = mount(<Wizard draft={draft} exportReport={exportReport} color={false} library={options.source} />, {
    columns: options.columns ?? 160,
    rows: options.rows ?? 48,
  });
  return {...harness, draft, exports};
}
