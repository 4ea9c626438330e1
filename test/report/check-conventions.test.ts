/**
 * check on reports a team already has: errors (the method's arithmetic, the time sum) against
 * warnings (a documented default not followed), the team's config, folders, standard input and
 * the GitHub format.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {escapeData, escapeProperty, workflowCommand} from '../../src/commands/support/workflow-commands.js';
import {checkParsedReport} from '../../src/report/check/check.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {folderWith as folderOf, tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-conventions-');
const fixture = (name: string) => readFixture(`${name}.json`) as Assessment;

/** A Green role that is not Accelerated (Growth 1): its sub-label is a default's. Its prose says so too (check reads figures stated in prose). */
const greenStable = (): Assessment => {
  const a = fixture('model-alignment-researcher');
  return {...a, growth: {...a.growth, score: 1}, growthCheck: a.growthCheck.replace('Confirmed at +2', 'Confirmed at +1')};
};

function replaceLine(text: string, starts: string, by: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(starts));
  expect(i, `no line starting ${starts}`).toBeGreaterThanOrEqual(0);
  lines[i] = by;
  return lines.join('\n');
}

/** Reports in the reference format, every figure right, sub-label and quick screen worded by another team. */
function conventionReports(): Record<string, string> {
  const green = replaceLine(renderReport(greenStable()), '| Sub-label |', '| Sub-label | Green |');
  const red = replaceLine(renderReport(fixture('red-data-entry-clerk')), '| Sub-label |', '| Sub-label | Red |');
  let yellow = replaceLine(renderReport(fixture('yellow-paralegal')), '| Sub-label |', '| Sub-label | Yellow |');
  yellow = replaceLine(yellow, 'Quick screen result:', 'Quick screen result: Protective 2 + Correlation 0 = Likely Red or low Yellow Zone. Proceed to confirm.');
  return {'green.md': green, 'red.md': red, 'yellow.md': yellow};
}

const folderWith = (name: string, files: Record<string, string>) => folderOf(tmp, name, files);

type JsonResult = {file: string; ok: boolean; errors: number; warnings: number; discrepancies: Array<{field: string; severity: string; rule: string; defaultRule?: string; line: number}>};
const json = (stdout: string): JsonResult[] => JSON.parse(stdout);
/** The output without its last line, the count ("Checked 3 files: 0 errors, 0 warnings."). */
const withoutCountLine = (stdout: string) => stdout.replace(/^Checked [\d,]+ files?: .*\n$/m, '');

