import {compareAssessments} from '../method/compare.js';
import {diffText, widthOf} from '../terminal/analysis-text.js';
import {loadAssessmentUnderConfig} from './support/input.js';
import type {CommandContext} from './support/io.js';
import {UsageError} from '../io/errors.js';
import {jsonText, terminalSafe} from '../io/terminal-text.js';

type Options = {json?: boolean; library?: string};

/** `role-wizard diff A B [--json]`: every input that differs, side by side, with its effect. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [refA, refB] = args;
  if (!refA || !refB) throw new UsageError('diff needs two assessments: role-wizard diff A B');
  const a = await loadAssessmentUnderConfig(refA, io, {library: opts.library});
  const b = await loadAssessmentUnderConfig(refB, io, {library: opts.library});
  const comparison = compareAssessments(a.assessment, b.assessment);
  if (opts.json) io.out(`${jsonText({sources: {a: a.source, b: b.source}, ...comparison})}\n`);
  else io.out(terminalSafe(diffText(comparison, widthOf(process.stdout.columns))));
  return 0;
}
