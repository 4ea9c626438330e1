import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'resume' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'resume' is not available yet");
}
