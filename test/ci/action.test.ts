/**
 * The GitHub Action (action.yml) run as GitHub runs it (test/ci/action-runner.ts) on a sample
 * team repository: it builds role-wizard from the action's own folder, then checks the reports,
 * with an annotation on each wrong line, the exit code CI goes by, and the job summary.
 */
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {validateAction} from '@action-validator/core';
import {beforeAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {FIXTURES, ROOT} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {makeTeamRepo} from '../library/support.js';
import {ACTION, ACTION_TEXT, actionFolder, runAction} from './action-runner.js';

/** Whether this build's check --format github writes the job summary (GITHUB_STEP_SUMMARY) the action relies on. */
const checkWritesSummary = (() => {
  const file = join(tempFolder('rw-summary-probe-'), 'summary.md');
  writeFileSync(file, '');
  runCli(['check', `${FIXTURES}reports/planted-errors.md`, '--format', 'github'], {env: {GITHUB_STEP_SUMMARY: file}});
  return readFileSync(file, 'utf8').trim() !== '';
})();
if (!checkWritesSummary) console.warn('check --format github writes no job summary in this build: the action\'s job summary test is skipped');

const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));
const rawLineOf = (file: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('Raw:')) + 1;

describe('the GitHub Action', () => {
  it('action.yml is a valid composite action (action-validator, against GitHub\'s schema for actions)', () => {
    expect(validateAction(ACTION_TEXT).errors).toEqual([]);
    // The validator could fail: a step without its shell is refused.
    expect(validateAction(ACTION_TEXT.replace('shell: bash', 'shel: bash')).errors).not.toEqual([]);
    expect(ACTION.runs.using).toBe('composite');
    expect(Object.keys(ACTION.inputs)).toEqual(['paths', 'format', 'strict', 'config', 'index-check', 'index-output', 'index-library']);
    expect(ACTION.inputs.format?.default).toBe('github');
    // No input is pasted into a script, where a path could run as shell code: inputs reach the steps as environment variables.
    for (const step of ACTION.runs.steps) expect(step.run).not.toMatch(/\$\{\{/);
  });

  describe('run as GitHub runs it, on a sample repository of reports', () => {
    let action = '';
    beforeAll(() => {
      action = actionFolder();
      const built = runAction(action, tempFolder('rw-empty-workspace-'), {}, 0);
      const build = built.steps[0]!;
      expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
      expect(readFileSync(join(action, 'dist/cli.cjs')).length).toBeGreaterThan(0);
    }, 300_000);

    it('a good library passes; a planted error fails the step with an annotation on its line', () => {
      const repo = makeTeamRepo(2);
      const bad = join(repo.root, 'bad.md.keep');
      renameSync(repo.bad, bad);
      const good = runAction(action, repo.root, {}, 1);
      expect(good.code, good.steps.map((s) => s.stderr).join('')).toBe(0);
      expect(errors(good.stdout)).toEqual([]);

      renameSync(bad, repo.bad);
      const failed = runAction(action, repo.root, {}, 1);
      expect(failed.code).toBe(1);
      const annotations = errors(failed.stdout);
      expect(annotations).toHaveLength(1);
      expect(annotations[0]).toMatch(new RegExp(`^::error file=reports/zz-wrong-raw\\.md,line=${rawLineOf(repo.bad)},title=Raw \\(role-wizard check\\)::Raw: stated `));
    });

    it.skipIf(!checkWritesSummary)('the job summary names the report and the line of the planted error', () => {
      const repo = makeTeamRepo(1);
      const failed = runAction(action, repo.root, {}, 1);
      expect(failed.code).toBe(1);
      expect(failed.summary).toContain('zz-wrong-raw.md');
      expect(failed.summary).toContain(String(rawLineOf(repo.bad)));
    });

    it('paths: several, one per line (with spaces), or on one line; none is refused; a path is never shell code', () => {
      const repo = makeTeamRepo(1);
      const spaced = join(repo.root, 'more reports');
      mkdirSync(spaced);
      renameSync(repo.bad, join(spaced, 'wrong.md'));
      const multi = runAction(action, repo.root, {paths: 'reports\nmore reports\n'}, 1);
      expect(multi.code).toBe(1);
      expect(errors(multi.stdout).map((a) => /file=([^,]+)/.exec(a)?.[1])).toEqual(['more reports/wrong.md']);
      expect(runAction(action, repo.root, {paths: 'reports'}, 1).code).toBe(0);
      const none = runAction(action, repo.root, {paths: '  '}, 1);
      expect(none.code).toBe(2);
      expect(none.stdout).toContain('::error title=role-wizard::the input paths names no report');
      const hostile = runAction(action, repo.root, {paths: '$(touch pwned) `touch pwned` ;touch pwned'}, 1);
      expect(hostile.code).toBe(1);
      expect(() => readFileSync(join(repo.root, 'pwned'))).toThrow();
    });

    it('strict makes a warning fail; format is passed to check', () => {
      const repo = makeTeamRepo(1);
      rmSync(repo.bad);
      // A quick-screen wording other than the documented default: a warning.
      const file = repo.files[0]!;
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(Quick screen result: [^\n]*?= )Likely [A-Za-z]+ Zone[^.\n]*/, '$1Probably Fine'));
      expect(readFileSync(file, 'utf8')).toContain('Probably Fine');
      const lenient = runAction(action, repo.root, {}, 1);
      expect(lenient.code).toBe(0);
      expect(lenient.stdout).toMatch(/^::warning file=reports\/role-000\.md,line=\d+,/m);
      expect(runAction(action, repo.root, {strict: 'true'}, 1).code).toBe(1);
      const json = runAction(action, repo.root, {format: 'json'}, 1);
      expect(json.stdout.trimStart()).toMatch(/^[[{]/);
      expect(json.stdout).toContain('role-000.md');
      expect(json.stdout).not.toMatch(/^::/m);
    });

    it('index-check fails when INDEX.md is out of date, and config names the config for every report', () => {
      const repo = makeTeamRepo(2);
      rmSync(repo.bad);
      expect(runCli(['index', 'reports', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
      expect(runAction(action, repo.root, {'index-check': 'true', 'index-library': 'reports'}, 1).code).toBe(0);
      writeFileSync(repo.files[1]!, readFileSync(repo.files[0]!, 'utf8'));
      const stale = runAction(action, repo.root, {'index-check': 'true', 'index-library': 'reports'}, 1);
      expect(stale.code).toBe(1);
      expect(stale.steps[0]!.stderr).toContain('INDEX.md is out of date with reports');

      // The config in ci/ names the library; without the input, no config is found and index has no library.
      expect(runCli(['index', 'reports', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
      mkdirSync(join(repo.root, 'ci'));
      renameSync(join(repo.root, 'role-wizard.config.json'), join(repo.root, 'ci', 'role-wizard.config.json'));
      writeFileSync(join(repo.root, 'ci', 'role-wizard.config.json'), JSON.stringify({library: '../reports'}));
      expect(runAction(action, repo.root, {'index-check': 'true'}, 1).code).not.toBe(0);
      const configured = runAction(action, repo.root, {'index-check': 'true', config: 'ci/role-wizard.config.json'}, 1);
      expect(configured.code, configured.steps[0]!.stderr + configured.stdout).toBe(0);
    });

    it('the example workflow\'s step (docs/examples/role-library.yml): passes a good library, fails a pull request that breaks a report or leaves INDEX.md behind', () => {
      const workflow = parse(readFileSync(join(ROOT, 'docs/examples/role-library.yml'), 'utf8')) as {jobs: Record<string, {steps: Array<{uses?: string; with?: Record<string, unknown>}>}>};
      const step = Object.values(workflow.jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('role-wizard/role-wizard@'));
      // Inputs arrive as strings, as GitHub gives them.
      const inputs = Object.fromEntries(Object.entries(step?.with ?? {}).map(([k, v]) => [k, String(v)]));
      const repo = makeTeamRepo(3);
      const bad = readFileSync(repo.bad, 'utf8');
      writeFileSync(repo.bad, readFileSync(repo.files[0]!, 'utf8'));
      expect(runCli(['index', 'reports', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
      expect(runAction(action, repo.root, inputs, 1).code).toBe(0);

      // The pull request: one report's Raw stated wrong, INDEX.md not updated.
      writeFileSync(repo.bad, bad);
      const pr = runAction(action, repo.root, inputs, 1);
      expect(pr.code).toBe(1);
      expect(errors(pr.stdout)[0]).toMatch(new RegExp(`^::error file=reports/zz-wrong-raw\\.md,line=${rawLineOf(repo.bad)},`));
      expect(pr.steps[0]!.stderr).toContain('INDEX.md is out of date with reports');
    });
  });
});
