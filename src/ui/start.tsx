/**
 * Runs the wizard in the terminal until the assessor leaves. The first frame is drawn before
 * the draft store (conf, zod) or the report code is loaded; the draft is opened (resume) or
 * created (new) after it, in quiet moments, and every change made meanwhile is handed over.
 */
import chalk from 'chalk';
import {render} from 'ink';
import type {Io} from '../io/io.js';
import type {Assessment} from '../method/types.js';
import {terminalSafeLine} from '../io/terminal-text.js';
import {installExitFlush, installExitFlushWhenOpen} from './save-on-exit.js';
import {writeRescueCopy} from '../store/rescue.js';
import {askYesNo} from './prompts.js';
import type {Draft, OpenDraft} from '../store/types.js';
import {fileExporter, type RenderMarkdown} from './export-file.js';
import {storeLibrary} from './hooks/use-library.js';
import {resumeCommand, wizardCommand, type Started} from './resume-command.js';
import {deferredDraft} from './state/deferred-draft.js';
import {settleInput} from './keys/keypress-context.js';
import {enableBracketedPaste} from './terminal-modes.js';
import {backgroundOf, colorEnabled} from './theme.js';
import {utf8Locale, wizardOutput} from './ascii-output.js';
import {Wizard} from './wizard.js';

export type StartOptions = {
  io: Io;
  /** The draft as the first frame shows it. */
  initial: Draft;
  /** An open draft, or how to open one once the first frame is drawn (`soon`: no quiet moments to wait for). */
  draft: OpenDraft | ((soon: boolean) => Promise<OpenDraft>);
  render: RenderMarkdown;
  /** The team's library folder as named by --library (else ROLE_WIZARD_LIBRARY, else the config file). */
  libraryOption?: string | undefined;
  /** One line saying where the draft came from (`new --from`). */
  notice?: string | undefined;
};

/** Show the wizard; resolves with the exit code once the assessor has left and the draft is saved. */
export async function startWizard({io, initial, draft, render: renderMarkdown, libraryOption, notice}: StartOptions): Promise<number> {
  const deferred = typeof draft === 'function' ? deferredDraft(initial) : null;
  const shown: OpenDraft = deferred ?? (draft as OpenDraft);
  const color = colorEnabled(io.env);
  // Ink draws bold, dim and inverse through chalk whatever the colours: at level 0 it sends none.
  if (!color) chalk.level = 0;
  const pasteOff = enableBracketedPaste(process.stdout);
  // The last report written, named again in the exit message.
  let exported: string | null = null;
  const writeReport = fileExporter(io.cwd, renderMarkdown);
  const exportReport: typeof writeReport = async (path, options) => {
    const result = await writeReport(path, options);
    if (result.status === 'written') exported = result.path;
    return result;
  };
  // A terminal whose locale is not UTF-8 gets ASCII stand-ins for the symbols.
  const output = wizardOutput(process.stdout, {ascii: !utf8Locale(io.env)});
  const instance = render(
    <Wizard
      draft={shown}
      exportReport={exportReport}
      color={color}
      background={backgroundOf(io.env)}
      library={storeLibrary(io.env, {cwd: io.cwd, option: libraryOption})}
      notice={notice}
    />,
    {
      stdout: output.stream,
      exitOnCtrlC: false,
      patchConsole: false,
      isScreenReaderEnabled: io.env.INK_SCREEN_READER === 'true',
    },
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
        uninstall = installExitFlush(real, settleInput);
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
    // An attempt under way is waited for, never started again: that would create a second draft.
    if (opening !== null && (await opening)) return null;
    opening = null;
    if (await open()) return null;
    return writeRescueCopy(deferred.latest());
  };
  if (deferred) {
    // A signal before the draft is open: open it at once, then save and go.
    uninstall = installExitFlushWhenOpen(() => openOrRescue().then(() => deferred), settleInput);
    // After the first paint.
    setImmediate(open);
  } else {
    // Saved on SIGHUP/SIGTERM too (a closed terminal), not only on Ctrl+C.
    uninstall = installExitFlush(shown, settleInput);
  }
  await instance.waitUntilExit();
  pasteOff();
  // What is said on the way out starts on a line of its own.
  if (!output.atLineStart()) process.stdout.write('\n');
  if (exported !== null) io.err(`Report written: ${terminalSafeLine(exported)}\n`);
  // Left before the draft was open: open it now, so that nothing typed is lost.
  const rescued = await openOrRescue();
  const real = deferred ? deferred.real : shown;
  if (real && !real.readOnly) {
    const code = await leave(real, io);
    uninstall();
    return code;
  }
  shown.close();
  uninstall();
  if (real?.readOnly) io.err('Opened read-only: nothing was saved.\n');
  else if (rescued) {
    io.err(`The draft could not be saved (${terminalSafeLine(lastError)}).\nYour work is in ${rescued}\nExport it with: ${wizardCommand(startedFrom(io))} export ${rescued} --allow-incomplete\n`);
    return 1;
  } else if (deferred?.unsaved()) {
    io.err(`Not saved: the draft could not be saved (${terminalSafeLine(lastError)}) and nothing could be written anywhere else: what was typed is lost.\n`);
    return 1;
  }
  return 0;
}

/** How this wizard was started, for the commands it prints. */
const startedFrom = (io: Io): Started => ({env: io.env, script: process.argv[1], cwd: io.cwd});

/**
 * Leaving an open draft: "saved" only once its bytes are written. When the disk refuses, the
 * last changes go to a rescue copy in another folder; when nothing at all can be written, the
 * assessor is asked (on the terminal) before leaving with work unsaved, and may free space and
 * try again.
 */
async function leave(draft: OpenDraft, io: Io): Promise<number> {
  let why = 'the disk refused the write';
  const unsubscribe = draft.onStatus((s) => {
    if (s.state === 'error') why = s.message.replace(/; retrying in .*$/s, '');
  });
  try {
    for (;;) {
      draft.flush();
      const left = draft.unsaved();
      if (!left) {
        draft.close();
        io.err(`Draft saved: ${draft.id}\nResume with: ${resumeCommand(startedFrom(io), draft.id)}\n`);
        return 0;
      }
      const rescued = writeRescueCopy(left.assessment);
      if (rescued) {
        draft.close();
        io.err(
          `The draft's last changes could not be saved (${terminalSafeLine(why)}).\nThey are in ${rescued}\n` +
            `Export them with: ${wizardCommand(startedFrom(io))} export ${rescued} --allow-incomplete\n`,
        );
        return 1;
      }
      const question = `Nothing could be written (${terminalSafeLine(why)}): leaving now loses your unsaved changes. Leave anyway? Answer n to try again`;
      if (!io.stdinIsTTY || (await askYesNo(question))) {
        draft.close();
        io.err(`Not saved: nothing could be written (${terminalSafeLine(why)}); the unsaved changes are lost.\n`);
        return 1;
      }
    }
  } finally {
    unsubscribe();
  }
}

/** Waits between attempts to open a draft that could not be opened. */
const RETRY_MS = [2_000, 4_000, 8_000, 15_000];
