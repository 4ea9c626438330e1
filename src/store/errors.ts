/**
 * Errors about drafts, each with a kind the wizard can act on and a message the assessor can read.
 */
import {CliError} from '../io/errors.js';
import {terminalSafeLine} from '../io/terminal-text.js';

export type LockHolder = {pid: number; host: string; since: string};

export type DraftErrorDetails =
  | {kind: 'not-found'; ref: string}
  /** partial: the reference is only the start of these ids or titles; else the exact title of each. */
  | {kind: 'ambiguous'; ref: string; partial: boolean; matches: Array<{id: string; title: string}>}
  | {kind: 'damaged'; path: string; reason: string}
  | {kind: 'locked'; path: string; holder: LockHolder};

/** A draft that cannot be found, is named ambiguously, is damaged, or is held by another process. */
export class DraftError extends CliError {
  readonly kind: DraftErrorDetails['kind'];
  readonly details: DraftErrorDetails;
  /** Set for 'damaged'. */
  readonly path: string | undefined;
  readonly reason: string | undefined;
  /** Set for 'locked'. */
  readonly pid: number | undefined;
  readonly host: string | undefined;
  readonly since: string | undefined;

  constructor(details: DraftErrorDetails) {
    super(describe(details), 1);
    this.name = 'DraftError';
    this.kind = details.kind;
    this.details = details;
    this.path = 'path' in details ? details.path : undefined;
    this.reason = details.kind === 'damaged' ? details.reason : undefined;
    this.pid = details.kind === 'locked' ? details.holder.pid : undefined;
    this.host = details.kind === 'locked' ? details.holder.host : undefined;
    this.since = details.kind === 'locked' ? details.holder.since : undefined;
  }
}

/** "process 1234 on host-a since 2025-01-01T10:00:00.000Z" */
export const describeHolder = (h: LockHolder): string => `process ${h.pid} on ${h.host} since ${h.since}`;

function describe(d: DraftErrorDetails): string {
  switch (d.kind) {
    case 'not-found':
      return `no draft '${d.ref}' (see 'role-wizard list')`;
    case 'ambiguous':
      return (
        (d.partial
          ? `no draft has the id or the title '${d.ref}'; it is the start of ${d.matches.length === 1 ? 'this draft' : `these ${d.matches.length} drafts`}, nothing was done: give the id or the whole title:\n`
          : `'${d.ref}' is the title of ${d.matches.length} drafts; give the id:\n`) +
        d.matches.map((m) => `  ${m.id}  ${terminalSafeLine(m.title)}`).join('\n')
      );
    case 'damaged':
      return `${d.path}: the draft is damaged and was left as it is: ${d.reason}`;
    case 'locked':
      return (
        `the draft ${d.path} is open in ${describeHolder(d.holder)}; ` +
        `close it there, or open it read-only ('role-wizard resume --read-only')`
      );
  }
}
