/**
 * `role-wizard check PATH... [--format text|json|github|sarif] [--strict] [--max-warnings N]
 * [--ignore GLOB] [--fix] [--library DIR]`: recompute each report's figures from its own inputs
 * and list every stated figure that differs, in the computed lines and in the prose (this role's
 * figures, and scores cited from the library's roles and the reference roles). A path may be a
 * report, a folder or a glob (the Markdown files the one folder walk finds, src/io/folder-walk.ts)
 * or `-` (standard input). A Markdown file with none of the report's sections, or an index `index`
 * wrote, is listed as not a report, not an error. Each report is checked under the project config
 * found above its folder. Errors (arithmetic, unreadable files) fail the check; warnings (a
 * documented default not followed, a stale figure in prose) fail it only with --strict. --fix
 * rewrites the wrong figures in place. Loads neither zod nor the template engine nor any UI.
 */
import {statSync} from 'node:fs';
import {dirname, join, relative, resolve, sep} from 'node:path';
import picomatch from 'picomatch';
import {ignoreRule} from '../config/ignore.js';
import {libraryFolder} from '../config/library-location.js';
import {loadProjectConfig} from '../config/project-config.js';
import {CliError, UsageError} from '../io/errors.js';
import {FolderWalkError, walkMarkdown, type WalkOptions} from '../io/folder-walk.js';
import {terminalSafe, terminalSafeLine} from '../io/terminal-text.js';
import type {Zone} from '../method/types.js';
import {underDefaults} from '../method/method-defaults.js';
import {type CitedEntry, proseContext} from '../method/prose-figures.js';
import {checkParsedReport} from '../report/check/check.js';
import {NotAReportFile, UnreadableReportError} from '../report/errors.js';
import {loadLibraryFolder, ownString} from '../report/library-reports.js';
import type {ParsedReport} from '../report/parse.js';
import {applyEdits, computedEdit, locateProse, proseDiscrepancy, proseEdit} from '../report/check/prose-check.js';
import {readReportText, readReportWithText} from '../report/read-file.js';
import {writeOutput} from '../report/write-output.js';
import {REPORT_LIMITS} from '../report/scan.js';
import {
  type Checked,
  type FileResult,
  type Format,
  FORMATS,
  githubOutput,
  isNotReport,
  isUnreadable,
  jsonOutput,
  type Output,
  sarifOutput,
  STDIN_LABEL,
  textOutput,
  type Totals,
} from './support/check-output.js';
import type {CommandContext} from './support/io.js';
import {readStdin} from './support/stdin.js';

type Options = {json?: boolean; format?: string; strict?: boolean; maxWarnings?: string; ignore?: string[]; fix?: boolean; library?: string};

const STDIN = '-';

/** The team library's reports (null when none is named), for the citations and a rank in the prose. */
type Library = {entries: CitedEntry[]; byPath: Map<string, CitedEntry>} | null;

function checked(file: string, parsed: ParsedReport, text: string, configFrom: string, library: Library, path: string | null, cwd: string): Checked {
  const config = loadProjectConfig(configFrom);
  const {card, discrepancies} = checkParsedReport(parsed, config);
  const a = underDefaults(parsed.assessment, config.methodDefaults);
  // This report's own entry in the library, by its path (its title finds the rest).
  const self = path === null ? undefined : library?.byPath.get(path);
  const statements = locateProse(text, parsed, a, card, proseContext({title: a.role.jobTitle, citedAs: a.citedAs}, library?.entries ?? null, self ? [self] : []));
  const level = config.rules.proseFigures;
  if (level !== 'off') {
    for (const s of statements) if (s.status === 'stale') discrepancies.push(proseDiscrepancy(s, level));
    discrepancies.sort((x, y) => x.line - y.line);
  }
  const errors = discrepancies.filter((d) => d.severity === 'error').length;
  return {file, card, discrepancies, errors, warnings: discrepancies.length - errors, conventions: config, parsed, statements};
}

