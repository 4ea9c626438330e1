import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'check' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'check' is not available yet");
}
