/** The first row to show so that the cursor's row stays in view, moving as little as possible. */
export function scrollTop(previousTop: number, cursorRow: number, rows: number, totalRows: number): number {
  let top = Math.min(previousTop, Math.max(0, totalRows - rows));
  if (cursorRow < top) top = cursorRow;
  if (cursorRow >= top + rows) top = cursorRow - rows + 1;
  return Math.max(0, top);
}