/** `check --fix`: every wrong computed figure and every stale figure in prose rewritten in place, through the one writer; then checked again. */
function fixFile(file: string, path: string, text: string, result: Checked, cwd: string, library: Library): FileResult {
  const edits = [
    ...result.discrepancies.flatMap((d) => (d.rule === 'seed' ? [computedEdit(text, d)] : [])),
    ...(result.conventions.rules.proseFigures === 'off' ? [] : result.statements.map(proseEdit)),
  ].filter((e) => e !== null);
  if (edits.length === 0) return result;
  const fixedText = applyEdits(text, edits);
  if (fixedText === text) return result;
  try {
    writeOutput(path, fixedText, true, file);
  } catch (error) {
    // A report that cannot be written (read-only, a full disk) is one result among the others.
    return unreadable(file, error);
  }
  const again = checkFile(file, cwd, library, false);
  return isUnreadable(again) || isNotReport(again) ? result : {...again, fixed: edits.length};
}

/** A report that cannot be read is one result among the others; a file that is not a report is listed as such. (An invalid project config is no fault of a report: loadProjectConfig's error stops the whole check.) */
function unreadable(file: string, error: unknown): FileResult {
  if (!(error instanceof CliError)) throw error;
  if (error instanceof NotAReportFile) return {file, notReport: error.why};
  return {file, error: error.message, line: error instanceof UnreadableReportError ? error.line : null};
}

function checkFile(file: string, cwd: string, library: Library, fix: boolean): FileResult {
  const path = resolve(cwd, file);
  let read;
  try {
    read = readReportWithText(path, file);
  } catch (error) {
    return unreadable(file, error);
  }
  const result = checked(file, read.parsed, read.text, dirname(path), library, path, cwd);
  return fix ? fixFile(file, path, read.text, result, cwd, library) : result;
}

async function checkStdin(cwd: string, library: Library): Promise<FileResult> {
  let parsed;
  let text;
  try {
    text = await readStdin(REPORT_LIMITS.maxBytes, STDIN_LABEL);
    parsed = readReportText(text, STDIN_LABEL);
  } catch (error) {
    return unreadable(STDIN_LABEL, error);
  }
  return checked(STDIN_LABEL, parsed, text, cwd, library, null, cwd);
}

/** The team library, when one is named (--library, ROLE_WIZARD_LIBRARY, the config's "library"): each report's title, declared names and score. */
function readLibrary(io: CommandContext<Options>['io'], option: string | undefined): Library {
  const folder = libraryFolder(io.cwd, io.env, option);
  if (!folder) return null;
  // Only what a citation or a rank needs of each role is kept: a title, declared names, a score.
  const keep = (r: {assessment: {role: {jobTitle: string}; aliases?: string[] | undefined}; card: {score: number | null; zone: Zone | null}}, id: string): CitedEntry => ({
    id,
    title: ownString(r.assessment.role.jobTitle),
    score: r.card.score,
    zone: r.card.zone,
    ...(r.assessment.aliases ? {aliases: r.assessment.aliases.map(ownString)} : {}),
  });
  const {entries, unreadable} = loadLibraryFolder(folder.dir, io.cwd, (file) => loadProjectConfig(dirname(file)), undefined, keep);
  // A folder that cannot be listed is no library: a rank against it is unverified, not true.
  const unlisted = unreadable.find((u) => u.path === folder.dir);
  if (unlisted) {
    io.err(`${terminalSafeLine(unlisted.reason)} (named by ${terminalSafeLine(folder.namedBy)}): citations and ranks in prose are not checked against a library\n`);
    return null;
  }
  return {entries, byPath: new Map(entries.map((e) => [resolve(io.cwd, e.id), e]))};
}

/** A file the walk found: checked, or why it cannot be. */
type Found = {label: string; problem?: string | undefined};

const slashed = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/**
 * The files a path stands for, through the one folder walk: a folder's Markdown files (in the
 * walk's order, the ignore list left out), a glob's matches below its fixed part (`reports/*.md`,
 * `**`), or the path itself (a file named is checked whatever its name).
 */
function filesOf(arg: string, cwd: string, skip: WalkOptions['skip']): Found[] {
  let folder = false;
  let exists = false;
  try {
    folder = statSync(resolve(cwd, arg)).isDirectory();
    exists = true;
  } catch {
    // Not there: a glob, or checkFile says so.
  }
  // A file that is there is that file, even with a glob's characters in its name (`a[1].md`).
  if (!folder && exists) return [{label: arg}];
  const scan = picomatch.scan(arg);
  if (!folder && !scan.isGlob) return [{label: arg}];
  const base = folder ? arg : scan.base || '.';
  const match = folder ? null : picomatch(arg, {dot: false});
  let found;
  try {
    found = walkMarkdown(resolve(cwd, base), skip ? {skip} : {});
  } catch (error) {
    // The folder cannot be listed: a result of its own. (A config that cannot be read stops the check.)
    if (!(error instanceof FolderWalkError)) throw error;
    return [{label: arg, problem: folder ? error.message.replace(resolve(cwd, base), base) : `${arg}: no Markdown file matches`}];
  }
  const out: Found[] = [];
  for (const f of found) {
    const label = base === '.' ? f.below : join(base, f.below);
    if (match && !match(slashed(relative(cwd, resolve(cwd, label))))) continue;
    out.push({label, problem: f.problem});
  }
  if (out.length === 0) out.push({label: arg, problem: `${arg}: no Markdown file ${folder ? 'in this folder' : 'matches'}`});
  return out;
}

