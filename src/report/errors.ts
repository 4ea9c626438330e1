import {CliError} from '../io/errors.js';

/** A report that cannot be read: where (line, section) and why, in the assessor's words. */
export class ReportError extends Error {
  constructor(
    /** 1-based line, or null when the problem is the whole file (its size). */
    readonly line: number | null,
    /** The section's title, or null outside any section. */
    readonly section: string | null,
    readonly reason: string,
  ) {
    super(`${line === null ? '' : `line ${line}: `}${section === null ? '' : `section "${section}": `}${reason}`);
    this.name = 'ReportError';
  }

  /** "file:12: section "Evidence Score": …", the form the command line prints. */
  describe(file: string): string {
    return `${file}${this.line === null ? '' : `:${this.line}`}: ${this.section === null ? '' : `section "${this.section}": `}${this.reason}`;
  }
}

/** A report file that cannot be read, as the command line reports it, with the line when there is one. */
export class UnreadableReportError extends CliError {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
    this.name = 'UnreadableReportError';
  }
}

/** A Markdown file that is not a report: none of the report's sections, or an index `role-wizard index` wrote. Not an error. */
export class NotAReportError extends ReportError {
  constructor(reason: string) {
    super(null, null, reason);
    this.name = 'NotAReportError';
  }
}

/** The same, as the command line reports it: "file: not a report (…)". */
export class NotAReportFile extends CliError {
  constructor(
    readonly label: string,
    readonly why: string,
  ) {
    super(`${label}: not a report (${why})`);
    this.name = 'NotAReportFile';
  }
}
