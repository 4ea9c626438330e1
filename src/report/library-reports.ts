/**
 * A team's library: a folder of Markdown reports, every Markdown file below it as the one folder
 * walk finds them (src/io/folder-walk.ts: `*.md` in any case, dot folders and node_modules
 * skipped, symbolic links never leaving the folder), read one file at a time with import's
 * reader, so that the texts of ten thousand reports are never held at once. A report that
 * cannot be read is an entry too, with the reason: a library never drops a file silently. A
 * Markdown file that is not a report (a README, the index) is an entry marked so.
 */
import {relative, sep} from 'node:path';
import {CliError} from '../io/errors.js';
import {walkMarkdown, walkMarkdownInTurns, type WalkEntry, type WalkOptions} from '../io/folder-walk.js';
import type {LibraryEntry} from '../method/calibration.js';
import {score, type Scorecard} from '../method/score.js';
import type {Assessment} from '../method/types.js';
import {underDefaults} from '../method/method-defaults.js';
import {BUILT_IN_CONVENTIONS, type CheckConventions, checkParsedReport} from './check/check.js';
import {NotAReportFile} from './errors.js';
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
  /** `notReport`: a Markdown file that is not a report at all (none of its sections, or an index); not an error. */
  | {file: string; path: string; ok: false; reason: string; notReport?: true};

/** Every Markdown file below the library folder, by the one walk's rule, in its order. Throws a CliError when `dir` cannot be listed. */
export function reportFiles(dir: string, options: WalkOptions = {}): WalkEntry[] {
  return walkMarkdown(dir, {noun: 'library folder', ...options});
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
  /** Files and folders to leave out (an ignore list). */
  skip?: WalkOptions['skip'];
};

/** Read one report of the library as the walk found it: its assessment and scorecard under the conventions, or why it cannot be read. */
export function readLibraryReport(found: WalkEntry, {check = false, conventions: given = BUILT_IN_CONVENTIONS}: ReadOptions = {}): LibraryReport {
  const {path: file, below: path} = found;
  if (found.problem !== undefined) return {file, path, ok: false, reason: `${path}: ${found.problem}`};
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
    if (error instanceof NotAReportFile) return {file, path, ok: false, reason: error.message, notReport: true};
    return {file, path, ok: false, reason: error.message};
  }
}

/** The reports of the library one at a time, in reportFiles' order; each text is dropped once read. */
export function* readLibraryFolder(dir: string, options: ReadOptions = {}): Generator<LibraryReport> {
  for (const found of reportFiles(dir, options.skip ? {skip: options.skip} : {})) yield readLibraryReport(found, options);
}

/**
 * The report of the library that `ref` names: its path below the folder (with or without
 * `.md`), its file name without `.md`, or its exact title (case aside). Null when none does;
 * a CliError when several do, or when the one named cannot be read.
 */
export function findLibraryReport(dir: string, ref: string, skip?: WalkOptions['skip']): Extract<LibraryReport, {ok: true}> | null {
  const files = reportFiles(dir, skip ? {skip} : {});
  const wanted = ref.toLowerCase().replace(/\.md$/, '');
  const stem = (f: WalkEntry) => f.below.toLowerCase().replace(/\.md$/, '');
  let matches = files.filter((f) => stem(f) === wanted);
  if (matches.length === 0) matches = files.filter((f) => stem(f).split('/').pop() === wanted);
  let found: LibraryReport[] = matches.map((f) => readLibraryReport(f));
  if (found.length === 0) {
    const title = ref.trim().toLowerCase();
    found = [];
    for (const f of files) {
      const r = readLibraryReport(f);
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

export type LibraryFolderEntries<E = LibraryEntry> = {entries: E[]; unreadable: UnreadableReport[]};

/** What a library role keeps by default: a calibration entry (its scored inputs, title and task names). */
const calibrationEntry = (r: Extract<LibraryReport, {ok: true}>, id: string): LibraryEntry => {
  const assessment = forCalibration(r.assessment);
  return {id, title: assessment.role.jobTitle, score: r.card.score, zone: r.card.zone, assessment};
};

/** A report as a library entry; its id is its path as the assessor would type it (from `cwd`). */
function asEntry<E>(r: LibraryReport, cwd: string, into: LibraryFolderEntries<E>, keep: (r: Extract<LibraryReport, {ok: true}>, id: string) => E) {
  const shown = relative(cwd, r.file).split(sep).join('/');
  const id = shown.startsWith('../') ? r.file : shown;
  // A README or the index beside the reports is no role of the library, nor a report it cannot read.
  if (!r.ok && r.notReport) return;
  if (!r.ok) into.unreadable.push({path: id, reason: ownString(r.reason)});
  else into.entries.push(keep(r, id));
}

/**
 * Every report of the library folder as entries (under `conventions`' method defaults), and those
 * that cannot be read. `keep` says what of each report is kept (a calibration entry by default):
 * only that stays in memory, so a library's cost is what its users need of a role.
 */
export function loadLibraryFolder(dir: string, cwd: string, conventions?: ConventionsOf, skip?: WalkOptions['skip']): LibraryFolderEntries;
export function loadLibraryFolder<E>(dir: string, cwd: string, conventions: ConventionsOf | undefined, skip: WalkOptions['skip'] | undefined, keep: (r: Extract<LibraryReport, {ok: true}>, id: string) => E): LibraryFolderEntries<E>;
export function loadLibraryFolder<E>(
  dir: string,
  cwd: string,
  conventions?: ConventionsOf,
  skip?: WalkOptions['skip'],
  keep: (r: Extract<LibraryReport, {ok: true}>, id: string) => E = calibrationEntry as never,
): LibraryFolderEntries<E> {
  const out: LibraryFolderEntries<E> = {entries: [], unreadable: []};
  try {
    for (const r of readLibraryFolder(dir, {...(conventions ? {conventions} : {}), ...(skip ? {skip} : {})})) asEntry(r, cwd, out, keep);
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
  skip?: WalkOptions['skip'],
): Promise<LibraryFolderEntries> {
  const out: LibraryFolderEntries = {entries: [], unreadable: []};
  let files: WalkEntry[];
  try {
    files = await walkMarkdownInTurns(dir, pause, {noun: 'library folder', ...(skip ? {skip} : {})});
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {entries: [], unreadable: [{path: dir, reason: error.message}]};
  }
  await pause();
  let slice = performance.now();
  for (const found of files) {
    try {
      asEntry(readLibraryReport(found, conventions ? {conventions} : {}), cwd, out, calibrationEntry);
    } catch (error) {
      // The config above this report cannot be read: the wizard lists it, and goes on.
      if (!(error instanceof CliError)) throw error;
      out.unreadable.push({path: relative(cwd, found.path).split(sep).join('/'), reason: ownString(error.message)});
    }
    if (performance.now() - slice >= SLICE_MS) {
      await pause();
      slice = performance.now();
    }
  }
  return out;
}