function formatOf(opts: Options): Format {
  if (opts.format !== undefined && !FORMATS.includes(opts.format as Format)) {
    throw new UsageError(`check --format: "${terminalSafeLine(opts.format)}" is not a format; use ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}`);
  }
  if (opts.json && opts.format !== undefined && opts.format !== 'json') throw new UsageError(`check: --json means --format json, not --format ${terminalSafeLine(opts.format)}`);
  return opts.json ? 'json' : ((opts.format as Format | undefined) ?? 'text');
}

function maxWarningsOf(opts: Options): number | null {
  if (opts.maxWarnings === undefined) return null;
  if (!/^\d+$/.test(opts.maxWarnings)) throw new UsageError(`check --max-warnings: "${terminalSafeLine(opts.maxWarnings)}" is not a whole number of warnings (0 or more)`);
  return Number(opts.maxWarnings);
}

function outputOf(format: Format, io: CommandContext['io']): Output {
  const safe = (text: string) => io.out(terminalSafe(text));
  const note = (text: string) => io.err(terminalSafe(text));
  switch (format) {
    case 'json':
      return jsonOutput(io.out, note);
    case 'sarif':
      return sarifOutput(io.out, note);
    case 'github':
      return githubOutput(safe, io.env.GITHUB_STEP_SUMMARY || undefined);
    default:
      return textOutput(safe);
  }
}

/**
 * Check every report named, printing each file's result as it is checked; exit 1 when any has
 * an error or cannot be read (with --strict, a warning; with --max-warnings N, more than N warnings).
 */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  if (args.length === 0) throw new UsageError('check needs at least one report, folder or - (standard input): role-wizard check REPORT.md');
  const format = formatOf(opts);
  const maxWarnings = maxWarningsOf(opts);
  if (args.filter((a) => a === STDIN).length > 1) throw new UsageError('check: - (standard input) can be given once');
  if (args.includes(STDIN) && io.stdinIsTTY) throw new UsageError('check: - reads a report from standard input, but standard input is a terminal: pipe a report in (cat report.md | role-wizard check -)');
  if (opts.fix && args.includes(STDIN)) throw new UsageError('check --fix rewrites report files in place; it cannot fix standard input');
  const skip = ignoreRule(io.cwd, opts.ignore ?? []);
  const library = readLibrary(io, opts.library);
  const output = outputOf(format, io);
  const totals: Totals = {files: 0, errors: 0, warnings: 0, notReports: 0};
  let failed = false;
  const passes = (r: FileResult) => isNotReport(r) || (!isUnreadable(r) && r.errors === 0 && (!opts.strict || r.warnings === 0));
  const take = (r: FileResult) => {
    totals.files++;
    if (isUnreadable(r)) totals.errors++;
    else if (isNotReport(r)) totals.notReports++;
    else {
      totals.errors += r.errors;
      totals.warnings += r.warnings;
    }
    const ok = passes(r);
    if (!ok) failed = true;
    output.file(r, ok);
  };
  for (const arg of args) {
    if (arg === STDIN) {
      take(await checkStdin(io.cwd, library));
      continue;
    }
    for (const f of filesOf(arg, io.cwd, skip)) {
      take(f.problem === undefined ? checkFile(f.label, io.cwd, library, opts.fix === true) : {file: f.label, error: f.problem.startsWith(`${f.label}:`) ? f.problem : `${f.label}: ${f.problem}`, line: null});
      // Memory bounded by one report's result: a slow reader of the output holds the check back.
      await io.drained?.();
    }
  }
  output.end(totals);
  if (maxWarnings !== null && totals.warnings > maxWarnings) {
    io.err(`check: ${totals.warnings} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    failed = true;
  }
  return failed ? 1 : 0;
}
