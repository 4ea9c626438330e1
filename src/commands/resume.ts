/**
 * `role-wizard resume [ID|TITLE] [--read-only]`: reopen a draft at the step and field
 * where it was left. Without an argument, choose from the drafts, most recent first. A draft
 * open in another process can be opened read-only.
 *
 * With a reference, the first frame is drawn from the file as this program saved it (found,
 * locked and read with plain reads: no zod, no conf); the draft store loads after it, in quiet
 * moments, and checks the file in full. A file that cannot be trusted at once (changed by hand,
 * an older schema, damaged) is read in full by the store before the wizard opens, as it always was.
 */
import {DraftError} from '../store/errors.js';
import {holdDraft, type HeldDraft} from '../store/trusted-open.js';
import type {Draft, DraftStore, OpenDraft} from '../store/types.js';
import {loadProjectConfig, underConfig} from '../config/project-config.js';
import {askYesNo, chooseDraft} from '../ui/prompts.js';
import {startWizard} from '../ui/start.js';
import {nextTick, quietMoment} from '../ui/state/quiet.js';
import {renderMarkdown, requireTerminal} from '../ui/terminal-command.js';
import {CliError} from '../io/errors.js';
import type {CommandContext} from './support/io.js';

export function run({args, opts, io}: CommandContext<{readOnly?: boolean; library?: string; screenReader?: boolean}>): Promise<number> {
  // Ink's own switch for its screen-reader mode, which the wizard reads.
  if (opts.screenReader) io.env.INK_SCREEN_READER = 'true';
  return start(io, args[0], Boolean(opts.readOnly), opts.library);
}

const storeNow = async (env: NodeJS.ProcessEnv): Promise<DraftStore> => (await import('../store/drafts.js')).draftStore(env);

async function start(io: CommandContext['io'], given: string | undefined, readOnly: boolean, libraryOption: string | undefined): Promise<number> {
  requireTerminal(io, 'resume');
  let ref = given;
  if (!ref) {
    const drafts = (await storeNow(io.env)).list();
    if (!drafts.some((d) => d.status === 'ok')) throw new CliError("no drafts yet: start one with 'role-wizard new'");
    const chosen = await chooseDraft(drafts);
    if (!chosen) return 0;
    ref = chosen;
  }
  if (readOnly) return startWizard({io, ...openedUnder((await storeNow(io.env)).open(ref, {readOnly}), io.cwd), render: renderMarkdown, libraryOption});
  let held: HeldDraft;
  try {
    held = holdDraft(io.env, ref);
  } catch (error) {
    if (!(error instanceof DraftError) || error.kind !== 'locked') throw error;
    const where = `process ${error.pid} on ${error.host} since ${error.since}`;
    const yes = await askYesNo(`This draft is open in ${where}. Open it read-only (changes are not saved)?`);
    if (!yes) throw new CliError(`the draft is open in ${where}; close it there first`);
    return startWizard({io, ...openedUnder((await storeNow(io.env)).open(ref, {readOnly: true}), io.cwd), render: renderMarkdown, libraryOption});
  }
  const {id, lock, trusted} = held;
  if (!trusted) return startWizard({io, ...openedUnder((await storeNow(io.env)).open(id, {lock}), io.cwd), render: renderMarkdown, libraryOption});
  return startWizard({
    io,
    initial: underProjectConfig(trusted, io.cwd),
    draft: async (soon) => {
      const {loadDraftStore} = await import('../store/load-store.js');
      const store = await loadDraftStore(io.env, soon ? nextTick : quietMoment);
      if (!soon) await quietMoment();
      return store.open(id, {lock});
    },
    render: renderMarkdown,
    libraryOption,
  });
}

/**
 * The draft as the wizard shows it: under the project config above the current folder, so that
 * its figures are the ones `score` and `export` give; the draft's own method defaults win.
 */
function underProjectConfig(draft: Draft, cwd: string): Draft {
  const assessment = underConfig(draft.assessment, loadProjectConfig(cwd));
  return assessment === draft.assessment ? draft : {...draft, assessment};
}

/** An open draft whose first state is under the project config. */
function openedUnder(draft: OpenDraft, cwd: string) {
  const initial = underProjectConfig(draft.initial, cwd);
  const shown: OpenDraft = initial === draft.initial ? draft : Object.create(draft, {initial: {value: initial}});
  return {initial, draft: shown};
}
