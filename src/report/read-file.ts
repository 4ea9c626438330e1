/**
 * Reading a Markdown report file: the size limit first (the file is not read when it is over),
 * then the reader; a report it cannot read becomes one CliError "file:line: section …".
 * No zod, no template engine: `check` loads this for every report it reads.
 */
import {statSync} from 'node:fs';
import {CliError} from '../io/errors.js';
import {readText} from '../io/read-text.js';
import type {Assessment} from '../method/types.js';
import {ReportError} from './errors.js';
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
    if (error instanceof ReportError) throw new CliError(error.describe(label));
    throw error;
  }
}

/** Read a Markdown report file into an assessment. */
export async function readReportFile(file: string, label: string): Promise<Assessment> {
  return readReport(file, label).assessment;
}
