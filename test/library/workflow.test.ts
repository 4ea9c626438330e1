/**
 * The README's CI recipe, docs/examples/role-library.yml, is a tested example: a valid workflow
 * (action-validator) on current action versions and Node.js LTS, whose role-wizard step is this
 * repository's action pinned to a release, given only inputs that action.yml declares. It is run
 * as GitHub runs it in test/ci/action.test.ts.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {validateWorkflow} from '@action-validator/core';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {ACTION} from '../ci/action-runner.js';
import {ROOT} from '../support/paths.js';

type Step = {run?: string; uses?: string; with?: Record<string, unknown>};
const text = readFileSync(join(ROOT, 'docs/examples/role-library.yml'), 'utf8');
const workflow = parse(text) as {jobs: Record<string, {steps: Step[]}>};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string; repository: {url: string}};
const repository = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)?.[1];

describe('the CI workflow example', () => {
  it('is a valid workflow (action-validator, against GitHub\'s schema for workflows)', () => {
    expect(validateWorkflow(text).errors).toEqual([]);
    expect(validateWorkflow(text.replace('runs-on:', 'runs_on:')).errors).not.toEqual([]);
  });

  it('uses the current majors of checkout and setup-node (Node 24 runtime) and Node.js 24 LTS', () => {
    expect(steps.map((s) => s.uses).filter((u) => u?.startsWith('actions/'))).toEqual(['actions/checkout@v7', 'actions/setup-node@v7']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toEqual({'node-version': 24});
  });

  it('runs this repository\'s action, pinned to this release, with inputs action.yml declares; nothing installs a package by name', () => {
    expect(repository).toBe('role-wizard/role-wizard');
    const ours = steps.filter((s) => s.uses?.startsWith(`${repository}@`));
    expect(ours).toHaveLength(1);
    // A release tag or a full commit SHA: never a branch, which moves.
    expect(ours[0]!.uses).toBe(`${repository}@v${pkg.version}`);
    for (const name of Object.keys(ours[0]!.with ?? {})) expect(Object.keys(ACTION.inputs), name).toContain(name);
    expect(ours[0]!.with).toMatchObject({'index-check': true});
    expect(steps.filter((s) => s.run && /npm (install|i)\b/.test(s.run))).toEqual([]);
  });
});
