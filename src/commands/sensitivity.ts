import {score} from '../method/score.js';
import {sensitivity} from '../method/sensitivity.js';
import {sensitivityText, widthOf} from '../terminal/analysis-text.js';
import {loadAssessmentUnderConfig} from './support/input.js';
import {CliError, UsageError} from '../io/errors.js';
import {jsonText, terminalSafe} from '../io/terminal-text.js';
import type {CommandContext} from './support/io.js';

type Options = {json?: boolean; library?: string};

/** `role-wizard sensitivity ID|FILE [--json]`: the single-input changes that move zone or sub-label. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('sensitivity needs an assessment: role-wizard sensitivity FILE.json');
  const {assessment} = await loadAssessmentUnderConfig(ref, io, {library: opts.library});
  const result = sensitivity(assessment);
  if (!result.ok) throw new CliError(`${ref}: no sensitivity: ${result.reason}`);
  const vector = score(assessment).vector;
  if (opts.json) io.out(`${jsonText({title: assessment.role.jobTitle, vector, ...result})}\n`);
  else io.out(terminalSafe(sensitivityText(result, assessment.role.jobTitle, vector, widthOf(process.stdout.columns))));
  return 0;
}
