import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {calibrationLine} from '../../src/method/calibration.js';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {draftStore} from '../../src/store/drafts.js';
import {SEED_FIXTURE, readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const seed = () => readFixture('model-alignment-researcher.json') as Assessment;
const seedVector = () => score(seed()).vector;

/** A draft store of its own, holding these assessments: the library --calibration reads. */
function homeWith(...assessments: Assessment[]): string {
  const home = tempFolder('rw-library-');
  const store = draftStore({ROLE_WIZARD_HOME: home});
  for (const a of assessments) store.saveNew(a);
  return home;
}
const fixture = (name: string) => readFixture(name) as Assessment;

describe('export: score vector and calibration lines', () => {
  it('the method notes always carry the score vector; the calibration line only with --calibration', () => {
    const r = runCli(['export', SEED_FIXTURE]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`- Score vector: ${seedVector()}\n`);
    expect(r.stdout).toContain('- Score vector: AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2\n');
    expect(r.stdout).not.toContain('Calibration:');
  });

  it('--calibration measures the score against the drafts of the library and the published points', () => {
    const empty = runCli(['export', SEED_FIXTURE, '--calibration'], {env: {ROLE_WIZARD_HOME: homeWith()}});
    expect(empty.code, empty.stderr).toBe(0);
    // No draft: the published points alone; the label is written once.
    expect(empty.stdout).toContain(
      '- Calibration: 86.1 sits above AI Safety Researcher (85.2, reference) and Reinforcement Learning Engineer (64.7, reference).\n',
    );
    expect(empty.stdout).not.toContain('Calibration: Calibration');

    const near = seed();
    near.role.jobTitle = 'Interpretability Researcher';
    near.evidence.wageTrends.score = 2;
    expect(score(near).score).toBe(88.9);
    const home = homeWith(fixture('yellow-paralegal.json'), fixture('red-data-entry-clerk.json'), near);
    const r = runCli(['export', SEED_FIXTURE, '--calibration'], {env: {ROLE_WIZARD_HOME: home}});
    expect(r.code, r.stderr).toBe(0);
    const expected = calibrationLine(seed(), [{id: 'x', title: near.role.jobTitle, score: 88.9, zone: 'GREEN', assessment: near}]);
    expect(expected).toBe('Calibration: 86.1 sits between AI Safety Researcher (85.2, reference) and Interpretability Researcher (88.9, library).');
    expect(r.stdout).toContain(`- ${expected}\n`);
  });

  it('a report with both lines checks clean and imports back to the same assessment', () => {
    const home = homeWith(fixture('yellow-paralegal.json'));
    const dir = tempFolder('rw-vector-');
    const report = join(dir, 'report.md');
    const r = runCli(['export', SEED_FIXTURE, '--calibration', '--mermaid', '-o', report], {env: {ROLE_WIZARD_HOME: home}});
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(report, 'utf8');
    expect(text).toContain('- Score vector: AIJRI:1.0/');
    expect(text).toContain('- Calibration: 86.1 sits');
    const check = runCli(['check', report]);
    expect(check.stdout + check.stderr).toContain('no discrepancy');
    expect(check.code).toBe(0);
    const json = join(dir, 'back.json');
    const back = runCli(['import', report, '-o', json, '--no-draft']);
    expect(back.code, back.stderr).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(seed());
  });
});
