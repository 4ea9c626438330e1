import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'import' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'import' is not available yet");
}
