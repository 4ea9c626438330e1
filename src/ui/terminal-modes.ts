/**
 * Bracketed paste for the wizard's lifetime: the terminal marks a paste (ESC[200~ … ESC[201~)
 * so that only a paste is taken as one, and typed bursts stay keys. It is switched off again on
 * every way out: the wizard ending, the process exiting (a crash included) and SIGTERM/SIGHUP/SIGINT.
 * Writes are synchronous, so the terminal is restored before the process is gone.
 */
import {writeSync} from 'node:fs';

const ON = '\u001b[?2004h';
const OFF = '\u001b[?2004l';
const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

let active: {fd: number} | null = null;

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
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    off();
    // Raised again, as the draft's own handler does: once no listener is left, it ends the process.
    process.kill(process.pid, signal);
  };
  process.on('exit', off);
  for (const signal of SIGNALS) process.on(signal, onSignal);
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
