import type {Assessment} from '../method/types.js';
import {CliError} from '../commands/io.js';

/** Read a Markdown report file into an assessment. Placeholder until the report reader lands. */
export async function readReportFile(_file: string, label: string): Promise<Assessment> {
  throw new CliError(`${label}: reading Markdown reports is not available yet`);
}
