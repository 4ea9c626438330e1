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

/**
 * Like installExitFlush, for a draft that is still being opened: on a signal, wait for it to
 * open (`open` starts that at once), then flush, close and end as above. A plain exit meanwhile
 * cannot wait: it closes the draft as it stands.
 */
export function installExitFlushWhenOpen(open: () => Promise<OpenDraft>): () => void {
  let removed = false;
  let saving = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // Stay a listener until the save is done: a signal-exit listener (Ink's) that finds no other
    // listener re-raises the signal at once, which would end the process before it saved.
    if (saving) return;
    saving = true;
    void open()
      .then(
        (draft) => draft.close(),
        () => {},
      )
      .finally(() => {
        uninstall();
        process.kill(process.pid, signal);
      });
  };
  const uninstall = () => {
    if (removed) return;
    removed = true;
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  return uninstall;
}
