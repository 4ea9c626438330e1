/** The first row to show so that the cursor's row stays in view, moving as little as possible. */
export function scrollTop(previousTop: number, cursorRow: number, rows: number, totalRows: number): number {
  let top = Math.min(previousTop, Math.max(0, totalRows - rows));
  if (cursorRow < top) top = cursorRow;
  if (cursorRow >= top + rows) top = cursorRow - rows + 1;
  return Math.max(0, top);
}

/** The ways a window of lines scrolls, as the help window and the Review step's analysis bind them. */
export type ScrollAction = 'down' | 'up' | 'pageDown' | 'pageUp' | 'top' | 'bottom';

/** The first line shown after a scroll of a window of `room` lines whose last first line is `last`. */
export function scrolled(action: ScrollAction, at: number, last: number, room: number): number {
  switch (action) {
    case 'down':
      return Math.min(last, at + 1);
    case 'up':
      return Math.max(0, at - 1);
    case 'pageDown':
      return Math.min(last, at + room);
    case 'pageUp':
      return Math.max(0, at - room);
    case 'top':
      return 0;
    case 'bottom':
      return last;
  }
}

