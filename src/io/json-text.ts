/** JSON text with errors that say where: a syntax error gives the line and column. */
import {CliError} from './errors.js';

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
