/** JSON text with errors that say where: a syntax error gives the line and column. */
import {parse as parseJsonTree} from '@humanwhocodes/momoa';
import {CliError} from './errors.js';

/** Characters (code points: an emoji is one, not two UTF-16 units) in text[from, to). */
function charactersIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // The low half of a surrogate pair is the same character as its high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}

/** 1-based line and column (in characters) of a UTF-16 offset in a text. */
export function lineColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {line, column: charactersIn(text, lineStart, Math.min(offset, text.length)) + 1};
}

/** The character column of a 1-based line and UTF-16 column (as momoa counts them). */
function characterColumn(text: string, line: number, unitColumn: number): number {
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', lineStart);
    if (next < 0) break;
    lineStart = next + 1;
  }
  return charactersIn(text, lineStart, Math.min(text.length, lineStart + unitColumn - 1)) + 1;
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

/**
 * Where a JSON text is wrong (1-based line and column) and why. JSON.parse says only that it
 * failed (its message often has no position, and quotes the text); the position comes from a
 * parser that reports one (momoa), run only after JSON.parse has failed. The reason never
 * quotes the text beyond one character.
 */
export function describeJsonError(text: string, error: unknown): {line: number; column: number; reason: string} {
  try {
    parseJsonTree(text, {mode: 'json', ranges: false, tokens: false});
  } catch (found) {
    const at = found as {line?: unknown; column?: unknown; message?: unknown};
    if (typeof at.line === 'number' && typeof at.column === 'number') {
      return {line: at.line, column: characterColumn(text, at.line, at.column), reason: momoaReason(String(at.message ?? ''))};
    }
  }
  // What momoa accepts and JSON.parse does not (a raw control character in a string): V8's offset.
  const message = error instanceof Error ? error.message : String(error);
  const offset = /at position (\d+)/.exec(message);
  const {line, column} = lineColumn(text, offset ? Number(offset[1]) : text.length);
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, ".*$/s, '').replace(/^JSON\.parse: /, '');
  return {line, column, reason};
}

const TOKEN_NAMES: Record<string, string> = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Colon: "':'",
  Comma: "','",
  String: 'string',
  Number: 'number',
  Boolean: 'true or false',
  Null: 'null',
};

/** momoa's message in plain words: "Unexpected token RBracket found. (1:13)" becomes "unexpected ']'". */
function momoaReason(message: string): string {
  const text = message.replace(/\s*\(\d+:\d+\)\s*$/, '').replace(/\.$/, '');
  const token = /^Unexpected token (\w+) found$/.exec(text);
  if (token) return `unexpected ${TOKEN_NAMES[token[1]!] ?? token[1]}`;
  if (/^Unexpected end of input/.test(text)) return 'unexpected end of the text';
  const char = /^Unexpected character '(.+)' found$/s.exec(text);
  if (char) return `unexpected character ${JSON.stringify(char[1])}`;
  return text.replace(/^\w/, (c) => c.toLowerCase());
}
