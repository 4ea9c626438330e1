/**
 * `role-wizard import REPORT.md [-o FILE.json] [--force]`: read a Markdown report (the seed's
 * format or our export) into an assessment, printed as JSON or written to a file.
 */
import {readReportFile} from '../report/read-file.js';
import {writeOutputFile} from '../report/write-output.js';
import type {Assessment} from '../method/types.js';
import {type CommandContext, UsageError} from './io.js';
import {resolve} from 'node:path';

type Options = {output?: string; force?: boolean; draft?: boolean};

/** Where an imported assessment becomes a draft (and its id is printed), once the draft store exists. */
async function saveImportedDraft(_assessment: Assessment, _opts: Options): Promise<string | null> {
  return null;
}

/** Read the report; print or write the assessment JSON. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('import needs a report: role-wizard import REPORT.md');
  const assessment = await readReportFile(resolve(io.cwd, ref), ref);
  const json = `${JSON.stringify(assessment, null, 2)}\n`;
  if (opts.output) {
    writeOutputFile(opts.output, json, io, Boolean(opts.force));
    io.err(`Wrote ${opts.output}\n`);
  } else io.out(json);
  const draftId = opts.draft === false ? null : await saveImportedDraft(assessment, opts);
  if (draftId) io.err(`Saved as draft ${draftId}\n`);
  return 0;
}
