/**
 * The errors every layer may raise for the user: one message and an exit code, printed as one
 * line by the command line, never as a stack trace. They sit at the ground so that the store,
 * the report reader and the wizard can raise them without knowing the commands above them.
 */

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
