/**
 * The selected item inside a focused field (a task cell, a problem of the Review list) is in
 * inverse video; without colour (NO_COLOR, FORCE_COLOR=0, TERM=dumb) the colour library sends no
 * attribute at all, inverse, bold and underline alike, so the item stands in brackets instead,
 * as the current step does in the header and the text cursor becomes a bar (./cursor.tsx).
 */
import stringWidth from 'string-width';
import {fitWidth} from '../text/text-layout.js';

/** `[text]` in at most `width` cells, the text cut with … when it does not fit. */
export function bracketed(text: string, width: number): string {
  if (stringWidth(text) + 2 <= width) return `[${text}]`;
  return `[${fitWidth(text, Math.max(1, width - 2))}]`;
}
