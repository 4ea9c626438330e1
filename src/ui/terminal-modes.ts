/**
 * Bracketed paste for the wizard's lifetime: the terminal marks a paste (ESC[200~ … ESC[201~)
 * so that only a paste is taken as one, and typed bursts stay keys. It is switched off again on
 * every way out: the wizard ending, the process exiting (a crash included), and a signal, where
 * Ink unmounts the wizard and the keypress layer calls `bracketedPasteOff` as it goes (a signal
 * listener of our own would change how the draft's handler and Ink's end the process).
 * Writes are synchronous, so the terminal is restored before the process is gone.
 */
import {writeSync} from 'node:fs';

const ON = '\u001b[?2004h';
const OFF = '\u001b[?2004l';

let active: {fd: number; off?: () => void} | null = null;

const write = (fd: number, text: string) => {
  try {
    writeSync(fd, text);
  } catch {
    // The terminal is gone (SIGHUP): nothing to restore.
  }
};

/** Switch bracketed paste on for a terminal's output; returns the function that switches it off. */
export function enableBracketedPaste(stdout: {isTTY?: boolean; fd?: number}): () => void {
  if (!stdout.isTTY || active) return () => {};
  const fd = stdout.fd ?? 1;
  active = {fd};
  write(fd, ON);
  const off = () => {
    if (!active) return;
    active = null;
    write(fd, OFF);
    process.removeListener('exit', off);
  };
  process.on('exit', off);
  active.off = off;
  return off;
}

/** Around a program that owns the terminal meanwhile (the external editor): off, then on again. */
export function withoutBracketedPaste<T>(run: () => T): T {
  const was = active;
  if (was) write(was.fd, OFF);
  try {
    return run();
  } finally {
    if (was && active === was) write(was.fd, ON);
  }
}

/** Cursor shown, as a shell expects it (Ink hides it while it draws). */
export const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';

/**
 * Leaving the terminal to the shell for a while (job control: Ctrl+Z, SIGTSTP): bracketed paste
 * off and the cursor shown. Raw mode is the caller's (it holds stdin). Returns the function that
 * takes the terminal back (SIGCONT).
 */
export function lendTerminal(stdout: {isTTY?: boolean; fd?: number}): () => void {
  const was = active;
  const fd = stdout.fd ?? 1;
  if (stdout.isTTY) write(fd, (was ? OFF : '') + SHOW_CURSOR);
  return () => {
    if (!stdout.isTTY) return;
    write(fd, (was && active === was ? ON : '') + HIDE_CURSOR);
  };
}

/** Switch bracketed paste off now if it is on (the keypress layer going away). */
export function bracketedPasteOff(): void {
  active?.off?.();
}
