/**
 * Reading JSON files with errors that say where: a syntax error gives the line and column,
 * a schema violation gives every offending field path and what was expected.
 */
import {readFileSync} from 'node:fs';
import type {Assessment} from '../method/types.js';
import {CliError} from './io.js';

/** 1-based line and column of a character offset in a text. */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {line, column: Math.min(offset, text.length) - lineStart + 1};
}

/** Parse JSON text; a syntax error becomes a CliError naming the file, line and column. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const {line, column, reason} = describeJsonError(body, error);
    throw new CliError(`${file}:${line}:${column}: not valid JSON: ${reason}`);
  }
}

/** Where JSON.parse failed in a text (1-based line and column) and why, in JSON.parse's words. */
export function describeJsonError(text: string, error: unknown): {line: number; column: number; reason: string} {
  const message = error instanceof Error ? error.message : String(error);
  const at = /at position (\d+)/.exec(message);
  const {line, column} = lineColumn(text, at ? Number(at[1]) : text.length);
  const reason = message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/^JSON\.parse: /, '');
  return {line, column, reason};
}

/** Read a file as UTF-8 text, or a CliError saying why it cannot be read. */
export function readText(file: string, label: string = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : ((error as Error).message ?? String(error));
    throw new CliError(`${label}: cannot read: ${why}`);
  }
}

/** Read and check an assessment JSON file. Loads zod: not for the wizard's start-up path. */
export async function readAssessmentFile(file: string, label: string = file): Promise<Assessment> {
  const data = parseJsonText(readText(file, label), label);
  const {parseAssessment} = await import('../method/model.js');
  const result = parseAssessment(data);
  if (result.ok) return result.assessment;
  const lines = result.problems.map((p) => `  ${p.path}: ${p.message}`);
  throw new CliError(`${label}: not a valid assessment (${result.problems.length} problem${result.problems.length > 1 ? 's' : ''}):\n${lines.join('\n')}`);
}
