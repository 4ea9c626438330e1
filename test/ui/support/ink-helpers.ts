/**
 * A small vocabulary for Ink tests: render and wait until the component listens, press a named
 * key and wait for the frame to change, wait for text. Ink 6 with React 19 draws asynchronously,
 * so tests wait on frames, never on fixed sleeps.
 */
import {createElement, type ReactElement} from 'react';
import {render} from 'ink-testing-library';
import {KeypressProvider, keysWaiting} from '../../../src/ui/keys/keypress-context.js';

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  home: '\u001B[H',
  end: '\u001B[F',
  enter: '\r',
  tab: '\t',
  space: ' ',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  delete: '\u001B[3~',
  shiftUp: '\u001B[1;2A',
  shiftDown: '\u001B[1;2B',
  ctrlA: '\u0001',
  ctrlD: '\u0004',
  ctrlE: '\u0005',
  ctrlU: '\u0015',
  ctrlX: '\u0018',
  /** The external editor: Ctrl+X Ctrl+E, as in bash. */
  editor: '\u0018\u0005',
} as const;

export type KeyName = keyof typeof KEYS;
export type Rendered = ReturnType<typeof render>;

const frameOf = (r: Rendered) => r.lastFrame() ?? '';

/** Polls until the frame satisfies `check`; fails with the last frame when it never does. */
export async function waitForFrame(r: Rendered, check: (frame: string) => boolean, timeoutMs = 3000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const frame = frameOf(r);
    if (check(frame)) return frame;
    if (Date.now() > end) throw new Error(`The frame never matched. Last frame:\n${frame}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Waits until the frame shows `text`. */
export const waitForText = (r: Rendered, text: string) => waitForFrame(r, (f) => f.includes(text));

/** Renders an element whose harness calls `ready()` once its inputs listen (an effect after theirs). */
export async function renderReady(make: (ready: () => void) => ReactElement): Promise<Rendered> {
  let ready!: () => void;
  const listening = new Promise<void>((resolve) => (ready = resolve));
  // Below the wizard's one keypress layer, as every input of the wizard is.
  const r = render(createElement(KeypressProvider, null, make(ready)));
  await listening;
  return r;
}

/**
 * Waits until every key written so far is handed out (keys written in one turn go one per turn,
 * as a burst's; a lone Esc after the stream's short wait for the rest of a sequence).
 */
export async function keysHandled(): Promise<void> {
  const end = Date.now() + 5000;
  while (keysWaiting() && Date.now() < end) await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

/** Sends raw input and waits for its keys to be handled and the frame to change (or to satisfy `until`). */
export async function send(r: Rendered, data: string, until?: (frame: string) => boolean): Promise<string> {
  const before = frameOf(r);
  r.stdin.write(data);
  await keysHandled();
  return waitForFrame(r, until ?? ((f) => f !== before));
}

/** Presses a named key and waits for the frame to change. */
export const press = (r: Rendered, key: KeyName, until?: (frame: string) => boolean) => send(r, KEYS[key], until);

/**
 * Presses keys whose effect may not show in a colourless frame (cursor moves). Safe to follow
 * with more input at once: keys written in one turn are a burst, handed out one per turn in
 * order, and `send` waits for all of them.
 */
export function tap(r: Rendered, ...keys: KeyName[]): void {
  for (const key of keys) r.stdin.write(KEYS[key]);
}

/** Types text one character at a time, waiting for each to show. */
export async function type(r: Rendered, text: string): Promise<string> {
  let frame = frameOf(r);
  for (const ch of text) frame = await send(r, ch);
  return frame;
}
