/**
 * What a command needs from the outside world, passed in so that commands can be tested in
 * process, and the errors that carry an exit code and a message for the user.
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
};

export type CommandContext<O = Record<string, unknown>> = {
  args: string[];
  opts: O;
  io: Io;
};

/** A command's exit code: 0 fine, 1 bad data or a failed check, 2 bad usage. */
export type ExitCode = number;

/** An error the user can act on: printed as one message, never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Bad usage of the command line (exit 2). */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'UsageError';
  }
}

/** The real process's streams and environment. */
export function processIo(): Io {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
  };
}
