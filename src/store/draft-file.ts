/**
 * Reading a draft file without conf (read-only, one JSON.parse): for list, lookup and open.
 * Every way a file can be wrong becomes a reason the assessor can act on.
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {lineColumn} from '../commands/json-file.js';
import {METHOD} from '../method/definition.js';
import {score} from '../method/score.js';
import type {Assessment, Zone} from '../method/types.js';
import {validate} from '../method/validate.js';
import {DRAFT_EXT} from './folder.js';
import {DRAFT_SCHEMA, type DraftSchema, migrateDraft, type RawDraft} from './migrations.js';
import type {Draft, DraftPosition} from './types.js';

export type ReadDraft =
  | {ok: true; draft: Draft; path: string; migratedFrom: number | null}
  | {ok: false; id: string; path: string; reason: string};

/** The title a draft is listed under. */
export const titleOf = (a: Assessment): string => a.role.jobTitle.trim() || '(untitled)';

export const idOfPath = (path: string): string => basename(path, DRAFT_EXT);

/** Read, check, migrate and parse one draft file. Never throws; never writes. */
export function readDraftFile(path: string, schema: DraftSchema = DRAFT_SCHEMA): ReadDraft {
  const id = idOfPath(path);
  const damaged = (reason: string): ReadDraft => ({ok: false, id, path, reason});
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return damaged(code === 'EACCES' ? 'cannot read it: permission denied' : `cannot read it: ${(error as Error).message}`);
  }
  if (text.trim() === '') return damaged('the file is empty (truncated)');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const {line, column} = lineColumn(text, at ? Number(at[1]) : text.length);
    const why = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '');
    return damaged(`not valid JSON at line ${line}, column ${column} (${why}): truncated or corrupted`);
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
  };
  return {ok: true, draft, path, migratedFrom: migrated.from === schema.current ? null : migrated.from};
}

function checkShape(raw: RawDraft): string | null {
  for (const key of ['createdAt', 'updatedAt'] as const) {
    if (typeof raw[key] !== 'string' || Number.isNaN(Date.parse(raw[key] as string))) {
      return `${key} is ${JSON.stringify(raw[key])}; expected a date and time`;
    }
  }
  const position = raw.position as DraftPosition | undefined;
  if (!position || typeof position !== 'object' || typeof position.step !== 'string') {
    return 'position is missing or has no step';
  }
  if (!raw.assessment || typeof raw.assessment !== 'object') return 'the assessment is missing';
  return null;
}

/**
 * What `list` shows of a draft, computed when the draft is saved. It is trusted only while the
 * method version and a hash of the assessment still match, so a hand-edited file is rescored.
 */
export type StoredSummary = {
  method: string;
  hash: string;
  score: number | null;
  zone: Zone | null;
  missing: number;
  finished: boolean;
};

const hashOf = (assessment: unknown): string => createHash('sha1').update(JSON.stringify(assessment)).digest('base64url');

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
export function draftData(d: Draft): Draft & {summary: StoredSummary} {
  return {
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

export type QuickRead = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  summary: StoredSummary;
};

/**
 * A draft's list row from its stored summary, without schema checks or scoring; null when the
 * summary cannot be trusted (missing, older method, changed by hand, older schema, odd shape):
 * the caller then reads the file in full with readDraftFile.
 */
export function readDraftSummary(path: string, schema: DraftSchema = DRAFT_SCHEMA): QuickRead | null {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || data.schemaVersion !== schema.current || checkShape(data)) return null;
  const summary = data.summary as StoredSummary | undefined;
  if (!summary || summary.method !== METHOD.version || summary.hash !== hashOf(data.assessment)) return null;
  const assessment = data.assessment as Assessment;
  const title = typeof assessment.role?.jobTitle === 'string' ? assessment.role.jobTitle.trim() || '(untitled)' : null;
  if (title === null) return null;
  return {id: idOfPath(path), title, createdAt: data.createdAt as string, updatedAt: data.updatedAt as string, summary};
}
