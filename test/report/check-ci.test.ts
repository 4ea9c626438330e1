/**
 * `check` as CI reads it: a count line; GitHub annotations within GitHub's limits, a notice for
 * the rest and a job summary in $GITHUB_STEP_SUMMARY; SARIF 2.1.0 valid against its published
 * schema; --max-warnings; globs of its own; a default rule's hint said once per run.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import {describe, expect, it} from 'vitest';
import {renderReport} from '../../src/report/render.js';
import {FIXTURES, readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {folderWith as folderIn, tempFolder} from '../support/temp.js';
import type {Assessment} from '../../src/method/types.js';

const folderWith = (name: string, files: Record<string, string>) => folderIn(tempFolder('rw-check-ci-'), name, files);
const planted = readFileSync(join(FIXTURES, 'reports/planted-errors.md'), 'utf8');
const paralegal = renderReport(readFixture('yellow-paralegal.json') as Assessment);
/** Under this config the paralegal's "Yellow (Urgent)" is one warning (the team says "Yellow (Act Now)"). */
const WARN_CONFIG = JSON.stringify({methodDefaults: {subLabelYellowUrgent: 'Yellow (Act Now)'}});

/** 3 reports of 7 errors each (21), 12 of one warning each, a README that is not a report. */
function library() {
  const files: Record<string, string> = {'role-wizard.config.json': WARN_CONFIG, 'reports/README.md': '# Our reports\n\nWritten by the team.\n'};
  for (let i = 0; i < 3; i++) files[`reports/bad-${i}.md`] = planted;
  for (let i = 0; i < 12; i++) files[`reports/warn-${String(i).padStart(2, '0')}.md`] = paralegal;
  return folderWith('ci-library', files);
}

describe('check: the count line', () => {
  it('ends the output with files, errors, warnings and the files that are not reports', () => {
    const dir = library();
    const r = runCli(['check', 'reports'], {cwd: dir});
    expect(r.code).toBe(1);
    expect(r.stdout.endsWith('Checked 16 files: 21 errors, 12 warnings, 1 not a report.\n')).toBe(true);
    // The default rule's hint (with the config's path) once in the run, not once per warning.
    expect(r.stdout.match(/default rule "subLabel"/g)).toHaveLength(1);
    expect(r.stdout.split(join(dir, 'role-wizard.config.json')).length - 1).toBe(1);
    // --json and --format sarif keep standard output a document: the count goes to standard error.
    const json = runCli(['check', 'reports', '--json'], {cwd: dir});
    expect(JSON.parse(json.stdout)).toHaveLength(16);
    expect(json.stderr).toBe('Checked 16 files: 21 errors, 12 warnings, 1 not a report.\n');
  });
});

describe('check --format github', () => {
  it("annotates GitHub's 10 errors and 10 warnings, logs the rest, says how many were not annotated, and writes the job summary", () => {
    const dir = library();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '## An earlier step\n\n');
    const r = runCli(['check', 'reports', '--format', 'github'], {cwd: dir, env: {GITHUB_STEP_SUMMARY: summary}});
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    // The rest are plain log lines, each with its file and line.
    expect(lines.filter((l) => /^reports\/bad-\d\.md:\d+: error: /.test(l))).toHaveLength(11);
    expect(lines.filter((l) => /^reports\/warn-\d\d\.md:\d+: warning: /.test(l))).toHaveLength(2);
    expect(r.stdout).toContain(
      '::notice title=role-wizard check::11 errors and 2 warnings were not shown as annotations (GitHub shows 10 errors and 10 warnings per step, 50 per job): they are in this log, and the job summary lists every finding.',
    );
    expect(r.stdout).toContain('reports/README.md: not a report');
    expect(r.stdout.endsWith('Checked 16 files: 21 errors, 12 warnings, 1 not a report.\n')).toBe(true);

    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('## An earlier step\n\n## role-wizard check\n\nChecked 16 files: 21 errors, 12 warnings, 1 not a report.\n')).toBe(true);
    expect(written).toContain('> 11 errors and 2 warnings were not shown as annotations');
    // Every finding, with its file and line: 21 errors and 12 warnings.
    const rows = written.split('\n').filter((l) => /^\| reports\//.test(l));
    expect(rows.filter((l) => / \| error \| /.test(l))).toHaveLength(21);
    expect(rows.filter((l) => / \| warning \| /.test(l))).toHaveLength(12);
    expect(rows).toContain('| reports/bad-0.md | 83 | error | Raw: stated Raw: 4.70 x 1.32 x 1.08 x 1.10 = 7.3740, correct Raw: 4.70 x 1.32 x 1.08 x 1.10 = 7.3704 |');
    expect(written.match(/default rule "subLabel"/g)).toHaveLength(1);
  });

  it('says nothing of limits when every finding is annotated, and writes no summary without $GITHUB_STEP_SUMMARY', () => {
    const dir = folderWith('ci-small', {'bad.md': planted});
    const r = runCli(['check', 'bad.md', '--format', 'github'], {cwd: dir, env: {GITHUB_STEP_SUMMARY: ''}});
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error '))).toHaveLength(7);
    expect(r.stdout).not.toContain('::notice');
  });
});

