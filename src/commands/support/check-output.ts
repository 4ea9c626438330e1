/**
 * What `check` prints, one file's result at a time, so that its memory is bounded by the largest
 * report and not by the library: text, a JSON array written as it goes, GitHub workflow
 * annotations (within GitHub's limits, the rest said in the log and a job summary), or SARIF 2.1.0
 * written as it goes. Each format keeps counts, the default rules' hints (said once per run) and,
 * for the job summary, at most GitHub's 1 MiB of text.
 */
import {jsonText, terminalSafeLine} from '../../io/terminal-text.js';
import {appendToFile} from '../../io/write-file.js';
import type {DefaultRule} from '../../method/definition.js';
import {withThousands} from '../../method/format.js';
import {type Scorecard, scorecardJson} from '../../method/score.js';
import {type CheckConventions, defaultRuleHint, type Discrepancy} from '../../report/check/check.js';
import {describeDiscrepancy, describeField} from '../../report/check/describe.js';
import {markdownCellText} from '../../report/library-index.js';
import type {ParsedReport} from '../../report/parse.js';
import type {LocatedStatement} from '../../report/check/prose-check.js';
import {reportVariantsJson} from '../../report/check/variant-check.js';
import {VERSION} from '../../version.js';
import {workflowCommand} from './workflow-commands.js';

export type Format = 'text' | 'json' | 'github' | 'sarif';
export const FORMATS: readonly Format[] = ['text', 'json', 'github', 'sarif'];
export const STDIN_LABEL = '<stdin>';

export type Checked = {
  file: string;
  card: Scorecard;
  discrepancies: Discrepancy[];
  errors: number;
  warnings: number;
  conventions: CheckConventions;
  parsed: ParsedReport;
  /** Every figure recognised in the prose, stale or not. */
  statements: LocatedStatement[];
  /** With --fix: how many figures were rewritten. */
  fixed?: number;
};
export type Unreadable = {file: string; error: string; line: number | null};
/** A Markdown file that is not a report (none of its sections, or an index): listed, not an error. */
export type NotReport = {file: string; notReport: string};
export type FileResult = Checked | Unreadable | NotReport;

export const isUnreadable = (r: FileResult): r is Unreadable => 'error' in r;
export const isNotReport = (r: FileResult): r is NotReport => 'notReport' in r;

/** The run's counts: files seen, errors (an unreadable file is one), warnings, files that are not reports. */
export type Totals = {files: number; errors: number; warnings: number; notReports: number};

export type Output = {
  /** One file's result, printed at once. `passes` says whether it passes (--strict). */
  file(result: FileResult, passes: boolean): void;
  /** The end: the count line, and what a format writes last. */
  end(totals: Totals): void;
};

type Write = (text: string) => void;

const plural = (n: number, word: string, many = `${word}s`) => `${withThousands(n)} ${n === 1 ? word : many}`;

/** "Checked 12 files: 1 error, 2 warnings, 1 not a report." */
function countLine(t: Totals): string {
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
  if (t.notReports > 0) parts.push(plural(t.notReports, 'not a report', 'not reports'));
  return `Checked ${plural(t.files, 'file')}: ${parts.join(', ')}.\n`;
}

/** The hints of the default rules, each said the first time it applies (per rule and config), never again. */
function hintsOnce() {
  const said = new Set<string>();
  return (result: Checked): string[] => {
    const out: string[] = [];
    for (const d of result.discrepancies) {
      if (!d.defaultRule) continue;
      const key = `${d.defaultRule}\u0000${result.conventions.file ?? ''}`;
      if (said.has(key)) continue;
      said.add(key);
      out.push(defaultRuleHint(d.defaultRule as DefaultRule, result.conventions));
    }
    return out;
  };
}

