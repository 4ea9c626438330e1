/**
 * Runs the wizard in the terminal until the assessor leaves. The first frame is drawn before
 * the draft store (conf) or the report code is loaded; a new draft is created after it.
 */
import {render} from 'ink';
import type {Io} from '../commands/io.js';
import {installExitFlush} from '../store/exit.js';
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
  /** An open draft (resume), or how to open one once the first frame is drawn (new). */
  draft: OpenDraft | (() => Promise<OpenDraft>);
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
  // Saved on SIGHUP/SIGTERM too (a closed terminal), not only on Ctrl+C.
  let uninstall = deferred ? () => {} : installExitFlush(shown);
  if (deferred && typeof draft === 'function') {
    // After the first paint: load the store and take the draft's lock.
    setImmediate(() => {
      draft().then(
        (real) => {
          deferred.resolve(real);
          uninstall = installExitFlush(real);
        },
        (error: unknown) => deferred.reject(error instanceof Error ? error.message : String(error)),
      );
    });
  }
  await instance.waitUntilExit();
  shown.close();
  uninstall();
  const real = deferred ? deferred.real : shown;
  if (real && !real.readOnly) io.err(`Draft saved: ${real.id}\nResume with: role-wizard resume ${real.id}\n`);
  else if (real?.readOnly) io.err('Opened read-only: nothing was saved.\n');
  return 0;
}
