/**
 * `role-wizard check PATH... [--format text|json|github] [--strict] [--fix] [--library DIR]`:
 * recompute each report's figures from its own inputs and list every stated figure that differs,
 * in the computed lines and in the prose (this role's figures, and scores cited from the library's
 * roles and the reference roles). A path may be a report, a folder (every *.md below it, but in
 * dot folders and node_modules) or `-` (standard input). Each report is checked under the project
 * config found above its folder. Errors (arithmetic, unreadable files) fail the check; warnings (a
 * documented default not followed, a stale figure in prose) fail it only with --strict. --fix
 * rewrites the wrong figures in place. Loads neither zod nor the template engine nor any UI, so
 * that it checks over a thousand reports a second.
 */
import {dirname, join, resolve} from 'node:path';
import {statSync} from 'node:fs';
import {libraryFolder} from '../config/library-folder.js';
import {loadProjectConfig} from '../config/project-config.js';
import {CliError, UsageError} from '../io/errors.js';
import {jsonText, terminalSafe, terminalSafeLine} from '../io/terminal-text.js';
import type {DefaultRule} from '../method/definition.js';
import {underDefaults} from '../method/method-defaults.js';
import type {LibraryEntry} from '../method/calibration.js';
import {proseContext} from '../method/prose-figures.js';
import {type Scorecard, scorecardJson} from '../method/score.js';
import {type CheckConventions, checkParsedReport, defaultRuleHint, type Discrepancy} from '../report/check.js';
import {describeDiscrepancy, describeField} from '../report/describe.js';
import {UnreadableReportError} from '../report/errors.js';
import {loadLibraryFolder} from '../report/library-folder.js';
import type {ParsedReport} from '../report/parse.js';
import {applyEdits, computedEdit, type LocatedStatement, locateProse, proseDiscrepancy, proseEdit} from '../report/prose-check.js';
import {readReportText, readReportWithText} from '../report/read-file.js';
import {writeOutput} from '../report/write-output.js';
import {REPORT_LIMITS} from '../report/scan.js';
import type {CommandContext} from './io.js';
import {readStdin} from './stdin.js';
import {workflowCommand} from './workflow-commands.js';

type Format = 'text' | 'json' | 'github';
type Options = {json?: boolean; format?: string; strict?: boolean; fix?: boolean; library?: string};

const FORMATS: readonly Format[] = ['text', 'json', 'github'];
const STDIN = '-';
const STDIN_LABEL = '<stdin>';

type Checked = {
  file: string;
  card: Scorecard;
  discrepancies: Discrepancy[];
  errors: number;
  warnings: number;
  conventions: CheckConventions;
  /** Every figure recognised in the prose, stale or not. */
  statements: LocatedStatement[];
  /** With --fix: how many figures were rewritten. */
  fixed?: number;
};
type Unreadable = {file: string; error: string; line: number | null};
type FileResult = Checked | Unreadable;

const isUnreadable = (r: FileResult): r is Unreadable => 'error' in r;

/** The team library's reports (null when none is named), for the citations and a rank in the prose. */
type Library = LibraryEntry[] | null;

function checked(file: string, parsed: ParsedReport, text: string, configFrom: string, library: Library, path: string | null, cwd: string): Checked {
  const config = loadProjectConfig(configFrom);
  const {card, discrepancies} = checkParsedReport(parsed, config);
  const a = underDefaults(parsed.assessment, config.methodDefaults);
  const own = (e: LibraryEntry) => (path !== null && resolve(cwd, e.id) === path) || e.title.trim().toLowerCase() === a.role.jobTitle.trim().toLowerCase();
  const statements = locateProse(text, parsed, a, card, proseContext({title: a.role.jobTitle, citedAs: a.citedAs}, library, own));
  const level = config.rules.proseFigures;
  if (level !== 'off') {
    for (const s of statements) if (s.status === 'stale') discrepancies.push(proseDiscrepancy(s, level));
    discrepancies.sort((x, y) => x.line - y.line);
  }
  const errors = discrepancies.filter((d) => d.severity === 'error').length;
  return {file, card, discrepancies, errors, warnings: discrepancies.length - errors, conventions: config, statements};
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
  return isUnreadable(again) ? result : {...again, fixed: edits.length};
}

