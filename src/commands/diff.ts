import {CliError, type CommandContext} from './io.js';

/** Placeholder until the 'diff' command lands. */
export async function run(_ctx: CommandContext): Promise<number> {
  throw new CliError("'diff' is not available yet");
}