/** What a report's warnings are about: documented defaults not followed, stale figures in prose, claims about variants. */
function warningKinds(discrepancies: readonly Discrepancy[]): string {
  const warnings = discrepancies.filter((d) => d.severity === 'warning');
  const kinds = [
    warnings.some((d) => d.defaultRule !== 'proseFigures' && d.defaultRule !== 'variantClaims') ? 'differences from documented defaults' : null,
    warnings.some((d) => d.defaultRule === 'proseFigures') ? 'stale figures in prose' : null,
    warnings.some((d) => d.defaultRule === 'variantClaims') ? 'claims of the prose that the figures contradict' : null,
  ].filter((k) => k !== null);
  return `${kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : (kinds[0] ?? 'differences from documented defaults')}, not the method's arithmetic`;
}

function summaryOf(c: Scorecard): string {
  return `${c.display.scoreShort ?? '—'} ${c.zone ?? '—'}${c.subLabel ? `, ${c.subLabel}` : ''}`;
}

function unreadableText(result: Unreadable): string {
  // Most reasons name the file (and line) already: said once.
  return result.error.startsWith(`${result.file}:`) ? `${terminalSafeLine(result.error)}\n` : `${terminalSafeLine(result.file)}: cannot check: ${terminalSafeLine(result.error)}\n`;
}

/** Text for a person: each file's verdict and findings; a default rule's hint the first time it applies. */
export function textOutput(write: Write): Output {
  const hints = hintsOnce();
  return {
    file(result) {
      const file = terminalSafeLine(result.file);
      if (isUnreadable(result)) return write(unreadableText(result));
      if (isNotReport(result)) return write(`${file}: not a report (${terminalSafeLine(result.notReport)})\n`);
      const summary = summaryOf(result.card);
      const fixed = result.fixed ? `${file}: fixed ${plural(result.fixed, 'figure')}\n` : '';
      const unverified = result.statements.filter((st) => st.status === 'unverified').length;
      const note = unverified ? `  (${plural(unverified, 'figure')} in prose not verified: --json lists them)\n` : '';
      if (result.discrepancies.length === 0) return write(`${fixed}${file}: no discrepancy (${summary})\n${note}`);
      const head =
        result.errors === 0
          ? `${file}: no error; ${plural(result.warnings, 'warning')}: ${warningKinds(result.discrepancies)} (${summary})`
          : `${file}: ${plural(result.errors, 'error')}${result.warnings ? `, ${plural(result.warnings, 'warning')}` : ''} (correct: ${summary})`;
      const lines = result.discrepancies.map((d) => `  line ${d.line}: ${d.severity}: ${terminalSafeLine(describeDiscrepancy(d))}\n`);
      const said = hints(result).map((h) => `  (${terminalSafeLine(h)})\n`);
      write(`${fixed}${head}\n${lines.join('')}${said.join('')}${note}`);
    },
    end(totals) {
      write(countLine(totals));
    },
  };
}

function toJson(result: FileResult, passes: boolean) {
  if (isUnreadable(result)) return {file: result.file, ok: false, error: result.error, line: result.line, computed: null, errors: 1, warnings: 0, discrepancies: []};
  if (isNotReport(result)) return {file: result.file, ok: true, notReport: result.notReport, computed: null, errors: 0, warnings: 0, discrepancies: []};
  return {
    file: result.file,
    ok: passes,
    errors: result.errors,
    warnings: result.warnings,
    // The scorecard in the `score --json` form, made only when it is printed.
    computed: scorecardJson(result.card),
    // The seniority variants (stated, or implied by the note) with their figures and claims.
    variants: reportVariantsJson(result.parsed, result.conventions.methodDefaults),
    discrepancies: result.discrepancies.map((d) => ({...d, message: describeDiscrepancy(d), ...(d.defaultRule ? {hint: defaultRuleHint(d.defaultRule, result.conventions)} : {})})),
    // Every figure recognised in the prose, so that anyone can see what was checked.
    statements: result.statements.map((st) => ({
      line: st.line,
      field: st.field,
      kind: st.kind,
      text: st.text,
      stated: st.stated,
      computed: st.computed,
      status: st.status,
      ...(st.cited ? {cited: st.cited} : {}),
      ...(st.suggestion ? {suggestion: st.suggestion} : {}),
    })),
    ...(result.fixed ? {fixed: result.fixed} : {}),
  };
}

