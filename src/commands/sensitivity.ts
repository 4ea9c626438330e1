import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'sensitivity' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'sensitivity' is not available yet");
}
