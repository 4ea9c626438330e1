/**
 * The test vocabulary for the wizard: renderWizard, press, type, paste, waitForText,
 * waitForFrame. Input is followed by waiting for the next frame rather than a fixed sleep,
 * which keeps Ink 6 + React 19 tests deterministic.
 */
import {EventEmitter} from 'node:events';
import {StringDecoder} from 'node:string_decoder';
import {render} from 'ink';
import type {ReactElement} from 'react';
import {keyBytes} from '../../support/terminal.mjs';
import type {Assessment} from '../../../src/method/types.js';
import type {DraftPosition} from '../../../src/store/types.js';
import type {ExportReport} from '../../../src/ui/steps/export-prompt.js';
import {Wizard} from '../../../src/ui/wizard.js';
import {memoryDraft, type MemoryDraft} from './memory-draft.js';
import {keysHandled} from './ink-helpers.js';

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
}

/** A terminal's input for Ink; one can be shared by renders that follow each other, as the process's stdin is. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private queue: string[] = [];
  // Bytes are decoded as a terminal's stdin decodes them (setEncoding('utf8')): a character cut between reads waits for its rest.
  private decoder = new StringDecoder('utf8');
  write(data: string | Uint8Array) {
    this.queue.push(typeof data === 'string' ? data : this.decoder.write(data));
    this.emit('readable');
  }
  read = () => this.queue.shift() ?? null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

const strip = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

export type WizardHarness = ReturnType<typeof mount>;

/** Mount any Ink element with a fake terminal of the given size. */
export function mount(element: ReactElement, {columns = 80, rows = 24, screenReader = false, stdin = new FakeStdin()} = {}) {
  const stdout = new FakeStdout(columns, rows);
  const instance = render(element, {
    stdout: stdout as never,
    stderr: new FakeStdout(columns, rows) as never,
    stdin: stdin as never,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
    isScreenReaderEnabled: screenReader,
  });
  let exited = false;
  void instance.waitUntilExit().then(() => {
    exited = true;
  });
  const frame = () => strip(stdout.frames.at(-1) ?? '');

  /** Wait until a frame satisfies `test` (checked after every write). */
  const waitForFrame = async (test: (frame: string) => boolean, timeoutMs = 2000): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const f = frame();
      if (test(f)) return f;
      if (Date.now() > deadline) throw new Error(`timed out waiting for a frame; last frame:\n${f}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  /** Send bytes, then wait for the next frame (or a short quiet period when nothing changes). */
  const send = async (data: string) => {
    const before = stdout.frames.length;
    stdin.write(data);
    await keysHandled();
    const deadline = Date.now() + 150;
    while (stdout.frames.length === before && Date.now() < deadline && !exited) await new Promise((r) => setTimeout(r, 2));
    // Ink may draw again in the same tick (layout then state): let it settle.
    await new Promise((r) => setImmediate(r));
  };
  return {
    stdout,
    instance,
    frame,
    /** True once the app has exited (Ctrl+C, q). */
    hasExited: () => exited,
    waitForFrame,
    waitForText: (text: string | RegExp, timeoutMs?: number) =>
      waitForFrame((f) => (typeof text === 'string' ? f.includes(text) : text.test(f)), timeoutMs),
    /** Press named keys ("tab", "enter", "ctrl-c", "pagedown", …) one after the other. */
    async press(...names: string[]) {
      for (const name of names) await send(keyBytes(name));
    },
    /** Type text one character at a time, as a person does. */
    async type(text: string) {
      for (const ch of text) await send(ch);
    },
    /** Bytes as one read of the terminal, without waiting for anything (the next read may follow a turn later). */
    write: (data: string | Uint8Array) => stdin.write(data),
    /** Paste text as a terminal with bracketed paste sends it: between the paste markers, in one chunk. */
    paste: (text: string) => send(`\u001b[200~${text}\u001b[201~`),
    /** Send bytes in one chunk, as keys typed fast or over a slow link arrive together; wait until every key is drawn. */
    async burst(data: string) {
      await send(data);
      // The keys of a burst are handed out one per turn of the event loop: wait for the frames to stop.
      for (let seen = -1; seen !== stdout.frames.length; ) {
        seen = stdout.frames.length;
        await new Promise((r) => setTimeout(r, 30));
      }
    },
    /** Change the terminal size and tell the app, as a terminal does. */
    async resize(c: number, r: number) {
      stdout.columns = c;
      stdout.rows = r;
      const before = stdout.frames.length;
      stdout.emit('resize');
      await waitForFrame(() => stdout.frames.length > before).catch(() => undefined);
    },
    unmount: () => instance.unmount(),
  };
}

export type RenderWizardOptions = {
  assessment?: Assessment;
  position?: DraftPosition;
  columns?: number;
  rows?: number;
  readOnly?: boolean;
  exportReport?: ExportReport;
  color?: boolean;
  screenReader?: boolean;
};

/** Render the whole wizard over a memory draft. */
export function renderWizard(options: RenderWizardOptions = {}) {
  const draft: MemoryDraft = memoryDraft(options.assessment, options.position, {readOnly: options.readOnly ?? false});
  const exports: Array<{path: string; overwrite: boolean; incomplete: boolean}> = [];
  const exportReport: ExportReport =
    options.exportReport ??
    (async (path, o) => {
      exports.push({path, ...o});
      return {status: 'written', path};
    });
  const harness = mount(<Wizard draft={draft} exportReport={exportReport} color={options.color ?? false} />, options);
  return {...harness, draft, exports};
}