describe('check: errors and warnings', () => {
  const reports = folderWith('conventions', conventionReports());

  it('figures right, sub-label and quick screen in other words: exit 0, warnings listed, no error', () => {
    const r = runCli(['check', reports, '--json']);
    expect(r.code).toBe(0);
    const results = json(r.stdout);
    expect(results.map((x) => [x.file.replace(`${reports}/`, ''), x.ok, x.errors, x.warnings])).toEqual([
      ['green.md', true, 0, 1],
      ['red.md', true, 0, 1],
      ['yellow.md', true, 0, 2],
    ]);
    const all = results.flatMap((x) => x.discrepancies);
    expect(all.every((d) => d.severity === 'warning' && d.rule === 'default')).toBe(true);
    expect(all.map((d) => `${d.field}:${d.defaultRule}`).sort()).toEqual(['quickScreen:quickScreen', 'subLabel:subLabel', 'subLabel:subLabel', 'subLabel:subLabel']);

    const text = runCli(['check', reports]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('green.md: no error; 1 warning: differences from documented defaults');
    expect(text.stdout).toMatch(/line \d+: warning: Sub-label: stated Green; the documented default gives Green \(Stable\)/);
    expect(text.stdout).toMatch(/line \d+: warning: Quick screen result: stated Protective 2 \+ Correlation 0 = Likely Red or low Yellow Zone/);
    expect(text.stdout).toContain('"rules": {"subLabel": "off"}');
    expect(text.stdout).not.toContain('error:');
  });

  it('--strict makes the warnings fail', () => {
    expect(runCli(['check', reports, '--strict']).code).toBe(1);
    expect(json(runCli(['check', reports, '--strict', '--json']).stdout).map((x) => x.ok)).toEqual([false, false, false]);
  });

  it('three planted arithmetic errors and a time sum of 95: exactly four errors', () => {
    const a = fixture('model-alignment-researcher');
    let text = renderReport({...a, tasks: a.tasks.map((t, i) => (i === 0 ? {...t, timePercent: 20} : t))}, {allowIncomplete: true});
    text = text.replace('| Protective Total | 4/9 |', '| Protective Total | 5/9 |');
    text = text.replace('1.0 + (8 x 0.04) = 1.32', '1.0 + (8 x 0.04) = 1.23');
    text = text.replace(/^Raw: (.*) = (\d+\.\d{3})\d$/m, 'Raw: $1 = $29');
    const path = join(folderWith('planted', {'planted.md': text}), 'planted.md');
    const r = runCli(['check', path, '--json']);
    expect(r.code).toBe(1);
    const [result] = json(r.stdout);
    expect(result!.errors).toBe(4);
    expect(result!.discrepancies.filter((d) => d.severity === 'error').map((d) => d.field)).toEqual(['protectiveTotal', 'taskTimeSum', 'evidenceModifier', 'raw']);
  });

  it('a split computed from a suggested Aug/Disp label is a convention (taskLabel); with every label stated it is arithmetic', () => {
    const paralegal = renderReport(fixture('yellow-paralegal'));
    // The author counts legal research (score 3) as displacement: the cell left blank, the split theirs.
    const blank = paralegal.replace('| 0.75 | AUGMENTATION |', '| 0.75 | |').replace('30% displacement, 50% augmentation', '55% displacement, 25% augmentation');
    expect(checkParsedReport(parseReport(blank)).discrepancies).toEqual([expect.objectContaining({field: 'split', severity: 'warning', rule: 'default', defaultRule: 'taskLabel'})]);
    const stated = paralegal.replace('30% displacement, 50% augmentation', '55% displacement, 25% augmentation');
    expect(checkParsedReport(parseReport(stated)).discrepancies).toEqual([expect.objectContaining({field: 'split', severity: 'error', rule: 'seed'})]);
  });

  it('a sub-label that names another zone, or claims or misses Accelerated, is an error, not a convention', () => {
    const accelerated = renderReport(fixture('model-alignment-researcher'));
    const cases = {
      'missed.md': replaceLine(accelerated, '| Sub-label |', '| Sub-label | Green (Transforming) |'),
      'claimed.md': replaceLine(renderReport(greenStable()), '| Sub-label |', '| Sub-label | Green (Accelerated) |'),
      'zone.md': replaceLine(renderReport(fixture('yellow-paralegal')), '| Sub-label |', '| Sub-label | Green (Stable) |'),
      'sums.md': replaceLine(accelerated, 'Quick screen result:', 'Quick screen result: Protective 5 + Correlation 2 = Likely Green Zone (Accelerated). Proceed to confirm.'),
    };
    const r = runCli(['check', folderWith('wrong-sub-labels', cases), '--json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((x) => x.discrepancies.map((d) => `${d.field}:${d.severity}:${d.rule}`))).toEqual([
      ['subLabel:error:seed'],
      ['subLabel:error:seed'],
      ['quickScreen:error:seed'],
      ['subLabel:error:seed'],
    ]);
  });
});

describe('check: the team config', () => {
  it('rules turned off: the same reports give no warning, even with --strict', () => {
    const dir = folderWith('config-off', {
      ...Object.fromEntries(Object.entries(conventionReports()).map(([f, t]) => [`reports/${f}`, t])),
      'role-wizard.config.json': JSON.stringify({rules: {subLabel: 'off', quickScreen: 'off', taskLabel: 'off'}}),
    });
    const r = runCli(['check', join(dir, 'reports'), '--strict', '--json']);
    expect(r.code).toBe(0);
    expect(json(r.stdout).map((x) => x.warnings + x.errors)).toEqual([0, 0, 0]);
    const text = runCli(['check', join(dir, 'reports')]).stdout;
    expect(text.endsWith('Checked 3 files: 0 errors, 0 warnings.\n')).toBe(true);
    expect(withoutCountLine(text)).not.toContain('warning');
  });

  it('"error" makes a default rule fail; its method defaults decide the sub-label', () => {
    // yellowUrgentShare 60: the paralegal's 55% is Yellow (Moderate) for this team.
    const paralegal = renderReport(fixture('yellow-paralegal'));
    const dir = folderWith('config-error', {
      'role-wizard.config.json': JSON.stringify({methodDefaults: {yellowUrgentShare: 60}, rules: {subLabel: 'error'}}),
      'paralegal.md': paralegal,
    });
    const r = runCli(['check', dir, '--json']);
    expect(r.code).toBe(1);
    const [result] = json(r.stdout);
    expect(result!.discrepancies).toEqual([expect.objectContaining({field: 'subLabel', severity: 'error', rule: 'default', defaultRule: 'subLabel', expected: expect.stringContaining('Yellow (Moderate)')})]);
  });

  it('the same keys under "role-wizard" in package.json', () => {
    const dir = folderWith('config-package', {
      'package.json': JSON.stringify({name: 'team-reports', private: true, 'role-wizard': {rules: {subLabel: 'off', quickScreen: 'off'}}}),
      ...Object.fromEntries(Object.entries(conventionReports()).map(([f, t]) => [`docs/${f}`, t])),
    });
    const r = runCli(['check', dir, '--strict']);
    expect(withoutCountLine(r.stdout)).not.toContain('warning');
    expect(r.code).toBe(0);
  });

  it('score and export use the same config; the export states the defaults, so it checks clean anywhere', () => {
    const dir = folderWith('config-score', {
      'role-wizard.config.json': JSON.stringify({methodDefaults: {yellowUrgentShare: 60}}),
      'paralegal.json': JSON.stringify(fixture('yellow-paralegal')),
    });
    expect(JSON.parse(runCli(['score', 'paralegal.json', '--json'], {cwd: dir}).stdout).subLabel).toBe('Yellow (Moderate)');
    const exported = runCli(['export', 'paralegal.json'], {cwd: dir});
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/\| Sub-label \| Yellow \(Moderate\)/);
    expect(exported.stdout).toContain('yellowUrgentShare = 60');
    const outside = folderWith('config-score-outside', {'paralegal.md': exported.stdout});
    const r = runCli(['check', outside, '--strict']);
    expect(r.stdout).toContain('no discrepancy');
    expect(r.code).toBe(0);
    // The config above the file applies, wherever the command runs; without one the role is Urgent (55% >= 40%).
    expect(JSON.parse(runCli(['score', join(dir, 'paralegal.json'), '--json'], {cwd: outside}).stdout).subLabel).toBe('Yellow (Moderate)');
    const plain = folderWith('no-config', {'paralegal.json': JSON.stringify(fixture('yellow-paralegal'))});
    expect(JSON.parse(runCli(['score', 'paralegal.json', '--json'], {cwd: plain}).stdout).subLabel).toBe('Yellow (Urgent)');
  });

  it('an invalid config stops the check with the file, the key and what is allowed', () => {
    const dir = folderWith('config-bad', {'role-wizard.config.json': JSON.stringify({rules: {subLabel: 'quiet'}}), 'r.md': conventionReports()['red.md']!});
    const r = runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'role-wizard.config.json')}: "rules.subLabel": expected one of "off", "warn", "error"`);
  });
});

describe('check: inputs as CI passes them, and the GitHub format', () => {
  const good = renderReport(fixture('model-alignment-researcher'));
  const bad = good.replace('| Protective Total | 4/9 |', '| Protective Total | 5/9 |').replace('1.0 + (8 x 0.04) = 1.32', '1.0 + (8 x 0.04) = 1.23');

  it('a folder: every *.md below it, but dot folders and node_modules; github: one ::error per error with file and line', () => {
    const dir = folderWith('ci', {
      'reports/a/bad.md': bad,
      'reports/b/good.md': good,
      'reports/notes.txt': bad,
      'reports/.drafts/bad.md': bad,
      'reports/node_modules/pkg/README.md': bad,
    });
    const r = runCli(['check', 'reports', '--format', 'github'], {cwd: dir});
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^::error file=reports\/a\/bad\.md,line=\d+,title=Protective Total \(role-wizard check\)::Protective Total: stated 5\/9, correct 4\/9$/),
      expect.stringMatching(/^::error file=reports\/a\/bad\.md,line=\d+,title=Evidence Modifier \(role-wizard check\)::Evidence Modifier: stated 1\.0 \+ \(8 x 0\.04\) = 1\.23, correct 1\.0 \+ \(8 x 0\.04\) = 1\.32$/),
      'Checked 2 files: 2 errors, 0 warnings.',
    ]);
    const text = runCli(['check', 'reports'], {cwd: dir}).stdout;
    expect(text.split('\n').filter((l) => /^\S/.test(l)).map((l) => l.split(':')[0])).toEqual(['reports/a/bad.md', 'reports/b/good.md', 'Checked 2 files']);
  });

  it('several paths and - for standard input', () => {
    const dir = folderWith('stdin', {'good.md': good});
    const r = runCli(['check', 'good.md', '-', '--json'], {cwd: dir, input: bad});
    expect(r.code).toBe(1);
    expect(json(r.stdout).map((x) => [x.file, x.errors])).toEqual([
      ['good.md', 0],
      ['<stdin>', 2],
    ]);
    const gh = runCli(['check', '-', '--format', 'github'], {cwd: dir, input: bad});
    expect(gh.stdout).toMatch(/^::error line=\d+,title=/m);
  });

  it('standard input over 5 MB is refused', () => {
    const r = runCli(['check', '-'], {input: 'x'.repeat(5 * 1024 * 1024 + 1)});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('<stdin>: more than 5.0 MB');
    expect(r.stdout).not.toContain('<stdin>: cannot check: <stdin>');
  });

  it('a folder without reports, and --json with another --format', () => {
    const empty = folderWith('empty', {'notes.txt': 'x'});
    expect(runCli(['check', empty]).stdout).toContain(': no Markdown file in this folder');
    expect(runCli(['check', empty, '--json', '--format', 'github']).code).toBe(2);
  });

  it('workflow commands escape what would end a property or start another command', () => {
    expect(escapeData('50% done\r\n::error::x')).toBe('50%25 done%0D%0A::error::x');
    expect(escapeProperty('a,b: c%\n')).toBe('a%2Cb%3A c%25%0A');
    const line = workflowCommand({level: 'warning', file: 'a,b.md', line: 3, title: 'x: y', message: 'one\n::error::two'});
    expect(line).toBe('::warning file=a%2Cb.md,line=3,title=x%3A y::one%0A::error::two\n');
    expect(line.split('\n')).toHaveLength(2);
  });
});

describe('our own exports always read back', () => {
  it('a method default in any number form we write (1e-7) checks clean and imports', () => {
    const a = {...fixture('yellow-paralegal'), methodDefaults: {yellowUrgentShare: 1e-7, greenTransformingShare: 12.5}};
    const text = renderReport(a, {appendix: true});
    expect(text).toContain('yellowUrgentShare = 1e-7');
    const dir = folderWith('number-forms', {'r.md': text});
    const r = runCli(['check', join(dir, 'r.md'), '--strict']);
    expect(r.stdout).toContain('no discrepancy');
    expect(r.code).toBe(0);
    const imported = runCli(['import', join(dir, 'r.md'), '--no-draft', '-o', join(dir, 'r.json')]);
    expect(imported.code).toBe(0);
    expect(runCli(['score', join(dir, 'r.json'), '--json']).code).toBe(0);
  });

  it('a default outside its range is refused at import and check, with the line and the allowed range', () => {
    const text = renderReport({...fixture('yellow-paralegal'), methodDefaults: {yellowUrgentShare: 30}}, {appendix: true}).replace('yellowUrgentShare = 30', 'yellowUrgentShare = -1');
    const dir = folderWith('out-of-range', {'r.md': text});
    const line = text.split('\n').findIndex((l) => l.includes('yellowUrgentShare = -1')) + 1;
    const message = `r.md:${line}: section "Method notes": the method default "yellowUrgentShare = -1" is out of range: yellowUrgentShare is a number from 0 to 100`;
    const imported = runCli(['import', 'r.md', '--no-draft', '-o', 'r.json'], {cwd: dir});
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(message);
    const checked = runCli(['check', 'r.md'], {cwd: dir});
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(message);
  });
});
