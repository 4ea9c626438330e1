/**
 * The README's CI recipe, docs/examples/role-library.yml, is a tested example: every command it
 * runs exists with those options, and run as the workflow runs them in a team repository they
 * pass on a good library and fail (with an annotation on the bad line) on a pull request that
 * breaks a report or forgets INDEX.md.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {COMMAND_SPECS} from '../../src/cli-spec.js';
import {ROOT} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {generatedRole, makeTeamRepo, reportOf, withWrongRaw} from './support.js';

type Step = {run?: string; uses?: string};
const workflow = parse(readFileSync(join(ROOT, 'docs/examples/role-library.yml'), 'utf8')) as {jobs: Record<string, {steps: Step[]}>};
const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? s.run.split('\n').filter(Boolean) : [])));
const ours = runs.filter((line) => line.startsWith('role-wizard ')).map((line) => line.split(/\s+/).slice(1));

describe('the CI workflow example', () => {
  it('runs check with --format github and index --check, each a command and options of cli-spec', () => {
    expect(ours.map((args) => args[0])).toEqual(['check', 'index']);
    expect(ours[0]).toContain('--format');
    expect(ours[1]).toContain('--check');
    for (const [name, ...rest] of ours) {
      const spec = COMMAND_SPECS.find((c) => c.name === name);
      expect(spec, name).toBeDefined();
      for (const flag of rest.filter((a) => a.startsWith('-'))) {
        const known = spec!.options.some((o) => `--${o.long}` === flag || (o.short && `-${o.short}` === flag));
        expect(known, `${name} ${flag}`).toBe(true);
      }
    }
    expect(runs.some((line) => /^npm (install|ci)\b/.test(line))).toBe(true);
  });

  it('passes on a good library with its index, and fails a pull request that breaks a report or leaves INDEX.md behind', () => {
    const repo = makeTeamRepo(4);
    writeFileSync(repo.bad, reportOf(generatedRole(4)));
    expect(runCli(['index', 'reports', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
    for (const args of ours) expect(runCli(args, {cwd: repo.root}), args.join(' ')).toMatchObject({code: 0});

    // The pull request: one report's Raw stated wrong, INDEX.md not updated.
    writeFileSync(repo.files[1]!, withWrongRaw(reportOf(generatedRole(1))));
    const [check, index] = ours.map((args) => runCli(args, {cwd: repo.root}));
    expect(check!.code).toBe(1);
    const annotations = check!.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(annotations.length).toBeGreaterThan(0);
    const rawLine = readFileSync(repo.files[1]!, 'utf8').split('\n').findIndex((l) => l.startsWith('Raw:')) + 1;
    expect(annotations.some((a) => a.startsWith(`::error file=reports/role-001.md,line=${rawLine},`))).toBe(true);
    expect(index!.code).toBe(1);
    expect(index!.stderr).toContain('INDEX.md is out of date with reports');
  });
});
