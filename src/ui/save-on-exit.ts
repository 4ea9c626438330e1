/**
 * Saving on the way out: the terminal closed (SIGHUP), the process was asked to stop (SIGTERM,
 * SIGINT) or is exiting. Writes are synchronous, so the draft is on disk before the process goes.
 */
import {writeRescueCopy} from '../store/rescue.js';
import type {OpenDraft} from '../store/types.js';

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;

/**
 * Close the draft; when its last changes could not be written, put them in a rescue copy in
 * another folder and say where, or say plainly that they are lost. What is said goes to `say`.
 */
export function closeOrRescue(draft: OpenDraft, say: (text: string) => void = (t) => void process.stderr.write(t)): void {
  draft.close();
  const left = draft.unsaved();
  if (!left) return;
  const rescued = writeRescueCopy(left.assessment);
  say(
    rescued
      ? `role-wizard: the last changes could not be saved in the draft; they are in ${rescued}\n`
      : 'role-wizard: the last changes could not be saved anywhere (nothing could be written): they are lost\n',
  );
}

/**
 * Work to finish before a signal's save: the wizard applies the keys that arrived just before
 * the signal, so that what was typed is in the draft. Bounded by the caller; never rejects.
 */
export type BeforeSave = () => Promise<void>;

const nothingToFinish: BeforeSave = () => Promise.resolve();

/**
 * Flush and close the draft on exit and on SIGTERM/SIGHUP/SIGINT (after `before`), then let the
 * process end. Returns an uninstall function.
 */
export function installExitFlush(draft: OpenDraft, before: BeforeSave = nothingToFinish): () => void {
  let saving = false;
  const onExit = () => closeOrRescue(draft);
  const onSignal = (signal: NodeJS.Signals) => {
    // Stay a listener until the save is done (see installExitFlushWhenOpen).
    if (saving) return;
    saving = true;
    void before()
      .catch(() => {})
      .then(() => {
        closeOrRescue(draft);
        uninstall();
        // Raise it again: other handlers (Ink restoring the terminal) run, then the default ends the process.
        process.kill(process.pid, signal);
      });
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
 * Like installExitFlush, for a draft that is still being opened: on a signal, finish `before`,
 * wait for the draft to open (`open` starts that), then flush, close and end as above. A plain
 * exit meanwhile cannot wait: it closes the draft as it stands.
 */
export function installExitFlushWhenOpen(open: () => Promise<OpenDraft>, before: BeforeSave = nothingToFinish): () => void {
  let removed = false;
  let saving = false;
  const onSignal = (signal: NodeJS.Signals) => {
    // Stay a listener until the save is done: a signal-exit listener (Ink's) that finds no other
    // listener re-raises the signal at once, which would end the process before it saved.
    if (saving) return;
    saving = true;
    void before()
      .catch(() => {})
      .then(open)
      .then(
        (draft) => closeOrRescue(draft),
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
