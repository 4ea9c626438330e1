/** Driving the built wizard in a real pseudo-terminal, one key at a time, counting keystrokes. */
import {spawnTerminal, terminalEnv, type Terminal} from '../support/terminal.mjs';
import {BIN} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

let codeCache: string | undefined;

/** A terminal's environment for the built wizard, with a code cache shared by this file's runs and removed after them. */
export function wizardEnv(extra: Record<string, string> = {}): Record<string, string> {
  codeCache ??= tempFolder('rw-code-cache-');
  return terminalEnv({ROLE_WIZARD_CODE_CACHE: codeCache, ...extra});
}

export type Session = {
  term: Terminal;
  home: string;
  cwd: string;
  /** Keystrokes sent: a key or a typed character counts 1, a paste counts 1. */
  keystrokes: number;
  key(...names: string[]): Promise<void>;
  typeText(text: string): Promise<void>;
  paste(text: string): Promise<void>;
};

/** Start `role-wizard <args>` in a pty with its own drafts folder and working folder. */
export function startWizard(args: string[], {cols = 120, rows = 40} = {}): Session {
  const home = tempFolder('rw-e2e-home-');
  const cwd = tempFolder('rw-e2e-cwd-');
  const term = spawnTerminal(process.execPath, [BIN, ...args], {cols, rows, cwd, env: wizardEnv({ROLE_WIZARD_HOME: home})});
  // Send, then wait for the redraw it causes, so that keys typed one at a time arrive as such.
  // A key that changes nothing on screen draws nothing: 300 ms is enough to tell, and a redraw
  // later than that under load is still safe, since keys sharing a read act as they do alone
  // (keypress.test.ts). A 3 s wait here cost 14 of one test's 15 s.
  const send = async (data: string) => {
    await term.timeToOutput(data, 300).catch(() => undefined);
    await term.waitForIdle(15, 3000);
  };
  const s: Session = {
    term,
    home,
    cwd,
    keystrokes: 0,
    async key(...names) {
      for (const name of names) {
        s.keystrokes++;
        await send((await import('../support/terminal.mjs')).keyBytes(name));
      }
    },
    async typeText(text) {
      for (const ch of text) {
        s.keystrokes++;
        await send(ch);
      }
    },
    async paste(text) {
      s.keystrokes++;
      // A terminal with bracketed paste (the wizard turns it on) marks the paste and sends its line breaks as carriage returns.
      await send(`\u001b[200~${text.replace(/\n/g, '\r')}\u001b[201~`);
    },
  };
  return s;
}