describe('check --format sarif', () => {
  // The schema's language pattern is not valid as a Unicode regular expression: compiled without the u flag.
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const validate = new AjvDraft04.default({allErrors: true, strict: false, unicodeRegExp: false}).compile(schema);

  it('is SARIF 2.1.0, valid against its schema, with one result per finding at its file and line', () => {
    const dir = library();
    writeFileSync(join(dir, 'reports', 'cut-short.md'), planted.split('\n').slice(0, 30).join('\n'));
    const r = runCli(['check', 'reports', '--format', 'sarif'], {cwd: dir});
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results as Array<{ruleId: string; level: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region?: {startLine: number}}}>}>;
    expect(results.filter((x) => x.level === 'error')).toHaveLength(22);
    expect(results.filter((x) => x.level === 'warning')).toHaveLength(12);
    expect(results.filter((x) => x.ruleId === 'unreadable').map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['reports/cut-short.md']);
    const raw = results.find((x) => x.ruleId === 'arithmetic' && x.locations[0]!.physicalLocation.region?.startLine === 83);
    expect(raw?.locations[0]!.physicalLocation.artifactLocation.uri).toBe('reports/bad-0.md');
    expect(results.filter((x) => x.ruleId === 'default.subLabel')).toHaveLength(12);
    expect(r.stderr).toBe('Checked 17 files: 22 errors, 12 warnings, 1 not a report.\n');
  });

  it('the schema itself refuses what is not SARIF (the validator is no rubber stamp)', () => {
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {}}}]})).toBe(false);
  });
});

describe('check --max-warnings', () => {
  it('exits 1 when the warnings pass the number, 0 at it; a number is required', () => {
    const dir = folderWith('ci-max', {'role-wizard.config.json': WARN_CONFIG, 'a.md': paralegal, 'b.md': paralegal});
    expect(runCli(['check', '.', '--max-warnings', '2'], {cwd: dir}).code).toBe(0);
    const over = runCli(['check', '.', '--max-warnings', '1'], {cwd: dir});
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('check: 2 warnings, more than --max-warnings 1 allows');
    expect(runCli(['check', '.', '--max-warnings', 'many'], {cwd: dir}).code).toBe(2);
  });
});

describe('check: globs of its own', () => {
  it("'reports/*.md' and '**' through the one folder walk; a glob that matches nothing is an error", () => {
    const dir = folderWith('ci-globs', {'reports/a.md': paralegal, 'reports/deep/b.md': paralegal, 'other/c.md': paralegal, 'notes.txt': 'x'});
    const files = (args: string[]) =>
      runCli(['check', ...args], {cwd: dir})
        .stdout.split('\n')
        .filter((l) => l.includes(': no discrepancy'))
        .map((l) => l.split(':')[0]);
    expect(files(['reports/*.md'])).toEqual(['reports/a.md']);
    expect(files(['reports/**/*.md'])).toEqual(['reports/a.md', 'reports/deep/b.md']);
    expect(files(['**'])).toEqual(['other/c.md', 'reports/a.md', 'reports/deep/b.md']);
    // A file that is there is checked as named, whatever characters its name holds.
    writeFileSync(join(dir, 'reports', 'a[1].md'), paralegal);
    expect(files(['reports/a[1].md'])).toEqual(['reports/a[1].md']);
    const none = runCli(['check', 'nowhere/*.md'], {cwd: dir});
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('nowhere/*.md: no Markdown file matches');
  });
});

describe('check streams its results', () => {
  it("prints each file's result as it is checked, and waits for a slow reader between files (--json: one array, written as it goes)", async () => {
    const {run} = await import('../../src/commands/check.js');
    const dir = folderWith('ci-stream', Object.fromEntries(Array.from({length: 5}, (_, i) => [`r-${i}.md`, paralegal])));
    for (const format of ['text', 'json']) {
      const written: string[] = [];
      const seenAtEachWait: number[] = [];
      const io = {
        out: (t: string) => void written.push(t),
        err: () => {},
        cwd: dir,
        env: {},
        stdinIsTTY: true,
        stdoutIsTTY: false,
        drained: async () => void seenAtEachWait.push(written.length),
      };
      expect(await run({args: ['.'], opts: {format}, io})).toBe(0);
      // Before reading the next file, the one before is out: 1, 2, 3, 4, 5 pieces of output.
      expect(seenAtEachWait).toEqual([1, 2, 3, 4, 5]);
      if (format === 'json') expect(JSON.parse(written.join(''))).toHaveLength(5);
    }
  });
});
