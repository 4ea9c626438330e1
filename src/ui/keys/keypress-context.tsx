/**
 * One keypress layer for the whole wizard: the terminal's input is read once (through Ink's
 * stdin, which keeps raw mode), fed to the terminal's one key stream (key-stream.ts: Ink's
 * pieces, joined again, are the bytes as they came; the stream splits them into keys and times
 * a lone Esc), and handed to each active handler one key at a time. Keys that arrived together
 * wait for each other: a key is handed out only once the screen the key before made is committed, so that the handlers
 * (registered in layout effects, their props read at render) are that screen's. React renders a
 * key's changes in a scheduler task of their own, which a busy machine can delay past the next
 * turn of the event loop; so with each key the layer also updates its own state, which React
 * renders in the same batch, and the layout effect of that commit lets the next key go. Each key
 * of a burst does what it would do alone.
 */
import {useStdin} from 'ink';
import {createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import {bracketedPasteOff} from '../terminal-modes.js';
import {keyStreamOf} from './key-stream.js';
import type {KeyInfo} from './parse-keys.js';

export type KeypressHandler = (input: string, key: KeyInfo) => void;

type Entry = {handler: KeypressHandler; isActive: boolean; live: boolean};

type Registry = {add: (entry: Entry) => () => void};

const KeypressContext = createContext<Registry | null>(null);

/** Each mounted layer's question: are keys still waiting to be handed out? */
const layers = new Set<() => boolean>();

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the keys that reached the terminal before now are applied: bytes sent just
 * before (a burst, then at once a signal) are read in the next turns of the event loop, each
 * key is handed out, and the last key's changes reach the draft (a passive effect, after its
 * commit). Bounded by `limitMs`. The way out calls it before saving on a signal.
 */
export async function settleInput({graceMs = 30, limitMs = 1500} = {}): Promise<void> {
  const deadline = Date.now() + limitMs;
  await sleep(graceMs);
  while (Date.now() < deadline && keysWaiting()) await nextTurn();
  await sleep(graceMs);
}

/** True while keys that have arrived wait to be handed out (a burst, or a paste not yet ended). */
export const keysWaiting = (): boolean => [...layers].some((busy) => busy());

/** Reads the terminal for the wizard; below it, `useKeypress` receives one key at a time. */
export function KeypressProvider({children}: {children: ReactNode}) {
  const {stdin, setRawMode, isRawModeSupported, internal_eventEmitter: events} = useStdin();
  const entries = useRef<Entry[]>([]);
  const registry = useRef<Registry>({
    add(entry) {
      entries.current = [...entries.current, entry];
      return () => {
        entry.live = false;
        entries.current = entries.current.filter((e) => e !== entry);
      };
    },
  });

  // Bumped with each key handed out: its commit is the commit of that key's changes.
  const [handedOut, setHandedOut] = useState(0);
  const onCommit = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const next = onCommit.current;
    onCommit.current = null;
    next?.();
  }, [handedOut]);

  // Layout effects: listening before any passive effect of the tree below runs.
  useLayoutEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isRawModeSupported, setRawMode]);

  useLayoutEffect(() => {
    const stream = keyStreamOf(stdin);
    let timer: NodeJS.Immediate | undefined;
    // A key was handed out and the screen it makes is not committed yet.
    let drawing = false;
    const drain = () => {
      timer = undefined;
      const next = stream.take();
      if (next === undefined) return;
      // Who is listening is read again for every key: the one before may have moved the focus.
      for (const entry of entries.current) if (entry.live && entry.isActive) entry.handler(next.input, next.key);
      // The next key (even one not here yet: Ink hands over the keys of one read one by one, in
      // the same turn) waits for this key's commit, and then a turn, outside React's commit.
      drawing = true;
      onCommit.current = () => {
        drawing = false;
        timer = setImmediate(drain);
      };
      setHandedOut((n) => n + 1);
    };
    // A lone key (typing) is handled at once; a burst one key per commit.
    const onReady = () => {
      if (timer === undefined && !drawing) drain();
    };
    // Ink hands over each read in pieces (a run of text, one sequence, or an ESC it stopped
    // waiting for); joined, they are the bytes as they came.
    const onInput = (data: string) => stream.write(data);
    const busy = () => stream.busy || drawing;
    layers.add(busy);
    stream.listen(onReady);
    events.on('input', onInput);
    // Keys typed ahead, before this layer was mounted (while the one before it closed).
    onReady();
    return () => {
      layers.delete(busy);
      stream.listen(null);
      events.removeListener('input', onInput);
      // Unmounted (left, or Ink ending on a signal): the terminal's paste mode goes back at once.
      bracketedPasteOff();
      if (timer !== undefined) clearImmediate(timer);
      onCommit.current = null;
    };
  }, [events, stdin]);

  return <KeypressContext.Provider value={registry.current}>{children}</KeypressContext.Provider>;
}

/** Calls `handler` for every keypress while `isActive`; a paste is one call with `key.paste`. */
export function useKeypress(handler: KeypressHandler, {isActive = true}: {isActive?: boolean} = {}): void {
  const registry = useContext(KeypressContext);
  if (registry === null) throw new Error('useKeypress needs a KeypressProvider above it');
  const entry = useRef<Entry>({handler, isActive, live: true});
  entry.current.handler = handler;
  entry.current.isActive = isActive;
  useLayoutEffect(() => {
    entry.current.live = true;
    return registry.add(entry.current);
  }, [registry]);
}
