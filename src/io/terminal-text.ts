/**
 * User text on its way to a terminal. A title or a rationale may hold bytes a terminal acts on:
 * ESC starts sequences that set the window title (OSC 0), write the clipboard (OSC 52), make
 * links (OSC 8) or clear the screen (CSI 2J); C1 characters are the same introducers in one
 * byte; a carriage return or a backspace overwrites what was printed. Every such character is
 * shown as a visible picture instead, so the text reads as what it is and does nothing.
 * JSON output never goes through here: JSON escapes them itself.
 */

// C0 but tab and line feed, DEL, and C1 (a global copy for replace, a plain one for test:
// test() on a global expression keeps its position between calls).
const CONTROL_CLASS = '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]';
const HAS_CONTROL = new RegExp(CONTROL_CLASS);
const CONTROL = new RegExp(CONTROL_CLASS, 'g');

/** The picture of one control character: U+2400 + code for C0, ␡ for DEL, ␛ and its 7-bit form for C1. */
function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  // C1 0x80-0x9f is ESC followed by 0x40-0x5f (0x9b is "ESC [", a CSI).
  return `\u241b${String.fromCharCode(code - 0x40)}`;
}

/** User text made harmless for a terminal: every control character but tab and line feed becomes visible. */
export function terminalSafe(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, picture) : text;
}

/** The same, on one line: line feeds and tabs become visible too (for a list row or a message). */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, '\u2424').replace(/\t/g, '\u2409');
}

/**
 * A value as JSON text (two-space indent) that a terminal cannot act on: JSON.stringify escapes
 * C0 itself but leaves DEL and C1 raw, so those are escaped too. It parses back to the same value.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
