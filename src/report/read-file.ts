/**
 * Reading a Markdown report file: the size limit first (the file is not read when it is over),
 * then the reader; a report it cannot read becomes one CliError "file:line: section …".
 * No zod, no template engine: `check` loads this for every report it reads.
 */
import {statSync} from 'node:fs';
import {readText} from '../io/read-text.js';
import type {Assessment} from '../method/types.js';
import {ReportError, UnreadableReportError} from './errors.js';
import {type ParsedReport, parseReport} from './parse.js';
import {checkReportSize} from './scan.js';

/** Read and parse a report file; errors name the file, line and section. */
export function readReport(file: string, label: string = file): ParsedReport {
  try {
    let size = 0;
    try {
      size = statSync(file).size;
    } catch {
      // readText says why the file cannot be read.
    }
    checkReportSize(size);
    return parseReport(readText(file, label));
  } catch (error) {
    if (error instanceof ReportError) throw new UnreadableReportError(error.describe(label), error.line);
    throw error;
  }
}

/** Parse a report's text read from elsewhere (standard input); errors name the label, line and section. */
export function readReportText(text: string, label: string): ParsedReport {
  try {
    return parseReport(text);
  } catch (error) {
    if (error instanceof ReportError) throw new UnreadableReportError(error.describe(label), error.line);
    throw error;
  }
}

/** Read a Markdown report file into an assessment. */
export async function readReportFile(file: string, label: string): Promise<Assessment> {
  return readReport(file, label).assessment;
}
