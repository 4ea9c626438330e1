/**
 * `role-wizard new [--example]`: the wizard on a new draft. The first frame is drawn from an
 * empty (or the example) assessment at once; the draft store loads (in steps, in quiet moments)
 * and the draft is created after it, so neither conf nor zod delays the first screen or a key.
 */
import {emptyAssessment} from '../method/empty.js';
import type {Assessment} from '../method/types.js';
import {startWizard} from '../ui/start.js';
import {nextTick, quietMoment} from '../ui/state/quiet.js';
import {asWizardCommand, renderMarkdown, requireTerminal} from '../ui/terminal-command.js';
import type {CommandContext} from './io.js';

export function run({opts, io}: CommandContext<{example?: boolean; screenReader?: boolean}>): Promise<number> {
  // Ink's own switch for its screen-reader mode, which the wizard reads.
  if (opts.screenReader) io.env.INK_SCREEN_READER = 'true';
  return asWizardCommand(io, () => start(io, Boolean(opts.example)));
}

async function start(io: CommandContext['io'], example: boolean): Promise<number> {
  requireTerminal(io, 'new');
  let assessment: Assessment = emptyAssessment();
  if (example) assessment = (await import('../examples/commercial-electrician.js')).exampleAssessment();
  const now = new Date().toISOString();
  const position = {step: 'role'};
  return startWizard({
    io,
    initial: {id: 'new', title: assessment.role.jobTitle, createdAt: now, updatedAt: now, schemaVersion: 1, assessment, position},
    draft: async (soon) => {
      const {loadDraftStore} = await import('../store/load-store.js');
      const store = await loadDraftStore(io.env, soon ? nextTick : quietMoment);
      return store.create(assessment, position);
    },
    render: renderMarkdown,
  });
}
