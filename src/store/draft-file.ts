/**
 * Reading a draft file without conf (read-only, one JSON.parse): for list, lookup and open.
 * Every way a file can be wrong becomes a reason the assessor can act on.
 */
import {describeJsonError} from '../io/json-text.js';
import {FileReadError, FileTooLargeError, readDraftText} from './read-draft.js';
import {METHOD} from '../method/definition.js';
import {score} from '../method/score.js';
import type {Assessment} from '../method/types.js';
import {validate} from '../method/validate.js';
import {checkShape, hashOf, idOfPath, type StoredSummary, titleOf, withUnknownKeys} from './trusted-read.js';
import {DRAFT_SCHEMA, type DraftSchema, migrateDraft, type RawDraft} from './migrations.js';
import type {Draft} from './types.js';

export type ReadDraft =
  | {ok: true; draft: Draft; path: string; migratedFrom: number | null}
  | {ok: false; id: string; path: string; reason: string};

// The quick, zod-free reads live in trusted-read.ts; re-exported for the store's other readers.
export {checkShape, hashOf, idOfPath, readDraftSummary, titleOf, type QuickRead, type StoredSummary} from './trusted-read.js';

/** Read, check, migrate and parse one draft file. Never throws; never writes. */
export function readDraftFile(path: string, schema: DraftSchema = DRAFT_SCHEMA): ReadDraft {
  const id = idOfPath(path);
  const damaged = (reason: string): ReadDraft => ({ok: false, id, path, reason});
  let text: string;
  try {
    text = readDraftText(path);
  } catch (error) {
    if (error instanceof FileTooLargeError) return damaged(error.why);
    if (error instanceof FileReadError) return damaged(`cannot read it: ${error.why}`);
    throw error;
  }
  if (text.trim() === '') return damaged('the file is empty (truncated)');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const {line, column, reason} = describeJsonError(text, error);
    return damaged(`not valid JSON at line ${line}, column ${column} (${reason}): truncated or corrupted`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return damaged('not a draft: expected a JSON object');
  const migrated = migrateDraft(data as RawDraft, schema);
  if (!migrated.ok) return damaged(migrated.reason);
  const raw = migrated.draft;
  const shape = checkShape(raw);
  if (shape) return damaged(shape);
  const parsed = schema.parse(raw.assessment);
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, 3).map((p) => `assessment.${p.path}: ${p.message}`);
    const more = parsed.problems.length > 3 ? ` (and ${parsed.problems.length - 3} more)` : '';
    return damaged(`not a valid assessment: ${shown.join('; ')}${more}`);
  }
  const position = raw.position as {step: string; field?: unknown};
  const draft: Draft = {
    // The file name is the id: a copied or renamed file stays reachable under its name.
    id,
    title: titleOf(parsed.assessment),
    createdAt: raw.createdAt as string,
    updatedAt: raw.updatedAt as string,
    schemaVersion: schema.current,
    assessment: parsed.assessment,
    position: typeof position.field === 'string' ? {step: position.step, field: position.field} : {step: position.step},
    ...withUnknownKeys(raw),
  };
  return {ok: true, draft, path, migratedFrom: migrated.from === schema.current ? null : migrated.from};
}

/** The list figures of an assessment: its score, zone and how much is missing. */
export function summarize(assessment: Assessment): Omit<StoredSummary, 'method' | 'hash'> {
  const card = score(assessment);
  // validate once (isFinished and missingCount would each run it).
  const problems = validate(assessment, card);
  return {
    score: card.score,
    zone: card.zone,
    missing: problems.filter((p) => p.kind === 'missing').length,
    finished: problems.every((p) => p.severity !== 'error'),
  };
}

/** The data written to disk for a draft, with its list summary. */
export function draftData(d: Draft): Omit<Draft, 'unknownKeys'> & {summary: StoredSummary} {
  return {
    // A newer version's keys first, so that none of them can replace one of ours.
    ...d.unknownKeys,
    id: d.id,
    title: d.title,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    schemaVersion: d.schemaVersion,
    assessment: d.assessment,
    position: d.position,
    summary: {method: METHOD.version, hash: hashOf(d.assessment), ...summarize(d.assessment)},
  };
}

