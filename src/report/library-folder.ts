/**
 * A team's library: a folder of Markdown reports, every `*.md` below it (dot folders and
 * node_modules skipped), read one file at a time with import's reader, so that the texts of
 * ten thousand reports are never held at once. A report that cannot be read is an entry too,
 * with the reason: a library never drops a file silently.
 */
import {type Dirent, readdirSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import {normalize, relative, sep} from 'node:path';
import {CliError} from '../io/errors.js';
import type {LibraryEntry} from '../method/calibration.js';
import {score, type Scorecard} from '../method/score.js';
import type {Assessment} from '../method/types.js';
import {underDefaults} from '../method/method-defaults.js';
import {BUILT_IN_CONVENTIONS, type CheckConventions, checkParsedReport} from './check.js';
import {readReport} from './read-file.js';

export type LibraryReport =
  | {
      /** The file's absolute path. */
      file: string;
      /** Its path below the library folder, with `/` on every system. */
      path: string;
      ok: true;
      assessment: Assessment;
      card: Scorecard;
      /** Discrepancies `check` counts as errors (figures that contradict the arithmetic); null when not checked. */
      errors: number | null;
    }
  | {file: string; path: string; ok: false; reason: string};

/** A report file found below the library folder: its path, and its path below the folder with `/`. */
type Found = {path: string; below: string};

function cannotList(folder: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError(`${folder}: cannot read the library folder${code === 'ENOENT' ? ' (it does not exist)' : code === 'ENOTDIR' ? ' (not a folder)' : ` (${code ?? String(error)})`}`);
}

/**
 * Sorts a folder's entries from `from` on into report files and subfolders (dot folders and
 * node_modules left out); returns where it stopped, at most `count` entries on. Paths are made by
 * joining strings, not by path.join and path.relative: for ten thousand files those took ~40 ms.
 */
function sortEntries(folder: Found, entries: Dirent[], files: Found[], folders: Found[], from = 0, count = entries.length): number {
  const prefix = folder.path === '.' ? '' : folder.path.endsWith(sep) ? folder.path : `${folder.path}${sep}`;
  const end = Math.min(entries.length, from + count);
  for (let i = from; i < end; i++) {
    const entry = entries[i]!;
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const at = {path: `${prefix}${entry.name}`, below: folder.below ? `${folder.below}/${entry.name}` : entry.name};
    if (entry.isDirectory()) folders.push(at);
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.md')) files.push(at);
  }
  return end;
}

/** In code-point order of the path below the folder: the same on every machine and locale. */
const inPlaceOrder = (files: Found[]): string[] => files.sort((a, b) => (a.below < b.below ? -1 : a.below > b.below ? 1 : 0)).map((f) => f.path);

/**
 * Every `*.md` file below `dir`, in code-point order of the path below it, so that the order (and
 * so `index`'s bytes) is the same on every machine and locale. Throws a CliError when `dir`
 * cannot be listed.
 */
export function reportFiles(dir: string): string[] {
  const files: Found[] = [];
  const folders: Found[] = [{path: normalize(dir), below: ''}];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder.path, {withFileTypes: true});
    } catch (error) {
      throw cannotList(folder.path, error);
    }
    sortEntries(folder, entries, files, folders);
  }
  return inPlaceOrder(files);
}

/** Entries sorted between pauses in the wizard: ~1 ms of work each time. */
const ENTRIES_PER_TURN = 1000;

/** The same files, for the wizard: the folders listed off the main thread, their entries sorted a thousand at a time between pauses. */
async function reportFilesInTurns(dir: string, pause: () => Promise<void>): Promise<string[]> {
  const files: Found[] = [];
  const folders: Found[] = [{path: normalize(dir), below: ''}];
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = await readdir(folder.path, {withFileTypes: true});
    } catch (error) {
      throw cannotList(folder.path, error);
    }
    for (let at = 0; at < entries.length; ) {
      at = sortEntries(folder, entries, files, folders, at, ENTRIES_PER_TURN);
      await pause();
    }
  }
  return inPlaceOrder(files);
}

