/**
 * What can be read of a draft file without zod or conf (one JSON.parse and a hash): its list
 * row, and the draft itself when the file is one this program wrote and nobody changed since.
 * The wizard's first frame of `resume` is drawn from this; the full check follows after it.
 */
import {createHash} from 'node:crypto';
import {basename} from 'node:path';
import {METHOD} from '../method/definition.js';
import {isListable, isMethodSummary, isWithinMethod} from '../method/ranges.js';
import type {Assessment, Zone} from '../method/types.js';
import {CURRENT_SCHEMA_VERSION} from '../method/types.js';
import {DRAFT_EXT} from './folder.js';
import {readDraftText} from './read-draft.js';
import type {Draft, DraftPosition} from './types.js';

type RawDraft = Record<string, unknown>;

/** The title a draft is listed under. */
export const titleOf = (a: Assessment): string => a.role.jobTitle.trim() || '(untitled)';

export const idOfPath = (path: string): string => basename(path, DRAFT_EXT);

/** The schema version this program writes (DraftSchema has it as `current`). */
type SchemaVersion = {current: number};
const CURRENT: SchemaVersion = {current: CURRENT_SCHEMA_VERSION};

/** The top-level keys of a draft file this version writes. */
const DRAFT_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'createdAt', 'updatedAt', 'schemaVersion', 'assessment', 'position', 'summary']);

/** The keys of a draft file's data that this version does not know, kept to be written back; undefined when there are none. */
function unknownKeysOf(raw: RawDraft): Record<string, unknown> | undefined {
  let kept: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(raw)) if (!DRAFT_KEYS.has(key)) (kept ??= {})[key] = value;
  return kept;
}

/** Why the draft's dates or position are unusable, or null. */
export function checkShape(raw: RawDraft): string | null {
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

/** The hash of an assessment kept in its summary: it tells our own writes from hand edits. */
export const hashOf = (assessment: unknown): string => createHash('sha1').update(JSON.stringify(assessment)).digest('base64url');

/**
 * A draft file that carries a summary whose hash still matches: parsed once, with its data.
 * `inRange` says whether the assessment may be used as it is (all of it, or what list shows).
 */
function readOwnFile(path: string, schema: SchemaVersion, inRange: (assessment: unknown) => boolean): {data: RawDraft; summary: StoredSummary} | null {
  let data: RawDraft;
  try {
    data = JSON.parse(readDraftText(path)) as RawDraft;
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || data.schemaVersion !== schema.current || checkShape(data)) return null;
  const summary = data.summary as StoredSummary | undefined;
  if (!summary || typeof summary !== 'object' || summary.method !== METHOD.version || summary.hash !== hashOf(data.assessment)) return null;
  // Anyone can recompute the hash: the figures and every input must still be the method's, or the file is read in full.
  if (!isMethodSummary(summary.score, summary.zone, summary.missing, summary.finished) || !inRange(data.assessment)) return null;
  return {data, summary};
}

/** `{unknownKeys}` when the data has keys this version does not know, else nothing. */
export function withUnknownKeys(raw: RawDraft): {unknownKeys?: Record<string, unknown>} {
  const unknownKeys = unknownKeysOf(raw);
  return unknownKeys ? {unknownKeys} : {};
}

export type QuickRead = {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  summary: StoredSummary;
  /** The assessment as this program saved it (its hash matches): not schema-checked again. */
  assessment: Assessment;
};

/**
 * A draft's list row from its stored summary, without schema checks or scoring; null when the
 * summary cannot be trusted (missing, older method, changed by hand, older schema, odd shape):
 * the caller then reads the file in full with readDraftFile.
 */
export function readDraftSummary(path: string, schema: SchemaVersion = CURRENT): QuickRead | null {
  const own = readOwnFile(path, schema, isListable);
  if (!own) return null;
  const {data, summary} = own;
  const title = titleOf(data.assessment as Assessment);
  return {id: idOfPath(path), title, createdAt: data.createdAt as string, updatedAt: data.updatedAt as string, summary, assessment: data.assessment as Assessment};
}

/**
 * The draft in a file this program wrote (its summary's hash matches), as it was saved, or null
 * when it must be read in full (readDraftFile: migrated, hand-edited, damaged). Never throws.
 */
export function readTrustedDraft(path: string, schema: SchemaVersion = CURRENT): Draft | null {
  const own = readOwnFile(path, schema, isWithinMethod);
  if (!own) return null;
  const {data} = own;
  const assessment = data.assessment as Assessment;
  const position = data.position as {step: string; field?: unknown};
  return {
    id: idOfPath(path),
    title: titleOf(assessment),
    createdAt: data.createdAt as string,
    updatedAt: data.updatedAt as string,
    schemaVersion: schema.current,
    assessment,
    position: (typeof position.field === 'string' ? {step: position.step, field: position.field} : {step: position.step}) satisfies DraftPosition,
    ...withUnknownKeys(data),
  };
}
