/**
 * User text on its way to a terminal. A title or a rationale may hold bytes a terminal acts on:
 * ESC starts sequences that set the window title (OSC 0), write the clipboard (OSC 52), make
 * links (OSC 8) or clear the screen (CSI 2J); C1 characters are the same introducers in one
 * byte; a carriage return or a backspace overwrites what was printed. Every such character is
 * shown as a visible picture instead, so the text reads as what it is and does nothing.
 * Characters that reorder or hide text without showing themselves are shown by their code
 * (`<U+202E>`): bidi embeddings, overrides, isolates and marks (a title that reads backwards, a
 * line whose end shows before its start), zero-width spaces and joiners, the word joiner, the
 * BOM, and the line and paragraph separators (a line break a terminal does not show).
 * JSON output never goes through here: JSON escapes them itself.
 */

// C0 but tab and line feed, DEL, and C1.
const CONTROL_CLASS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f';
// U+061C ALM; U+200B-200F zero-width space, non-joiner, joiner, LRM, RLM; U+2028-202E line and
// paragraph separators, LRE, RLE, PDF, LRO, RLO; U+2060 word joiner; U+2066-2069 isolates; U+FEFF.
const INVISIBLE_CLASS = '\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060\\u2066-\\u2069\\ufeff';
/**
 * A zero-width joiner between two pictographs (👩‍💻, a skin tone or emoji presentation between)
 * only joins them into one emoji: it cannot reorder or hide text, and shown as a code it would
 * break every such emoji, so it is kept there; anywhere else it is shown.
 */
const EMOJI_JOINER = '(?<=\\p{Extended_Pictographic}[\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}]?)\\u200d(?=\\p{Extended_Pictographic})';
// A plain copy to test with (test() on a global expression keeps its position between calls).
const HAS_UNSAFE = new RegExp(`[${CONTROL_CLASS}${INVISIBLE_CLASS}]`);
const UNSAFE = new RegExp(`(?!${EMOJI_JOINER})[${CONTROL_CLASS}${INVISIBLE_CLASS}]`, 'gu');

/** The picture of one character: U+2400 + code for C0, ␡ for DEL, ␛ and its 7-bit form for C1, `<U+202E>` for the rest. */
function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code > 0x9f) return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  // C1 0x80-0x9f is ESC followed by 0x40-0x5f (0x9b is "ESC [", a CSI).
  return `\u241b${String.fromCharCode(code - 0x40)}`;
}

/**
 * User text made harmless for a terminal: every control character but tab and line feed becomes
 * a picture, every character that reorders or hides text its code.
 */
export function terminalSafe(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, picture) : text;
}

/** The same, on one line: line feeds and tabs become visible too (for a list row or a message). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, '\u2424').replace(/\t/g, '\u2409');
}

const JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f${INVISIBLE_CLASS}]`, 'g');

/**
 * A value as JSON text (two-space indent) that a terminal cannot act on: JSON.stringify escapes
 * C0 itself but leaves DEL, C1 and the characters that reorder or hide text raw, so those are
 * escaped too (every one: an escape loses nothing). It parses back to the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
