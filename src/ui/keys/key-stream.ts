/**
 * The terminal's keys, one stream per input for the life of the process: the splitter's state
 * and the keys not yet handed out outlive each Ink render that reads them, so keys typed ahead
 * while the draft picker closes reach the wizard that opens next, and a sequence cut between two
 * renders' reads is still one key. The waits live here, as named times.
 */
import {createKeySplitter, type Keypress} from './parse-keys.js';

/**
 * How long an ESC waits for the rest of its sequence before it is Esc: as long as other
 * terminal programs wait (vim's ttimeoutlen, tmux's escape-time), far longer than the gap
 * between two reads of one sequence, far shorter than a person notices.
 */
export const ESC_WAIT_MS = 50;

/**
 * How long a paste waits for its end marker after its last bytes: a terminal sends a paste in
 * one go, so a second of silence means the marker was lost; what arrived is pasted then. Shorter
 * than the wait for keys on the way out (settleInput, 1.5 s), so a paste cut short by a signal
 * is in the saved draft too.
 */
export const PASTE_WAIT_MS = 1000;

export type KeyStream = {
  /** What the terminal sent (any piece of it). */
  write(text: string): void;
  /** The next key in order, if one is complete. */
  take(): Keypress | undefined;
  /** True while keys wait to be taken, or the splitter waits for the rest of one. */
  readonly busy: boolean;
  /** Called whenever keys become ready; one listener (the keypress layer mounted now), or none. */
  listen(onReady: (() => void) | null): void;
};

/** A key stream; `write` what the terminal sends, `take` keys as the screen is ready for them. */
export function createKeyStream(): KeyStream {
  const splitter = createKeySplitter();
  const queue: Keypress[] = [];
  let onReady: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let immediate: ReturnType<typeof setImmediate> | undefined;

  const stopWaiting = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (immediate !== undefined) clearImmediate(immediate);
    timer = immediate = undefined;
  };
  const add = (keys: Keypress[]) => {
    if (keys.length === 0) return;
    queue.push(...keys);
    onReady?.();
  };
  const wait = () => {
    const waiting = splitter.waiting;
    if (waiting === null) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        // Timers run before the event loop reads; the flush waits one more turn, so that bytes
        // already sent (a machine too busy to read them in time) still complete the sequence.
        immediate = setImmediate(() => {
          immediate = undefined;
          add(splitter.flush());
        });
      },
      waiting === 'paste' ? PASTE_WAIT_MS : ESC_WAIT_MS,
    );
    // A wait never keeps the process alive by itself.
    timer.unref?.();
  };

  return {
    write(text) {
      stopWaiting();
      add(splitter.push(text));
      wait();
    },
    take: () => queue.shift(),
    get busy() {
      return queue.length > 0 || splitter.waiting !== null;
    },
    listen(listener) {
      onReady = listener;
    },
  };
}

const streams = new WeakMap<object, KeyStream>();

/** The one key stream of a terminal input (process.stdin, or a test's stdin). */
export function keyStreamOf(input: object): KeyStream {
  let stream = streams.get(input);
  if (stream === undefined) {
    stream = createKeyStream();
    streams.set(input, stream);
  }
  return stream;
}
