/**
 * Where a command's assessment comes from: an assessment JSON file (later also a Markdown
 * report or a draft id). One place, so every command accepts the same things.
 */
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';
import type {Assessment} from '../method/types.js';
import {CliError, type Io} from './io.js';
import {readAssessmentFile} from './json-file.js';

export type LoadedAssessment = {assessment: Assessment; source: string};

/** Load an assessment named on the command line. */
export async function loadAssessment(ref: string, io: Io): Promise<LoadedAssessment> {
  const file = resolve(io.cwd, ref);
  if (existsSync(file)) return {assessment: await readAssessmentFile(file, ref), source: file};
  throw new CliError(`${ref}: no such file`);
}
