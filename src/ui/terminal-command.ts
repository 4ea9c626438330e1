/** What `new` and `resume` share: the terminal check and the report renderer for export. */
import {UsageError} from '../io/errors.js';
import type {Io} from '../io/io.js';
import type {RenderMarkdown} from './export-file.js';

/** The CI variable set in an environment (as Ink reads it: present, and not 0 or false), if any. */
function ciSign(env: NodeJS.ProcessEnv): string | undefined {
  return ['CI', 'CONTINUOUS_INTEGRATION'].find((name) => name in env && env[name] !== '0' && env[name] !== 'false');
}

const FOR_SCRIPTS = "for scripts use 'role-wizard import', 'score' or 'export'";

/**
 * The one-line refusal (exit 2, no raw-mode trace, nothing created) when the wizard cannot be
 * drawn for a person: stdin or stdout is not a terminal; a CI variable says no one is there (Ink
 * would then draw only the last frame, a blank screen, and a run with no one to type would wait
 * for ever); or TERM=dumb, a terminal that cannot move the cursor the wizard draws with.
 */
export function requireTerminal(io: Io, command: string): void {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) {
    throw new UsageError(`'${command}' is interactive and needs a terminal (stdin and stdout); ${FOR_SCRIPTS}`);
  }
  const ci = ciSign(io.env);
  if (ci) {
    throw new UsageError(
      `'${command}' is interactive, but ${ci}=${io.env[ci] ?? ''} says this is an unattended run: unset ${ci} (or set ${ci}=false) to use the wizard here; ${FOR_SCRIPTS}`,
    );
  }
  if (io.env.TERM === 'dumb') {
    throw new UsageError(
      `'${command}' draws with cursor movement, which TERM=dumb does not have: run it in a terminal that has it (in Emacs, M-x term); ${FOR_SCRIPTS}`,
    );
  }
}

/** The Markdown report of an assessment, loaded only when an export is asked for. */
export const renderMarkdown: RenderMarkdown = async (assessment, {incomplete, vector, mermaid, calibration}) => {
  const {renderReport} = await import('../report/render.js');
  return renderReport(assessment, {allowIncomplete: incomplete, appendix: true, vector, mermaid: Boolean(mermaid), calibration});
};
