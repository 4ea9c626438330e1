/** What `new` and `resume` share: the terminal check and the report renderer for export. */
import {CliError, UsageError} from '../io/errors.js';
import type {Io} from '../io/io.js';
import {terminalSafe} from '../io/terminal-text.js';
import type {RenderMarkdown} from './export-file.js';

/** The one-line refusal when stdin or stdout is not a terminal (exit 2, no raw-mode trace). */
export function requireTerminal(io: Io, command: string): void {
  if (io.stdinIsTTY && io.stdoutIsTTY) return;
  throw new UsageError(
    `'${command}' is interactive and needs a terminal (stdin and stdout); for scripts use 'role-wizard import', 'score' or 'export'`,
  );
}

/** The Markdown report of an assessment, loaded only when an export is asked for. */
export const renderMarkdown: RenderMarkdown = async (assessment, {incomplete, vector, mermaid, calibration}) => {
  const {renderReport} = await import('../report/render.js');
  return renderReport(assessment, {allowIncomplete: incomplete, appendix: true, vector, mermaid: Boolean(mermaid), calibration});
};

/**
 * Runs a wizard command, printing a CliError here as one line with its exit code: the wizard
 * may be bundled apart from the CLI, where `instanceof CliError` would not hold.
 */
export async function asWizardCommand(io: Io, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`role-wizard: ${terminalSafe(error.message)}\n`);
    return error.exitCode;
  }
}
