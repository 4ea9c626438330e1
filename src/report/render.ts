/**
 * The Markdown report of an assessment, rendered through templates/report.md.mustache.
 * Mustache keeps the report's layout in one readable file; its HTML escaping is turned off
 * because every value is escaped for Markdown, per place, by the view.
 */
import Mustache from 'mustache';
import {validate, type Problem} from '../method/validate.js';
import type {Assessment} from '../method/types.js';
import {templateText} from './template.js';
import {type ReportOptions, reportView} from './view.js';

export type {ReportOptions} from './view.js';

/** An unfinished assessment asked for without allowIncomplete; `missing` says what is missing. */
export class IncompleteAssessmentError extends Error {
  constructor(readonly missing: Problem[]) {
    super(`the assessment is not finished (${missing.length} thing${missing.length === 1 ? '' : 's'} missing)`);
    this.name = 'IncompleteAssessmentError';
  }
}

/** The report as GitHub-flavoured Markdown; throws IncompleteAssessmentError for an unfinished one unless allowed. */
export function renderReport(a: Assessment, options: ReportOptions = {}): string {
  const missing = validate(a).filter((p) => p.severity === 'error');
  if (missing.length && !options.allowIncomplete) throw new IncompleteAssessmentError(missing);
  const text = Mustache.render(templateText('report.md.mustache'), reportView(a, options, missing), {}, {escape: (v: unknown) => String(v)});
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()}\n`;
}
