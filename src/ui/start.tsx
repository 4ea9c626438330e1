/**
 * Runs the wizard in the terminal until the assessor leaves. The first frame is drawn before
 * the draft store (conf, zod) or the report code is loaded; the draft is opened (resume) or
 * created (new) after it, in quiet moments, and every change made meanwhile is handed over.
 */
import {render} from 'ink';
import type {Io} from '../commands/io.js';
import {installExitFlush, installExitFlushWhenOpen} from '../store/exit.js';
import type {Draft, OpenDraft} from '../store/types.js';
import {fileExporter, type RenderMarkdown} from './export-file.js';
import {storeLibrary} from './hooks/use-library.js';
import {deferredDraft} from './state/deferred-draft.js';
import {colorEnabled} from './theme.js';
import {Wizard} from './wizard.js';

export type StartOptions = {
  io: Io;
  /** The draft as the first frame shows it. */
  initial: Draft;
  /** An open draft, or how to open one once the first frame is drawn (`soon`: no quiet moments to wait for). */
  draft: OpenDraft | ((soon: boolean) => Promise<OpenDraft>);
  render: RenderMarkdown;
};

/** Show the wizard; resolves with the exit code once the assessor has left and the draft is saved. */
export async function startWizard({io, initial, draft, render: renderMarkdown}: StartOptions): Promise<number> {
  const deferred = typeof draft === 'function' ? deferredDraft(initial) : null;
  const shown: OpenDraft = deferred ?? (draft as OpenDraft);
  const instance = render(
    <Wizard
      draft={shown}
      exportReport={fileExporter(io.cwd, renderMarkdown)}
      color={colorEnabled(io.env)}
      library={storeLibrary(io.env)}
    />,
    {exitOnCtrlC: false, patchConsole: false},
  );
  let opening: Promise<OpenDraft | null> | null = null;
  let soon = false;
  let uninstall: () => void = () => {};
  const open = (): Promise<OpenDraft | null> => {
    if (!deferred || typeof draft !== 'function') return Promise.resolve(shown);
    return (opening ??= draft(soon).then(
      (real) => {
        deferred.resolve(real);
        uninstall();
        uninstall = installExitFlush(real);
        return real;
      },
      (error: unknown) => {
        deferred.reject(error instanceof Error ? error.message : String(error));
        return null;
      },
    ));
  };
  if (deferred) {
    // A signal before the draft is open: open it at once, then save and go.
    uninstall = installExitFlushWhenOpen(() => {
      soon = true;
      return open().then(() => deferred);
    });
    // After the first paint.
    setImmediate(open);
  } else {
    // Saved on SIGHUP/SIGTERM too (a closed terminal), not only on Ctrl+C.
    uninstall = installExitFlush(shown);
  }
  await instance.waitUntilExit();
  // Left before the draft was open: open it now, so that nothing typed is lost.
  soon = true;
  await open();
  shown.close();
  uninstall();
  const real = deferred ? deferred.real : shown;
  if (real && !real.readOnly) io.err(`Draft saved: ${real.id}\nResume with: role-wizard resume ${real.id}\n`);
  else if (real?.readOnly) io.err('Opened read-only: nothing was saved.\n');
  return 0;
}
