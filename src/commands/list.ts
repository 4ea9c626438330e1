import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'list' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'list' is not available yet");
}
