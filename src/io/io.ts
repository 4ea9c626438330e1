/**
 * What a program needs from the outside world, passed in so that commands and the wizard can be
 * tested in process.
 */
export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** Ask a yes/no question on the terminal (false when there is none). */
  confirm?: (question: string) => Promise<boolean>;
  /**
   * Resolves once standard output has taken what was written (at once while little is
   * pending): a command that prints as it goes waits on it, so that a slow reader of a pipe
   * holds the output back instead of letting it pile up in memory.
   */
  drained?: () => Promise<void>;
};

/** Output pending beyond this is waited for. */
const PENDING_BYTES = 1024 * 1024;

/** The real process's streams and environment. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    // Asked only by a command that reads standard input: making process.stdin builds a stream
    // (and loads Node's stream modules), ~1.5 ms of a start that never reads it.
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    drained: () =>
      process.stdout.writableLength < PENDING_BYTES
        ? Promise.resolve()
        : new Promise((done) => {
            process.stdout.once('drain', done);
            // A stdout that closed (a reader that went away) never drains: error ends the wait too.
            process.stdout.once('error', done);
          }),
  };
}
