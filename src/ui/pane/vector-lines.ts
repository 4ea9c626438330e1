/** The score vector laid out on lines of a given width, broken after a "/" or "," where it can be. */

/**
 * The vector's lines, at most `width` characters each (the vector is ASCII). With `maxLines`,
 * a vector that needs more ends its last line with "…".
 */
export function vectorLines(vector: string, width: number, maxLines = Infinity): string[] {
  const w = Math.max(8, width);
  const lines: string[] = [];
  let rest = vector;
  while (rest.length > w) {
    // Break after the last separator that fits; a separator-free run is cut at the width.
    const head = rest.slice(0, w);
    const cut = Math.max(head.lastIndexOf('/'), head.lastIndexOf(','));
    const at = cut > 0 ? cut + 1 : w;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) lines.push(rest);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept[kept.length - 1]!;
  kept[kept.length - 1] = `${last.slice(0, w - 1)}…`;
  return kept;
}
