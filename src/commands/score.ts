import {score, scorecardJson} from '../method/score.js';
import {scorecardText} from '../report/scorecard-text.js';
import {loadAssessment} from './input.js';
import {type CommandContext, UsageError} from './io.js';

type Options = {json?: boolean};

/** `role-wizard score FILE [--json]`: the scorecard of an assessment. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('score needs an assessment: role-wizard score FILE.json');
  const {assessment} = await loadAssessment(ref, io);
  const card = score(assessment);
  io.out(opts.json ? `${JSON.stringify(scorecardJson(card), null, 2)}\n` : scorecardText(card, assessment.role.jobTitle));
  return 0;
}
