import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'new' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'new' is not available yet");
}
