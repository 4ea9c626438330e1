/**
 * The one channel for what a screen reader hears: every focus move, message, question, figure
 * and window line is said through `say`, made a spoken line (spoken.ts) and printed once by the
 * announcer. Outside screen-reader mode nothing listens and nothing is kept.
 */
import {useIsScreenReaderEnabled} from 'ink';
import {createContext, useCallback, useContext, useMemo, useState, type ReactNode} from 'react';
import {spoken} from './spoken.js';

type Listener = (line: string) => void;

export type Speech = {
  /** Says a line once (display text: it is made spoken text here); a blank line is not said. */
  say: (text: string) => void;
  /** The listener that prints the lines (one: the announcer); lines said before it came are kept for it. */
  listen: (listener: Listener) => () => void;
};

/** A speech channel; `enabled` false says nothing and keeps nothing. */
function createSpeech(enabled: boolean): Speech {
  let listener: Listener | null = null;
  const waiting: string[] = [];
  return {
    say(text) {
      if (!enabled) return;
      const line = spoken(text);
      if (line === '') return;
      if (listener) listener(line);
      else waiting.push(line);
    },
    listen(next) {
      listener = next;
      for (const line of waiting.splice(0)) next(line);
      return () => {
        if (listener === next) listener = null;
      };
    },
  };
}

const SpeechContext = createContext<Speech>(createSpeech(false));

/** The wizard's speech channel, on in Ink's screen-reader mode. */
export function SpeechProvider({children}: {children: ReactNode}) {
  const enabled = useIsScreenReaderEnabled();
  const speech = useMemo(() => createSpeech(enabled), [enabled]);
  return <SpeechContext.Provider value={speech}>{children}</SpeechContext.Provider>;
}

/** The speech channel. */
export const useSpeech = (): Speech => useContext(SpeechContext);

/**
 * A message the frame shows for a while (a refusal, a confirmation, a result): the one way a
 * component holds one, so that each message set is also said, once per time it is set.
 */
export function useNotice(): [string | null, (text: string | null) => void] {
  const {say} = useSpeech();
  const [notice, setNotice] = useState<string | null>(null);
  const set = useCallback(
    (text: string | null) => {
      setNotice(text);
      if (text !== null) say(text);
    },
    [say],
  );
  return [notice, set];
}
