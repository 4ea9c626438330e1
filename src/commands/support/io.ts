/** What every command is given: its arguments, its options and the outside world. */
import type {Io} from '../../io/io.js';

export type CommandContext<O = Record<string, unknown>> = {
  args: string[];
  opts: O;
  io: Io;
};

/** `-o -`: standard output, as for most command-line tools; never a file named "-". */
export const toStandardOutput = (target: string | undefined): boolean => target === '-';
