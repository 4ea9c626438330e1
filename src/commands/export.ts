import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'export' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'export' is not available yet");
}
