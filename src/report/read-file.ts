/**
 * Reading a Markdown report file: through the bounded reader (a regular file, the size limit
 * checked before and while reading), then the parser; a report it cannot read becomes one
 * CliError "file:line: section …".
 * No zod, no template engine: `check` loads this for every report it reads.
 */
import {READ_LIMITS, readText} from '../io/read-text.js';
import type {Assessment} from '../method/types.js';
import {NotAReportError, NotAReportFile, ReportError, UnreadableReportError} from './errors.js';
import {type ParsedReport, parseReport} from './parse.js';

/** Read and parse a report file; errors name the file, line and section; a file that is not a report is a NotAReportFile. */
export function readReport(file: string, label: string = file): ParsedReport {
  return readReportWithText(file, label).parsed;
}

/** The same, with the report's text (for `check`, which finds figures on their lines and may rewrite them). */
export function readReportWithText(file: string, label: string = file): {parsed: ParsedReport; text: string} {
  const text = readText(file, label, {maxBytes: READ_LIMITS.reportBytes, noun: 'report'});
  try {
    return {parsed: parseReport(text), text};
  } catch (error) {
    if (error instanceof NotAReportError) throw new NotAReportFile(label, error.reason);
    if (error instanceof ReportError) throw new UnreadableReportError(error.describe(label), error.line);
    throw error;
  }
}

/** Parse a report's text read from elsewhere (standard input); errors name the label, line and section. */
export function readReportText(text: string, label: string): ParsedReport {
  try {
    return parseReport(text);
  } catch (error) {
    if (error instanceof NotAReportError) throw new NotAReportFile(label, error.reason);
    if (error instanceof ReportError) throw new UnreadableReportError(error.describe(label), error.line);
    throw error;
  }
}

/** Read a Markdown report file into an assessment. */
export async function readReportFile(file: string, label: string): Promise<Assessment> {
  return readReport(file, label).assessment;
}
