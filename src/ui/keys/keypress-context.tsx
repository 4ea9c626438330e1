/**
 * One keypress layer for the whole wizard: the terminal's input is read once (through Ink's
 * stdin, which keeps raw mode and the timing of a lone Esc), split into keypresses, and handed
 * to each active handler one key at a time. Ink's legacy renderer commits every state change
 * made outside its own batches at once, and handlers are registered in layout effects with
 * their latest props read at render, so a key that moves the focus is drawn before the next key
 * of the same burst is handed out: each key does what it would do alone.
 */
import {useStdin} from 'ink';
import {createContext, useContext, useLayoutEffect, useRef, type ReactNode} from 'react';
import {createKeySplitter, type KeyInfo} from './parse-keys.js';

export type KeypressHandler = (input: string, key: KeyInfo) => void;

type Entry = {handler: KeypressHandler; isActive: boolean; live: boolean};

type Registry = {add: (entry: Entry) => () => void};

const KeypressContext = createContext<Registry | null>(null);

/** Reads the terminal for the wizard; below it, `useKeypress` receives one key at a time. */
export function KeypressProvider({children}: {children: ReactNode}) {
  const {setRawMode, isRawModeSupported, internal_eventEmitter: events} = useStdin();
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

  // Layout effects: listening before any passive effect of the tree below runs.
  useLayoutEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isRawModeSupported, setRawMode]);

  useLayoutEffect(() => {
    const splitter = createKeySplitter();
    const onInput = (data: string) => {
      for (const {input, key} of splitter.push(data)) {
        // Who is listening is read again for every key: the one before may have moved the focus.
        for (const entry of entries.current) if (entry.live && entry.isActive) entry.handler(input, key);
      }
    };
    events.on('input', onInput);
    return () => {
      events.removeListener('input', onInput);
    };
  }, [events]);

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
