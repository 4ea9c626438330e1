/**
 * The list rows of drafts already read, kept beside them in `.list-cache` so that `list` of a
 * thousand drafts costs a `stat` per draft, not a read, parse and hash. A row is reused only
 * while its file's inode, size, mtime and ctime are those recorded (the way git trusts its
 * index): every save renames a fresh file into place, and ctime cannot be set by hand, so any
 * change to a draft shows. A file changed within the last two seconds is never recorded (its
 * next change could keep the same coarse timestamps), and a cache that is missing, unreadable,
 * of another method version or damaged is simply ignored and rewritten.
 */
import {readBounded} from '../io/read-text.js';
import type {Stats} from 'node:fs';
import {join} from 'node:path';
import {writeFileAtomic} from '../io/write-file.js';
import {METHOD} from '../method/definition.js';
import {allowsValue, isLabelDefault, isNumericDefault} from '../method/method-defaults.js';
import {isMethodSummary} from '../method/ranges.js';
import {CURRENT_SCHEMA_VERSION, type MethodDefaultsOverride, type Zone} from '../method/types.js';

export const LIST_CACHE_NAME = '.list-cache';

/**
 * What decides a draft's sub-label besides its zone: the sub-label depends on the team's method
 * defaults too (the project config where `list` runs), so `list` works it out when it shows it.
 */
export type SubLabelBasis = {
  growth: number | null;
  /** % of task time scoring 3+, null until every task has its time and score. */
  share: number | null;
  /** The draft's own method defaults (they win over the config's), or null. */
  own: MethodDefaultsOverride | null;
};

/** What `list` shows of a draft, apart from where it is and who holds it. */
export type ListRow = {
  title: string;
  createdAt: string;
  updatedAt: string;
  score: number | null;
  zone: Zone | null;
  missing: number;
  finished: boolean;
  basis: SubLabelBasis;
};

type Stamp = {ino: number; size: number; mtimeMs: number; ctimeMs: number};

/**
 * One draft in the cache, as a tuple to keep the file small (it is parsed on every `list`):
 * the file's stamp, then its row.
 */
type Entry = [
  ino: number,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  title: string,
  createdAt: string,
  updatedAt: string,
  score: number | null,
  zone: Zone | null,
  missing: number,
  finished: boolean,
  growth: number | null,
  share: number | null,
  own: MethodDefaultsOverride | null,
];
type CacheFile = {version: 3; method: string; schemaVersion: number; entries: Record<string, Entry>};

const numberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

/** Own method defaults as a cache holds them: null, or keys that exist with values they may take. */
function ownOf(v: unknown): MethodDefaultsOverride | null | undefined {
  if (v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.every(([k, x]) => (isLabelDefault(k) || isNumericDefault(k)) && allowsValue(k, x)) ? (v as MethodDefaultsOverride) : undefined;
}

/** A file changed this recently may change again within the same timestamp: read it in full. */
const SETTLE_MS = 2_000;

/** The row of an entry whose stamp matches the file's, or null (also for an entry this program did not write). */
function rowOf(entry: unknown, stats: Stamp): ListRow | null {
  if (!Array.isArray(entry) || entry.length !== 14) return null;
  const [ino, size, mtimeMs, ctimeMs, title, createdAt, updatedAt, score, zone, missing, finished, growth, share, ownEntry] = entry as unknown[];
  if (ino !== stats.ino || size !== stats.size || mtimeMs !== stats.mtimeMs || ctimeMs !== stats.ctimeMs) return null;
  if (typeof title !== 'string' || typeof createdAt !== 'string' || typeof updatedAt !== 'string') return null;
  if (!isMethodSummary(score, zone, missing, finished)) return null;
  const own = ownOf(ownEntry);
  if (!numberOrNull(growth) || !numberOrNull(share) || own === undefined) return null;
  return {title, createdAt, updatedAt, score: score as number | null, zone: zone as Zone | null, missing: missing as number, finished: finished as boolean, basis: {growth: growth as number | null, share: share as number | null, own}};
}

const entryOf = (stats: Stamp, row: ListRow): Entry => [
  stats.ino,
  stats.size,
  stats.mtimeMs,
  stats.ctimeMs,
  row.title,
  row.createdAt,
  row.updatedAt,
  row.score,
  row.zone,
  row.missing,
  row.finished,
  row.basis.growth,
  row.basis.share,
  row.basis.own,
];

function readEntries(path: string, schemaVersion: number): Record<string, unknown> {
  try {
    const data = JSON.parse(readBounded(path, path, {noFollow: true, maxBytes: 64 * 1024 * 1024})) as Partial<CacheFile> | null;
    if (!data || data.version !== 3 || data.method !== METHOD.version || data.schemaVersion !== schemaVersion) return {};
    if (!data.entries || typeof data.entries !== 'object' || Array.isArray(data.entries)) return {};
    return data.entries;
  } catch {
    // No cache yet, or one that cannot be read: every draft is read in full.
    return {};
  }
}

export interface ListCache {
  /** The recorded row of a draft file, or null when the file changed since (or was never recorded). */
  lookup(name: string, stats: Stats): ListRow | null;
  /** Record the row just read from a draft file. */
  record(name: string, stats: Stats, row: ListRow): void;
  /** Write the cache if it changed: the drafts looked up or recorded since it was opened. Never throws: it is only a cache. */
  save(): void;
}

/**
 * The cache of a drafts folder, for drafts read at `schemaVersion` (a cache of another version
 * is ignored). `now` is injectable for tests of the settling rule.
 */
export function openListCache(folder: string, schemaVersion: number = CURRENT_SCHEMA_VERSION, now: () => number = Date.now): ListCache {
  const path = join(folder, LIST_CACHE_NAME);
  const recorded = readEntries(path, schemaVersion);
  const kept: Record<string, Entry> = {};
  let changed = false;
  return {
    lookup(name, stats) {
      const row = Object.hasOwn(recorded, name) ? rowOf(recorded[name], stats) : null;
      if (row) kept[name] = recorded[name] as Entry;
      return row;
    },
    record(name, stats, row) {
      changed = true;
      // Too fresh to trust next time: left out, so it is read in full again.
      if (Math.max(stats.mtimeMs, stats.ctimeMs) > now() - SETTLE_MS) return;
      kept[name] = entryOf(stats, row);
    },
    save() {
      // Entries of drafts deleted since are dropped by not being kept.
      if (!changed && Object.keys(kept).length === Object.keys(recorded).length) return;
      const data: CacheFile = {version: 3, method: METHOD.version, schemaVersion, entries: kept};
      try {
        // Only a cache: not fsync'd (a lost one is rebuilt), but never left half-written.
        writeFileAtomic(path, JSON.stringify(data), {mode: 0o600, replace: true, noFollow: true, into: false, fsync: false});
      } catch {
        // A read-only or full drafts folder: list still works, only without the cache.
      }
    },
  };
}
