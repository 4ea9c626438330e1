/**
 * `role-wizard resume [ID|TITLE-PREFIX] [--read-only]`: reopen a draft at the step and field
 * where it was left. Without an argument, choose from the drafts, most recent first. A draft
 * open in another process can be opened read-only.
 */
import {DraftError} from '../store/errors.js';
import type {OpenDraft} from '../store/types.js';
import {askYesNo, chooseDraft} from '../ui/prompts.js';
import {startWizard} from '../ui/start.js';
import {asWizardCommand, renderMarkdown, requireTerminal} from '../ui/terminal-command.js';
import {CliError, type CommandContext} from './io.js';

export function run({args, opts, io}: CommandContext<{readOnly?: boolean}>): Promise<number> {
  return asWizardCommand(io, () => start(io, args[0], Boolean(opts.readOnly)));
}

async function start(io: CommandContext['io'], given: string | undefined, readOnly: boolean): Promise<number> {
  requireTerminal(io, 'resume');
  const {draftStore} = await import('../store/drafts.js');
  const store = draftStore(io.env);
  let ref = given;
  if (!ref) {
    const drafts = store.list();
    if (!drafts.some((d) => d.status === 'ok')) throw new CliError("no drafts yet: start one with 'role-wizard new'");
    const chosen = await chooseDraft(drafts);
    if (!chosen) return 0;
    ref = chosen;
  }
  let draft: OpenDraft;
  try {
    draft = store.open(ref, {readOnly});
  } catch (error) {
    if (!(error instanceof DraftError) || error.kind !== 'locked') throw error;
    const where = `process ${error.pid} on ${error.host} since ${error.since}`;
    const yes = await askYesNo(`This draft is open in ${where}. Open it read-only (changes are not saved)?`);
    if (!yes) throw new CliError(`the draft is open in ${where}; close it there first`);
    draft = store.open(ref, {readOnly: true});
  }
  return startWizard({io, initial: draft.initial, draft, render: renderMarkdown});
}
