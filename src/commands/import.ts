/**
 * `role-wizard import REPORT.md [-o FILE.json] [--force]`: read a Markdown report (the seed's
 * format or our export) into an assessment, printed as JSON or written to a file, and saved as
 * a draft so that it joins the library (resume, list, calibration).
 */
import {readReportFile} from '../report/read-file.js';
import {writeOutputFile} from '../report/write-output.js';
import type {Assessment} from '../method/types.js';
import {type CommandContext, toStandardOutput} from './support/io.js';
import {UsageError} from '../io/errors.js';
import {jsonText, terminalSafe} from '../io/terminal-text.js';
import {resolve} from 'node:path';

type Options = {output?: string; force?: boolean; draft?: boolean};

/** Every import joins the assessor's library as a draft (unless --no-draft); returns its id. */
async function saveImportedDraft(assessment: Assessment, io: CommandContext['io']): Promise<string> {
  const {draftStore} = await import('../store/drafts.js');
  return draftStore(io.env).saveNew(assessment).id;
}

/** Read the report; print or write the assessment JSON. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('import needs a report: role-wizard import REPORT.md');
  const assessment = await readReportFile(resolve(io.cwd, ref), ref);
  const json = `${jsonText(assessment)}\n`;
  if (opts.output && !toStandardOutput(opts.output)) {
    writeOutputFile(opts.output, json, io, Boolean(opts.force));
    io.err(`Wrote ${terminalSafe(opts.output)}\n`);
  } else io.out(json);
  const draftId = opts.draft === false ? null : await saveImportedDraft(assessment, io);
  if (draftId) io.err(`Saved as draft ${draftId}\n`);
  return 0;
}
