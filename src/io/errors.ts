/**
 * The errors every layer may raise for the user: one message and an exit code, printed as one
 * line by the command line, never as a stack trace. They sit at the ground so that the store,
 * the report reader and the wizard can raise them without knowing the commands above them.
 */

/** Marks a CliError by a registered symbol, which is the same in every bundle that loads this file. */
const BRAND = Symbol.for('role-wizard/cli-error');

/**
 * An error the user can act on: printed as one message, never as a stack trace. Each command is
 * a script of its own with its own copy of this class, so `instanceof CliError` asks for the brand
 * rather than the class: an error raised in a command's script is still one in the CLI's.
 */
export class CliError extends Error {
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    // A subclass (UsageError) keeps the ordinary prototype test.
    if (this !== CliError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as {[BRAND]?: unknown})[BRAND] === true;
  }

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