/**
 * One JSON array, each file's object written as it is checked: the same bytes as the whole
 * array printed at once, without holding it. The count line goes to standard error.
 */
export function jsonOutput(write: Write, note: Write): Output {
  let first = true;
  return {
    file(result, passes) {
      const text = jsonText(toJson(result, passes)).replace(/^/gm, '  ');
      write(`${first ? '[\n' : ',\n'}${text}`);
      first = false;
    },
    end(totals) {
      write(first ? '[]\n' : '\n]\n');
      note(countLine(totals));
    },
  };
}

/** GitHub's limits on a step's annotations: 10 errors and 10 warnings per step, 50 annotations per job. */
const ANNOTATION_LIMITS = {errors: 10, warnings: 10, job: 50} as const;
/** GitHub's limit on a step's job summary: 1 MiB; the findings stop a little short of it. */
const SUMMARY_LIMIT = 1024 * 1024;
const SUMMARY_FINDINGS = SUMMARY_LIMIT - 16 * 1024;

/** A finding for the annotations, the log and the summary. */
type Finding = {level: 'error' | 'warning'; file: string | undefined; line: number | null; title: string; message: string};

function findingsOf(result: FileResult): Finding[] {
  const file = result.file === STDIN_LABEL ? undefined : result.file;
  if (isNotReport(result)) return [];
  if (isUnreadable(result)) return [{level: 'error', file, line: result.line, title: 'cannot read the report (role-wizard check)', message: result.error}];
  return result.discrepancies.map((d) => ({level: d.severity, file, line: d.line, title: `${describeField(d.field)} (role-wizard check)`, message: describeDiscrepancy(d)}));
}

/**
 * GitHub Actions: the first 10 errors and 10 warnings as annotations (what GitHub shows), the
 * rest as plain log lines, a notice saying how many were not annotated, and, when
 * $GITHUB_STEP_SUMMARY names a file, a Markdown job summary appended to it: the counts, then
 * every finding with its file and line (up to GitHub's 1 MiB, then how many more).
 */
export function githubOutput(write: Write, summaryFile: string | undefined): Output {
  const hints = hintsOnce();
  const shown = {error: 0, warning: 0};
  const notShown = {error: 0, warning: 0};
  let rows = '';
  let rowsLeftOut = 0;
  const saidHints: string[] = [];
  return {
    file(result) {
      if (isNotReport(result)) {
        write(`${terminalSafeLine(result.file)}: not a report (${terminalSafeLine(result.notReport)})\n`);
        return;
      }
      for (const f of findingsOf(result)) {
        const annotated = shown[f.level] < ANNOTATION_LIMITS[`${f.level}s`] && shown.error + shown.warning < ANNOTATION_LIMITS.job;
        if (annotated) {
          shown[f.level]++;
          write(workflowCommand({level: f.level, file: f.file, ...(f.line === null ? {} : {line: f.line}), title: f.title, message: f.message}));
        } else {
          notShown[f.level]++;
          const where = f.file === undefined ? STDIN_LABEL : `${f.file}${f.line === null ? '' : `:${f.line}`}`;
          write(`${terminalSafeLine(where)}: ${f.level}: ${terminalSafeLine(f.message)}\n`);
        }
        if (summaryFile === undefined) continue;
        const row = `| ${markdownCellText(f.file ?? STDIN_LABEL)} | ${f.line ?? '—'} | ${f.level} | ${markdownCellText(f.message)} |\n`;
        if (rows.length + row.length <= SUMMARY_FINDINGS) rows += row;
        else rowsLeftOut++;
      }
      if (!isUnreadable(result)) {
        for (const h of hints(result)) {
          write(`${terminalSafeLine(h)}\n`);
          saidHints.push(h);
        }
      }
    },
    end(totals) {
      const hidden = notShown.error + notShown.warning;
      const beyond =
        hidden === 0
          ? null
          : `${plural(notShown.error, 'error')} and ${plural(notShown.warning, 'warning')} were not shown as annotations ` +
            `(GitHub shows ${ANNOTATION_LIMITS.errors} errors and ${ANNOTATION_LIMITS.warnings} warnings per step, ${ANNOTATION_LIMITS.job} per job): ` +
            `they are in this log${summaryFile === undefined ? '' : ', and the job summary lists every finding'}.`;
      if (beyond) write(workflowCommand({level: 'notice', title: 'role-wizard check', message: beyond}));
      write(countLine(totals));
      if (summaryFile === undefined) return;
      const out: string[] = ['## role-wizard check', '', countLine(totals).trim(), ''];
      if (beyond) out.push(`> ${beyond}`, '');
      if (rows) out.push('| File | Line | Level | Finding |', '|---|---:|---|---|', rows);
      if (rowsLeftOut > 0) out.push(`${plural(rowsLeftOut, 'more finding')} not listed here: GitHub keeps at most 1 MiB of a step's summary; the log lists every one.`, '');
      if (saidHints.length) out.push('Default rules:', '', ...saidHints.map((h) => `- ${markdownCellText(h)}`), '');
      try {
        // Through the one writer: every byte of the summary, or a word that it was not written.
        appendToFile(summaryFile, `${out.join('\n')}\n`, '$GITHUB_STEP_SUMMARY');
      } catch (error) {
        write(`role-wizard check: cannot write the job summary: ${(error as Error).message}\n`);
      }
    },
  };
}

