/**
 * `role-wizard delete DRAFT [--yes]`: delete a draft after asking (y/N) on a terminal. Without a
 * terminal to ask on, --yes is required. A draft open in another live process is not deleted.
 */
import {removeDraft, resolveRef} from '../store/catalog.js';
import {readDraftFile} from '../store/draft-file.js';
import {draftPath, draftsFolder} from '../store/folder.js';
import type {CommandContext} from './support/io.js';
import type {Io} from '../io/io.js';
import {UsageError} from '../io/errors.js';
import {terminalSafeLine} from '../io/terminal-text.js';

type Options = {yes?: boolean};

/** Delete a draft. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (!ref) throw new UsageError('delete needs a draft: role-wizard delete ID (see role-wizard list)');
  const folder = draftsFolder(io.env);
  const id = resolveRef(folder, ref);
  const read = readDraftFile(draftPath(folder, id));
  const name = read.ok ? `"${terminalSafeLine(read.draft.title)}" (${id})` : `${id} (damaged)`;
  if (!opts.yes) {
    if (!io.stdinIsTTY) {
      throw new UsageError(`not deleting draft ${name}: there is no terminal to ask for confirmation; add --yes to delete it`);
    }
    const confirmed = await (io.confirm ?? askOnTerminal)(`Delete draft ${name}? [y/N] `);
    if (!confirmed) {
      io.err('Not deleted.\n');
      return 1;
    }
  }
  removeDraft(folder, id);
  io.out(`Deleted draft ${name}.\n`);
  return 0;
}

const askOnTerminal: NonNullable<Io['confirm']> = async (question) => {
  const {createInterface} = await import('node:readline/promises');
  const rl = createInterface({input: process.stdin, output: process.stderr});
  try {
    return /^\s*y(es)?\s*$/i.test(await rl.question(question));
  } finally {
    rl.close();
  }
};
