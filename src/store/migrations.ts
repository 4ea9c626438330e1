/**
 * Moving an older draft to the current schema. Keyed on the data's own schemaVersion (conf's
 * migrations key on the program's version, which says nothing about a file's shape). Each step
 * takes the whole draft file's data from version `from` to `from + 1`, before it is parsed.
 */
import {parseAssessment} from '../method/model.js';
import type {Assessment} from '../method/types.js';
import {CURRENT_SCHEMA_VERSION} from '../method/types.js';

/** The draft file's data as read from disk, before it is checked. */
export type RawDraft = Record<string, unknown>;

export type Migration = {
  /** The version this step reads; it writes `from + 1`. */
  from: number;
  /** What changed, for the record. */
  describe: string;
  migrate: (draft: RawDraft) => RawDraft;
};

export type ParseResult = {ok: true; assessment: Assessment} | {ok: false; problems: Array<{path: string; message: string}>};

/** The schema this program writes, how to reach it from older versions, and how to parse it. */
export type DraftSchema = {
  current: number;
  migrations: readonly Migration[];
  parse: (assessment: unknown) => ParseResult;
};

/** Version 1 is the first schema: no migrations yet. Register a step here when the schema changes. */
export const MIGRATIONS: readonly Migration[] = [];

export const DRAFT_SCHEMA: DraftSchema = {
  current: CURRENT_SCHEMA_VERSION,
  migrations: MIGRATIONS,
  parse: parseAssessment,
};

export type MigrationResult =
  | {ok: true; draft: RawDraft; from: number; steps: string[]}
  | {ok: false; reason: string};

/** The draft moved to `schema.current`, or why it cannot be: no version, too new, or no path. */
export function migrateDraft(raw: RawDraft, schema: DraftSchema = DRAFT_SCHEMA): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {ok: false, reason: `schemaVersion is ${JSON.stringify(version)}; expected a whole number from 1`};
  }
  if (version > schema.current) {
    return {
      ok: false,
      reason:
        `it was written by a newer role-wizard (schema version ${version}; this one reads up to ` +
        `${schema.current}); update role-wizard to open it`,
    };
  }
  let draft = raw;
  const steps: string[] = [];
  for (let v = version; v < schema.current; v++) {
    const step = schema.migrations.find((m) => m.from === v);
    if (!step) return {ok: false, reason: `no migration from schema version ${v} to ${v + 1}`};
    draft = step.migrate(structuredClone(draft));
    draft.schemaVersion = v + 1;
    if (draft.assessment && typeof draft.assessment === 'object') {
      (draft.assessment as Record<string, unknown>).schemaVersion = v + 1;
    }
    steps.push(`${v}→${v + 1}: ${step.describe}`);
  }
  return {ok: true, draft, from: version, steps};
}
