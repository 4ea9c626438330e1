import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'delete' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'delete' is not available yet");
}
