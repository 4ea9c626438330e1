import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {FIXTURES, ROOT, SEED_FIXTURE, readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {asReadBack} from './support.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-export-');
const unfinished = () => {
  const a = readFixture('model-alignment-researcher.json') as Assessment;
  const path = join(tmp, 'unfinished.json');
  writeFileSync(path, JSON.stringify({...a, growth: {score: null, rationale: a.growth.rationale}, whatThisMeans: {...a.whatThisMeans, timeline: ''}}));
  return path;
};

describe('role-wizard export', () => {
  it('writes the report to standard output, with the appendix by default and without it on request', () => {
    const r = runCli(['export', SEED_FIXTURE], {cwd: ROOT});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Model Alignment Researcher\n\n## Role Definition\n/);
    expect(r.stdout).toContain('JobZone Score: (7.3704 - 0.54) / 7.93 x 100 = 86.1/100');
    expect(r.stdout).toContain('## Method notes\n\n- Method: AIJRI — AI Job Resistance Index (JobZone), version 1.0.');
    const bare = runCli(['export', SEED_FIXTURE, '--no-appendix']);
    expect(bare.stdout).not.toContain('Method notes');
    expect(bare.stdout.trimEnd().endsWith('Timeline: Strengthens over the next decade.')).toBe(true);
    const chart = runCli(['export', SEED_FIXTURE, '--mermaid']);
    expect(chart.stdout).toContain('```mermaid\npie title Task time by Aug/Disp label\n    "Displacement" : 0\n    "Augmentation" : 30\n    "Not involved" : 70\n```');
  });

  it('-o writes the file; it never overwrites without --force', () => {
    const out = join(tmp, 'report.md');
    expect(runCli(['export', SEED_FIXTURE, '-o', out]).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect(first).toContain('## Evidence Score');
    writeFileSync(out, 'keep me');
    const again = runCli(['export', SEED_FIXTURE, '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('report.md: the file already exists; use --force to overwrite it');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(runCli(['export', SEED_FIXTURE, '-o', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('refuses an unfinished assessment with the list of what is missing', () => {
    const r = runCli(['export', unfinished()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the assessment is not finished');
    expect(r.stderr).toContain('AI Growth Correlation score is not set.');
    expect(r.stderr).toContain('Timeline is empty.');
    expect(r.stderr).toContain('--allow-incomplete');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--allow-incomplete exports it with a visible "Draft — incomplete" notice at the top', () => {
    const r = runCli(['export', unfinished(), '--allow-incomplete']);
    expect(r.code).toBe(0);
    // Right under the title.
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['# Model Alignment Researcher', '', expect.stringContaining('**Draft — incomplete.**')]);
    expect(r.stdout).toContain('> - AI Growth Correlation score is not set.');
    expect(r.stdout).toContain('Raw: —');
    expect(r.stdout.indexOf('Timeline is empty.')).toBeLessThan(r.stdout.indexOf('## Role Definition'));
  });

  it('reads a Markdown report as its input too', () => {
    const out = join(tmp, 'from-report.md');
    runCli(['export', SEED_FIXTURE, '-o', out]);
    const r = runCli(['export', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(out, 'utf8'));
  });
});

describe('role-wizard import', () => {
  it('prints the assessment JSON of an exported report: the same assessment', () => {
    const report = join(tmp, 'paralegal.md');
    expect(runCli(['export', `${FIXTURES}yellow-paralegal.json`, '-o', report]).code).toBe(0);
    const r = runCli(['import', report]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(asReadBack(readFixture('yellow-paralegal.json') as Assessment));
  });

  it('-o writes the JSON file, never over an existing one without --force; score reads it', () => {
    const report = join(tmp, 'mar.md');
    runCli(['export', SEED_FIXTURE, '-o', report]);
    const json = join(tmp, 'mar.json');
    expect(runCli(['import', report, '-o', json]).code).toBe(0);
    expect(existsSync(json)).toBe(true);
    expect(runCli(['import', report, '-o', json]).code).toBe(1);
    expect(runCli(['import', report, '-o', json, '--force']).code).toBe(0);
    const score = runCli(['score', json, '--json']);
    expect(JSON.parse(score.stdout)).toMatchObject({score: 86.1, zone: 'GREEN'});
  });

  it('saves the imported assessment as a draft, which list, score and export then accept by id', () => {
    const home = tempFolder('rw-import-home-');
    const report = join(tmp, 'clerk.md');
    runCli(['export', `${FIXTURES}red-data-entry-clerk.json`, '-o', report]);
    const r = runCli(['import', report], {env: {ROLE_WIZARD_HOME: home}});
    expect(r.code).toBe(0);
    const id = /Saved as draft (\S+)/.exec(r.stderr)?.[1];
    expect(id).toMatch(/^data-entry-clerk-/);
    const list = JSON.parse(runCli(['list', '--json'], {env: {ROLE_WIZARD_HOME: home}}).stdout);
    expect(list).toEqual([expect.objectContaining({id, title: 'Data Entry Clerk', score: 5.2, zone: 'RED'})]);
    const score = runCli(['score', id!, '--json'], {env: {ROLE_WIZARD_HOME: home}});
    expect(JSON.parse(score.stdout)).toMatchObject({score: 5.2, zone: 'RED'});
    const none = runCli(['import', report, '--no-draft'], {env: {ROLE_WIZARD_HOME: home}});
    expect(none.stderr).not.toContain('Saved as draft');
    expect(JSON.parse(runCli(['list', '--json'], {env: {ROLE_WIZARD_HOME: home}}).stdout)).toHaveLength(1);
  });
});
