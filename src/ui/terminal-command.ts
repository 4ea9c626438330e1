/** What `new` and `resume` share: the terminal check and the report renderer for export. */
import {UsageError} from '../io/errors.js';
import type {Io} from '../io/io.js';
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
