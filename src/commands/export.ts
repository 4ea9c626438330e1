/**
 * `role-wizard export FILE|ID [-o report.md] [--force] [--allow-incomplete] [--mermaid]
 * [--no-appendix]`: the Markdown report of an assessment, to standard output or a file.
 */
import {IncompleteAssessmentError, renderReport} from '../report/render.js';
import {writeOutputFile} from '../report/write-output.js';
import {loadAssessment} from './input.js';
import {CliError, type CommandContext, UsageError} from './io.js';

type Options = {output?: string; force?: boolean; allowIncomplete?: boolean; mermaid?: boolean; appendix?: boolean};

/** Render the report; refuse an unfinished assessment unless --allow-incomplete. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('export needs an assessment: role-wizard export FILE.json');
  const {assessment} = await loadAssessment(ref, io);
  let text: string;
  try {
    text = renderReport(assessment, {allowIncomplete: Boolean(opts.allowIncomplete), mermaid: Boolean(opts.mermaid), appendix: opts.appendix !== false});
  } catch (error) {
    if (!(error instanceof IncompleteAssessmentError)) throw error;
    const list = error.missing.map((p) => `  - ${p.message}`).join('\n');
    throw new CliError(`${ref}: the assessment is not finished, so it is not exported:\n${list}\nUse --allow-incomplete to export it marked "Draft — incomplete".`);
  }
  if (opts.output) {
    writeOutputFile(opts.output, text, io, Boolean(opts.force));
    io.err(`Wrote ${opts.output}\n`);
  } else io.out(text);
  return 0;
}
