/**
 * Runs the wizard in the terminal until the assessor leaves. The first frame is drawn before
 * the draft store (conf, zod) or the report code is loaded; the draft is opened (resume) or
 * created (new) after it, in quiet moments, and every change made meanwhile is handed over.
 */
import {writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {render} from 'ink';
import type {Io} from '../io/io.js';
import type {Assessment} from '../method/types.js';
import {installExitFlush, installExitFlushWhenOpen} from '../store/exit.js';
import type {Draft, OpenDraft} from '../store/types.js';
import {fileExporter, type RenderMarkdown} from './export-file.js';
import {storeLibrary} from './hooks/use-library.js';
import {resumeCommand} from './resume-command.js';
import {deferredDraft} from './state/deferred-draft.js';
import {enableBracketedPaste} from './terminal-modes.js';
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
  const pasteOff = enableBracketedPaste(process.stdout);
  const instance = render(
    <Wizard
      draft={shown}
      exportReport={fileExporter(io.cwd, renderMarkdown)}
      color={colorEnabled(io.env)}
      library={storeLibrary(io.env)}
    />,
    {exitOnCtrlC: false, patchConsole: false, isScreenReaderEnabled: io.env.INK_SCREEN_READER === 'true'},
  );
  let opening: Promise<OpenDraft | null> | null = null;
  let soon = false;
  let uninstall: () => void = () => {};
  let lastError = '';
  let retry: NodeJS.Timeout | undefined;
  let attempts = 0;
  // One attempt to open the draft; a failure (drafts folder missing and not creatable, disk
  // read-only) is shown and tried again later, while everything typed stays in memory.
  const open = (): Promise<OpenDraft | null> => {
    if (!deferred || typeof draft !== 'function') return Promise.resolve(shown);
    return (opening ??= draft(soon).then(
      (real) => {
        clearTimeout(retry);
        deferred.resolve(real);
        uninstall();
        uninstall = installExitFlush(real);
        return real;
      },
      (error: unknown) => {
        lastError = error instanceof Error ? error.message : String(error);
        const delay = RETRY_MS[Math.min(attempts++, RETRY_MS.length - 1)] as number;
        deferred.reject(lastError, soon ? 0 : delay);
        if (!soon) {
          retry = setTimeout(() => {
            opening = null;
            void open();
          }, delay);
          retry.unref();
        }
        return null;
      },
    ));
  };
  // Leaving with no draft open: one last attempt, else a rescue copy, so nothing typed is lost.
  const openOrRescue = async (): Promise<string | null> => {
    soon = true;
    clearTimeout(retry);
    if (!deferred || deferred.real) return null;
    opening = null;
    if (await open()) return null;
    return writeRescueCopy(deferred.latest());
  };
  if (deferred) {
    // A signal before the draft is open: open it at once, then save and go.
    uninstall = installExitFlushWhenOpen(() => openOrRescue().then(() => deferred));
    // After the first paint.
    setImmediate(open);
  } else {
    // Saved on SIGHUP/SIGTERM too (a closed terminal), not only on Ctrl+C.
    uninstall = installExitFlush(shown);
  }
  await instance.waitUntilExit();
  pasteOff();
  // Left before the draft was open: open it now, so that nothing typed is lost.
  const rescued = await openOrRescue();
  shown.close();
  uninstall();
  const real = deferred ? deferred.real : shown;
  if (real && !real.readOnly) io.err(`Draft saved: ${real.id}\nResume with: ${resumeCommand({env: io.env, script: process.argv[1], cwd: io.cwd}, real.id)}\n`);
  else if (real?.readOnly) io.err('Opened read-only: nothing was saved.\n');
  else if (rescued) {
    io.err(`The draft could not be saved (${lastError}).\nYour work is in ${rescued}\nExport it with: role-wizard export ${rescued} --allow-incomplete\n`);
    return 1;
  }
  return 0;
}

/** Waits between attempts to open a draft that could not be opened. */
const RETRY_MS = [2_000, 4_000, 8_000, 15_000];

/** Write the assessment where a file can always be written (the temporary folder); its path, or null. */
function writeRescueCopy(assessment: Assessment): string | null {
  const path = join(tmpdir(), `role-wizard-rescue-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.json`);
  try {
    writeFileSync(path, `${JSON.stringify(assessment, null, 2)}\n`, {mode: 0o600});
    return path;
  } catch {
    return null;
  }
}
