/**
 * `role-wizard export FILE|ID [-o report.md] [--force] [--allow-incomplete] [--mermaid]
 * [--calibration] [--no-appendix]`: the Markdown report of an assessment, to standard output
 * or a file. The report's method notes carry the score vector, and with --calibration where the
 * score sits among the library's roles and the published points.
 */
import {score} from '../method/score.js';
import {IncompleteAssessmentError, renderReport} from '../report/render.js';
import {writeOutputFile} from '../report/write-output.js';
import {loadAssessmentUnderConfig} from './support/input.js';
import {CliError, UsageError} from '../io/errors.js';
import {terminalSafe} from '../io/terminal-text.js';
import {type CommandContext, toStandardOutput} from './support/io.js';
import {resolve} from 'node:path';
import {terminalSafeLine} from '../io/terminal-text.js';

type Options = {output?: string; force?: boolean; allowIncomplete?: boolean; mermaid?: boolean; appendix?: boolean; calibration?: boolean; library?: string};

/**
 * The calibration line against the library: every draft but `excludeId`, and every report of
 * the team's library folder but the one exported (each report that cannot be read is named).
 */
async function calibrationNote(assessment: Parameters<typeof score>[0], io: CommandContext['io'], loaded: {draftId?: string; source: string}, option?: string) {
  const [{loadLibrary}, {calibrationLine}, {libraryFolder}, {loadLibraryFolder}] = await Promise.all([
    import('../store/draft-library.js'),
    import('../method/calibration.js'),
    import('../config/library-location.js'),
    import('../report/library-reports.js'),
  ]);
  const entries = loadLibrary(io.env, loaded.draftId ? {excludeId: loaded.draftId} : {});
  const folder = libraryFolder(io.cwd, io.env, option);
  if (folder) {
    const reports = loadLibraryFolder(folder.dir, io.cwd, undefined, folder.skip);
    // A loop, not push(...library): a library-sized spread overflows the call stack.
    for (const e of reports.entries) if (resolve(io.cwd, e.id) !== loaded.source) entries.push(e);
    for (const u of reports.unreadable) io.err(`role-wizard: library: ${terminalSafeLine(u.reason)}\n`);
  }
  return calibrationLine(assessment, entries) ?? undefined;
}

/** Render the report; refuse an unfinished assessment unless --allow-incomplete. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('export needs an assessment: role-wizard export FILE.json');
  const loaded = await loadAssessmentUnderConfig(ref, io, {library: opts.library});
  const {assessment} = loaded;
  const calibration = opts.calibration ? await calibrationNote(assessment, io, loaded, opts.library) : undefined;
  let text: string;
  try {
    text = renderReport(assessment, {
      allowIncomplete: Boolean(opts.allowIncomplete),
      mermaid: Boolean(opts.mermaid),
      appendix: opts.appendix !== false,
      vector: score(assessment).vector,
      calibration,
    });
  } catch (error) {
    if (!(error instanceof IncompleteAssessmentError)) throw error;
    const list = error.missing.map((p) => `  - ${p.message}`).join('\n');
    throw new CliError(`${ref}: the assessment is not finished, so it is not exported:\n${list}\nUse --allow-incomplete to export it marked "Draft — incomplete".`);
  }
  if (opts.output && !toStandardOutput(opts.output)) {
    writeOutputFile(opts.output, text, io, Boolean(opts.force));
    io.err(`Wrote ${terminalSafe(opts.output)}\n`);
    // On a terminal the report is shown, not acted on; piped, it is the same bytes as -o writes.
  } else io.out(io.stdoutIsTTY ? terminalSafe(text) : text);
  return 0;
}
