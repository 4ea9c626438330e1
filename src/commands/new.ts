/**
/**
 * `role-wizard new [--example] [--from ROLE] [--library DIR]`: the wizard on a new draft. The
 * first frame is drawn from an empty (or the example, or the similar role's) assessment at once;
 * the draft store loads (in steps, in quiet moments) and the draft is created after it, so
 * neither conf nor zod delays the first screen or a key. The project config above the current
 * folder sets the draft's method defaults.
 */
import {relative} from 'node:path';
import {loadProjectConfig, underConfig} from '../config/project-config.js';
import {UsageError} from '../io/errors.js';
import {emptyAssessment} from '../method/empty.js';
import type {Assessment} from '../method/types.js';
import {startWizard} from '../ui/start.js';
import {nextTick, quietMoment} from '../ui/state/quiet.js';
import {renderMarkdown, requireTerminal} from '../ui/terminal-command.js';
import type {CommandContext} from './support/io.js';

type Options = {example?: boolean; from?: string; library?: string; screenReader?: boolean};

export function run({opts, io}: CommandContext<Options>): Promise<number> {
  // Ink's own switch for its screen-reader mode, which the wizard reads.
  if (opts.screenReader) io.env.INK_SCREEN_READER = 'true';
  return start(io, opts);
}

/**
 * A new role from a similar one: every task, score, piece of evidence, barrier and text kept as
 * a starting point, the title cleared (the new role is another role), and so the other names the
 * source is cited by (they name the source, not the new role).
 */
export function fromSimilarRole(source: Assessment): Assessment {
  const {aliases: _names, ...copy} = structuredClone(source);
  return {...copy, role: {...copy.role, jobTitle: ''}};
}

/** Where a `--from` role came from, as the assessor would name it again. */
function describeSource(source: string, cwd: string, title: string): string {
  const where = source.startsWith('draft:') ? `draft ${source.slice(6)}` : relative(cwd, source).startsWith('..') ? source : relative(cwd, source);
  return `${title ? `"${title}" ` : ''}(${where})`;
}

async function start(io: CommandContext['io'], opts: Options): Promise<number> {
  requireTerminal(io, 'new');
  if (opts.example && opts.from) throw new UsageError('new takes --example or --from, not both');
  let assessment: Assessment = emptyAssessment();
  let notice: string | undefined;
  if (opts.example) assessment = (await import('../examples/commercial-electrician.js')).exampleAssessment();
  if (opts.from) {
    const {loadAssessment} = await import('./support/input.js');
    const loaded = await loadAssessment(opts.from, io, {library: opts.library});
    assessment = fromSimilarRole(loaded.assessment);
    notice = `Started from ${describeSource(loaded.source, io.cwd, loaded.assessment.role.jobTitle)}: its tasks, scores, evidence, barriers and text are kept; the title is yours to give.`;
  }
  // The team's conventions, written into the new draft so that its report states them.
  assessment = underConfig(assessment, loadProjectConfig(io.cwd));
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
    libraryOption: opts.library,
    notice,
  });
}
