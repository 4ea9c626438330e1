/**
 * Reading assessment JSON files with errors that say where: a syntax error gives the line and
 * column, a schema violation gives every offending field path and what was expected.
 */
import {CliError} from '../../io/errors.js';
import {parseJsonText} from '../../io/json-text.js';
import {readText} from '../../io/read-text.js';
import type {Assessment} from '../../method/types.js';

/** Read and check an assessment JSON file. Loads zod: not for the wizard's start-up path. */
export async function readAssessmentFile(file: string, label: string = file): Promise<Assessment> {
  const data = parseJsonText(readText(file, label), label);
  const {parseAssessment} = await import('../../method/model.js');
  const result = parseAssessment(data);
  if (result.ok) return result.assessment;
  const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
  throw new CliError(`${label}: not a valid assessment (${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}):\n${lines.join('\n')}`);
}
