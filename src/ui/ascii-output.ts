/**
 * A terminal whose locale is not UTF-8 (LANG=C, LC_ALL=C, a Latin-1 locale) shows the wizard's
 * UTF-8 symbols as mojibake (two Latin-1 characters for a middle dot). There every character of the frame outside ASCII is written
 * as its ASCII stand-in from one table, of the same width so that the layout holds; any other
 * character (in the assessor's own text) as `?` per cell, as `ls` does in the C locale.
 */
import stringWidth from 'string-width';

/** Each symbol the wizard draws, and what stands for it in ASCII (one cell each). */
export const ASCII_SYMBOLS: Readonly<Record<string, string>> = {
  '·': '.',
  '—': '-',
  '–': '-',
  '−': '-',
  '…': '~',
  '›': '>',
  '↑': '^',
  '↓': 'v',
  '←': '<',
  '→': '>',
  '✓': '+',
  '✔': '+',
  '✘': 'x',
  '‹': '<',
  '•': '*',
  '↳': '>',
  '↔': '-',
  '✗': 'x',
  '⚠': '!',
  '▲': '^',
  '█': '#',
  '▓': '#',
  '▒': ':',
  '░': '.',
  '│': '|',
  '─': '-',
  '╭': '+',
  '╮': '+',
  '╰': '+',
  '╯': '+',
  '↵': '|',
  '⏎': '|',
  '±': '~',
  '§': 'S',
  '“': '"',
  '”': '"',
  '␛': '?',
};

/** True unless a locale variable names a character set other than UTF-8 (none set: UTF-8, as terminals are). */
export function utf8Locale(env: NodeJS.ProcessEnv): boolean {
  // The first one set wins, as in setlocale(3).
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return true;
  return /utf-?8/i.test(locale);
}

/** Text with every character outside ASCII replaced by its stand-in, or `?` per cell. */
export function toAscii(text: string): string {
  return text.replace(/[^\u0000-\u007f]/gu, (ch) => ASCII_SYMBOLS[ch] ?? '?'.repeat(stringWidth(ch)));
}

/**
 * The wizard's output stream: the same stream, its text in ASCII when `ascii`, and a record of
 * whether what was written last ends a line. Ink leaves the cursor at the end of the last line
 * when it redraws a frame taller than a terminal that shrank, so what is printed after the wizard
 * would be glued to its status line.
 */
export function wizardOutput<T extends NodeJS.WriteStream>(stream: T, {ascii}: {ascii: boolean}): {stream: T; atLineStart: () => boolean} {
  let atLineStart = true;
  const wrapped = new Proxy(stream, {
    get(target, property) {
      if (property === 'write') {
        return (chunk: unknown, ...rest: unknown[]) => {
          if (typeof chunk === 'string') {
            const visible = chunk.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
            if (visible !== '') atLineStart = visible.endsWith('\n');
          }
          return (target.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' && ascii ? toAscii(chunk) : chunk, ...rest);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {stream: wrapped, atLineStart: () => atLineStart};
}
