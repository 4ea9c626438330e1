/**
 * Saving on the way out: the terminal closed (SIGHUP), the process was asked to stop (SIGTERM,
 * SIGINT) or is exiting. Writes are synchronous, so the draft is on disk before the process goes.
 */
import type {OpenDraft} from './types.js';

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/** Flush and close the draft on exit and on SIGTERM/SIGHUP/SIGINT, then let the process end. Returns an uninstall function. */
export function installExitFlush(draft: OpenDraft): () => void {
  const onExit = () => draft.close();
  const onSignal = (signal: NodeJS.Signals) => {
    draft.close();
    uninstall();
    // Raise it again: other handlers (Ink restoring the terminal) run, then the default ends the process.
    process.kill(process.pid, signal);
  };
  const uninstall = () => {
    process.removeListener('exit', onExit);
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  process.on('exit', onExit);
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return uninstall;
}