/**
 * The team's conventions (its method defaults and rule levels), as `check` applies them: the
 * same for every report, or the ones of each report's file (the project config found above its
 * folder, as `check` finds it; the caller, which may read configs, says how).
 */
export type ConventionsOf = CheckConventions | ((file: string) => CheckConventions);

export type ReadOptions = {
  /** Count the errors `check` finds (else `errors` is null). */
  check?: boolean;
  conventions?: ConventionsOf;
};

/** Read one report of the library: its assessment and scorecard under the conventions, or why it cannot be read. */
export function readLibraryReport(dir: string, file: string, {check = false, conventions: given = BUILT_IN_CONVENTIONS}: ReadOptions = {}): LibraryReport {
  const path = relative(dir, file).split(sep).join('/');
  // Outside the try: an invalid config is no fault of the report; its error stops the caller, as in `check`.
  const conventions = typeof given === 'function' ? given(file) : given;
  try {
    const parsed = readReport(file, path);
    const assessment = underDefaults(parsed.assessment, conventions.methodDefaults);
    if (!check) return {file, path, ok: true, assessment, card: score(assessment), errors: null};
    const {card, discrepancies} = checkParsedReport(parsed, conventions);
    return {file, path, ok: true, assessment, card, errors: discrepancies.filter((d) => d.severity === 'error').length};
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {file, path, ok: false, reason: error.message};
  }
}

/** The reports of the library one at a time, in reportFiles' order; each text is dropped once read. */
export function* readLibraryFolder(dir: string, options: ReadOptions = {}): Generator<LibraryReport> {
  for (const file of reportFiles(dir)) yield readLibraryReport(dir, file, options);
}

/**
 * The report of the library that `ref` names: its path below the folder (with or without
 * `.md`), its file name without `.md`, or its exact title (case aside). Null when none does;
 * a CliError when several do, or when the one named cannot be read.
 */
export function findLibraryReport(dir: string, ref: string): Extract<LibraryReport, {ok: true}> | null {
  const files = reportFiles(dir);
  const wanted = ref.toLowerCase().replace(/\.md$/, '');
  const stem = (f: string) => relative(dir, f).split(sep).join('/').toLowerCase().replace(/\.md$/, '');
  let matches = files.filter((f) => stem(f) === wanted);
  if (matches.length === 0) matches = files.filter((f) => stem(f).split('/').pop() === wanted);
  let found: LibraryReport[] = matches.map((f) => readLibraryReport(dir, f));
  if (found.length === 0) {
    const title = ref.trim().toLowerCase();
    found = [];
    for (const f of files) {
      const r = readLibraryReport(dir, f);
      if (r.ok && r.assessment.role.jobTitle.trim().toLowerCase() === title) found.push(r);
    }
  }
  if (found.length > 1) throw new CliError(`${ref}: ${found.length} reports of the library match: ${found.map((r) => r.path).join(', ')}; name one by its file`);
  const [only] = found;
  if (!only) return null;
  if (!only.ok) throw new CliError(`${ref}: the library's report cannot be read: ${only.reason}`);
  return only;
}

/**
 * A string of its own: a title cut from a report's text would otherwise keep the whole text
 * alive (V8 keeps a slice's parent), and ten thousand titles would hold ten thousand texts.
 */
export const ownString = (text: string): string => (text.length === 0 ? '' : Buffer.from(text, 'utf8').toString('utf8'));

/**
 * What calibration needs of a library role, and no more: its scored inputs, its title and its
 * task names (comparisons name tasks); the free text is left out, so that a library of ten
 * thousand reports costs the wizard little memory.
 */