/** The SARIF rules: the method's arithmetic, each documented default, a report that cannot be read. */
const SARIF_RULES = [
  {id: 'arithmetic', shortDescription: {text: "A stated figure contradicts the method's arithmetic"}},
  {id: 'default.subLabel', shortDescription: {text: 'A sub-label other than the documented defaults give'}},
  {id: 'default.quickScreen', shortDescription: {text: 'A quick-screen line worded or banded otherwise than the documented defaults'}},
  {id: 'default.taskLabel', shortDescription: {text: 'A split computed from a suggested Aug/Disp label'}},
  {id: 'unreadable', shortDescription: {text: 'A report that cannot be read'}},
] as const;

/** A path as a SARIF artifact URI: relative, `/`-separated, percent-encoded. */
const artifactUri = (file: string) => encodeURI(file.split('\\').join('/')).replace(/[?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function sarifResult(f: Finding, ruleId: string) {
  return {
    ruleId,
    ruleIndex: SARIF_RULES.findIndex((r) => r.id === ruleId),
    level: f.level,
    message: {text: f.message},
    ...(f.file === undefined
      ? {}
      : {locations: [{physicalLocation: {artifactLocation: {uri: artifactUri(f.file), uriBaseId: '%SRCROOT%'}, ...(f.line === null || f.line < 1 ? {} : {region: {startLine: f.line}})}}]}),
  };
}

/** SARIF 2.1.0 (GitHub code scanning and other tools), one run, its results written as they are found. The count line goes to standard error. */
export function sarifOutput(write: Write, note: Write): Output {
  let first = true;
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{tool: {driver: {name: 'role-wizard', version: VERSION, rules: SARIF_RULES}}, results: ['RESULTS']}],
  };
  const [before, after] = jsonText(head).split('"RESULTS"') as [string, string];
  write(before);
  return {
    file(result) {
      if (isNotReport(result)) return;
      const findings = findingsOf(result);
      const ids = isUnreadable(result) ? ['unreadable'] : result.discrepancies.map((d) => (d.rule === 'default' && d.defaultRule ? `default.${d.defaultRule}` : 'arithmetic'));
      findings.forEach((f, i) => {
        write(`${first ? '' : ',\n'}${jsonText(sarifResult(f, ids[i]!))}`);
        first = false;
      });
    },
    end(totals) {
      write(`${after}\n`);
      note(countLine(totals));
    },
  };
}