/** A report that cannot be read is one result among the others. (An invalid project config is no fault of a report: loadProjectConfig's error stops the whole check.) */
function unreadable(file: string, error: unknown): Unreadable {
  if (!(error instanceof CliError)) throw error;
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
  const {entries, unreadable} = loadLibraryFolder(folder.dir, io.cwd, (file) => loadProjectConfig(dirname(file)));
  // A folder that cannot be listed is no library: a rank against it is unverified, not true.
  const unlisted = unreadable.find((u) => u.path === folder.dir);
  if (unlisted) {
    io.err(`${terminalSafeLine(unlisted.reason)} (named by ${terminalSafeLine(folder.namedBy)}): citations and ranks in prose are not checked against a library\n`);
    return null;
  }
  return entries;
}

/** The reports a path stands for: a folder's *.md files (sorted), or the path itself. */
async function reportsUnder(arg: string, cwd: string): Promise<string[]> {
  let folder = false;
  try {
    folder = statSync(resolve(cwd, arg)).isDirectory();
  } catch {
    // Not there: checkFile says so.
  }
  if (!folder) return [arg];
  const {glob} = await import('tinyglobby');
  const found = await glob(['**/*.md'], {cwd: resolve(cwd, arg), ignore: ['**/node_modules/**'], dot: false, onlyFiles: true, followSymbolicLinks: false});
  return found.sort().map((f) => join(arg, f));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryOf(c: Scorecard): string {
  return `${c.display.scoreShort ?? '—'} ${c.zone ?? '—'}${c.subLabel ? `, ${c.subLabel}` : ''}`;
}

/** What a report's warnings are, in a few words: documented defaults not followed, figures in prose gone stale, or both. */
function warningsAre(ds: readonly Discrepancy[]): string {
  const prose = ds.some((d) => d.severity === 'warning' && d.defaultRule === 'proseFigures');
  const defaults = ds.some((d) => d.severity === 'warning' && d.defaultRule !== 'proseFigures');
  return prose && defaults ? 'differences from documented defaults and stale figures in prose' : prose ? 'stale figures in prose' : 'differences from documented defaults';
}

function describeText(result: FileResult): string {
  const file = terminalSafeLine(result.file);
  // Most reasons name the file (and line) already: said once.
  if (isUnreadable(result)) return result.error.startsWith(`${result.file}:`) ? `${terminalSafeLine(result.error)}\n` : `${file}: cannot check: ${terminalSafeLine(result.error)}\n`;
  const summary = summaryOf(result.card);
  const fixed = result.fixed ? `${file}: fixed ${plural(result.fixed, 'figure')}\n` : '';
  const unverified = result.statements.filter((s) => s.status === 'unverified').length;
  const note = unverified ? `  (${plural(unverified, 'figure')} in prose not verified: --json lists them)\n` : '';
  if (result.discrepancies.length === 0) return `${fixed}${file}: no discrepancy (${summary})\n${note}`;
  const head =
    result.errors === 0
      ? `${file}: no error; ${plural(result.warnings, 'warning')}: ${warningsAre(result.discrepancies)}, not from the method's arithmetic (${summary})`
      : `${file}: ${plural(result.errors, 'error')}${result.warnings ? `, ${plural(result.warnings, 'warning')}` : ''} (correct: ${summary})`;
  const lines = result.discrepancies.map((d) => `  line ${d.line}: ${d.severity}: ${terminalSafeLine(describeDiscrepancy(d))}\n`);
  const rules = [...new Set(result.discrepancies.flatMap((d) => (d.defaultRule ? [d.defaultRule] : [])))];
  const hints = rules.map((rule: DefaultRule) => `  (${terminalSafeLine(defaultRuleHint(rule, result.conventions))})\n`);
  return `${fixed}${head}\n${lines.join('')}${hints.join('')}${note}`;
}

function describeGithub(result: FileResult): string {
  const file = result.file === STDIN_LABEL ? undefined : result.file;
  if (isUnreadable(result)) {
    return workflowCommand({level: 'error', file, ...(result.line === null ? {} : {line: result.line}), title: 'cannot read the report (role-wizard check)', message: result.error});
  }
  return result.discrepancies
    .map((d) =>
      workflowCommand({
        level: d.severity,
        file,
        line: d.line,
        title: `${describeField(d.field)} (role-wizard check)`,
        message: d.defaultRule ? `${describeDiscrepancy(d)} (${defaultRuleHint(d.defaultRule, result.conventions)})` : describeDiscrepancy(d),
      }),
    )
    .join('');
}

function toJson(result: FileResult, passes: (r: FileResult) => boolean) {
  if (isUnreadable(result)) return {file: result.file, ok: false, error: result.error, line: result.line, computed: null, errors: 1, warnings: 0, discrepancies: []};
  return {
    file: result.file,
    ok: passes(result),
    errors: result.errors,
    warnings: result.warnings,
    // The scorecard in the `score --json` form, made only when it is printed.
    computed: scorecardJson(result.card),
    discrepancies: result.discrepancies.map((d) => ({...d, message: describeDiscrepancy(d), ...(d.defaultRule ? {hint: defaultRuleHint(d.defaultRule, result.conventions)} : {})})),
    // Every figure recognised in the prose, so that anyone can see what was checked.
    statements: result.statements.map((s) => ({
      line: s.line,
      field: s.field,
      kind: s.kind,
      text: s.text,
      stated: s.stated,
      computed: s.computed,
      status: s.status,
      ...(s.cited ? {cited: s.cited} : {}),
      ...(s.suggestion ? {suggestion: s.suggestion} : {}),
    })),
    ...(result.fixed ? {fixed: result.fixed} : {}),
  };
}

function formatOf(opts: Options): Format {
  if (opts.format !== undefined && !FORMATS.includes(opts.format as Format)) {
    throw new UsageError(`check --format: "${terminalSafeLine(opts.format)}" is not a format; use text, json or github`);
  }
  if (opts.json && opts.format !== undefined && opts.format !== 'json') throw new UsageError(`check: --json means --format json, not --format ${opts.format}`);
  return opts.json ? 'json' : ((opts.format as Format | undefined) ?? 'text');
}

/** Check every report named; exit 1 when any has an error (with --strict, a warning) or cannot be read. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  if (args.length === 0) throw new UsageError('check needs at least one report, folder or - (standard input): role-wizard check REPORT.md');
  const format = formatOf(opts);
  if (args.filter((a) => a === STDIN).length > 1) throw new UsageError('check: - (standard input) can be given once');
  if (opts.fix && args.includes(STDIN)) throw new UsageError('check --fix rewrites report files in place; it cannot fix standard input');
  if (args.includes(STDIN) && io.stdinIsTTY) throw new UsageError('check: - reads a report from standard input, but standard input is a terminal: pipe a report in (cat report.md | role-wizard check -)');
  const library = readLibrary(io, opts.library);
  const results: FileResult[] = [];
  for (const arg of args) {
    if (arg === STDIN) {
      results.push(await checkStdin(io.cwd, library));
      continue;
    }
    const files = await reportsUnder(arg, io.cwd);
    if (files.length === 0) results.push({file: arg, error: `${arg}: no *.md report in this folder`, line: null});
    for (const file of files) results.push(checkFile(file, io.cwd, library, opts.fix === true));
  }
  const passes = (r: FileResult) => !isUnreadable(r) && r.errors === 0 && (!opts.strict || r.warnings === 0);
  if (format === 'json') io.out(`${jsonText(results.map((r) => toJson(r, passes)))}\n`);
  else io.out(terminalSafe(results.map(format === 'github' ? describeGithub : describeText).join('')));
  return results.every(passes) ? 0 : 1;
}