function forCalibration(a: Assessment): Assessment {
  const scoresOnly = <K extends string>(r: Record<K, {score: number | null}>) =>
    Object.fromEntries(Object.entries<{score: number | null}>(r).map(([k, v]) => [k, {score: v.score, rationale: ''}]));
  const {reframedQuestion: _, ...barriers} = a.barriers;
  return {
    schemaVersion: a.schemaVersion,
    ...(a.methodDefaults ? {methodDefaults: {...a.methodDefaults}} : {}),
    ...(a.aliases ? {aliases: a.aliases.map(ownString)} : {}),
    role: {jobTitle: ownString(a.role.jobTitle), seniorityLevel: '', primaryFunction: '', whatThisRoleIsNot: '', typicalExperience: '', seniorityNote: ''},
    protective: scoresOnly(a.protective) as Assessment['protective'],
    growth: {score: a.growth.score, rationale: ''},
    tasks: a.tasks.map((t) => ({name: ownString(t.name), timePercent: t.timePercent, score: t.score, label: t.label, rationale: ''})),
    reinstatementCheck: '',
    evidence: Object.fromEntries(Object.entries(a.evidence).map(([k, v]) => [k, {score: v.score, evidence: ''}])) as Assessment['evidence'],
    barriers: {...(scoresOnly(barriers) as Omit<Assessment['barriers'], 'reframedQuestion'>), reframedQuestion: ''},
    growthCheck: '',
    override: {score: a.override.score, note: ''},
    commentary: {scoreVsReality: '', numbersDontCapture: '', whoShouldWorry: '', biggestFactor: ''},
    whatThisMeans: {roleIn2028: '', survivalStrategy: '', timeline: ''},
  };
}

/** A report of the library that cannot be read, and why. */
export type UnreadableReport = {path: string; reason: string};

export type LibraryFolderEntries = {entries: LibraryEntry[]; unreadable: UnreadableReport[]};

/** A report as a library entry for calibration; its id is its path as the assessor would type it (from `cwd`). */
function asEntry(r: LibraryReport, cwd: string, into: LibraryFolderEntries) {
  const shown = relative(cwd, r.file).split(sep).join('/');
  const id = shown.startsWith('../') ? r.file : shown;
  if (!r.ok) into.unreadable.push({path: id, reason: ownString(r.reason)});
  else {
    const assessment = forCalibration(r.assessment);
    into.entries.push({id, title: assessment.role.jobTitle, score: r.card.score, zone: r.card.zone, assessment});
  }
}

/** Every report of the library folder as calibration entries (under `conventions`' method defaults), and those that cannot be read. */
export function loadLibraryFolder(dir: string, cwd: string, conventions?: ConventionsOf): LibraryFolderEntries {
  const out: LibraryFolderEntries = {entries: [], unreadable: []};
  try {
    for (const r of readLibraryFolder(dir, conventions ? {conventions} : {})) asEntry(r, cwd, out);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    out.unreadable.push({path: dir, reason: error.message});
  }
  return out;
}

/** How long the wizard reads reports before it gives the event loop (and a key) a turn. */
const SLICE_MS = 2;

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

/**
 * The same, for the wizard: reports are read for at most SLICE_MS at a time, then `pause`
 * (the wizard's quiet moment: after the frame that answered a key, or once no key has come for
 * a while), so that a key waits for at most one slice however large the library.
 */
export async function loadLibraryFolderInTurns(
  dir: string,
  cwd: string,
  pause: () => Promise<void> = nextTurn,
  conventions?: ConventionsOf,
): Promise<LibraryFolderEntries> {
  const out: LibraryFolderEntries = {entries: [], unreadable: []};
  let files: string[];
  try {
    files = await reportFilesInTurns(dir, pause);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {entries: [], unreadable: [{path: dir, reason: error.message}]};
  }
  await pause();
  let slice = performance.now();
  for (const file of files) {
    try {
      asEntry(readLibraryReport(dir, file, conventions ? {conventions} : {}), cwd, out);
    } catch (error) {
      // The config above this report cannot be read: the wizard lists it, and goes on.
      if (!(error instanceof CliError)) throw error;
      out.unreadable.push({path: relative(cwd, file).split(sep).join('/'), reason: ownString(error.message)});
    }
    if (performance.now() - slice >= SLICE_MS) {
      await pause();
      slice = performance.now();
    }
  }
  return out;
}
