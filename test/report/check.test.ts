import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {renderReport} from '../../src/report/render.js';
import {FIXTURES, ROOT, readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const PLANTED = `${FIXTURES}reports/planted-errors.md`;
const tmp = tempFolder('rw-check-');
const writeReport = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('role-wizard check', () => {
  it('lists exactly the planted discrepancies: no more, no fewer (8.0 for 8 and 1.3 for 1.30 are the same figures)', () => {
    const r = runCli(['check', PLANTED, '--json'], {cwd: ROOT});
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    expect(result.ok).toBe(false);
    expect(result.discrepancies).toEqual([
      {field: 'protectiveTotal', line: 20, stated: '5/9', expected: '4/9', severity: 'error', rule: 'seed', message: 'Protective Total: stated 5/9, correct 4/9'},
      {field: 'tasks.1.weighted', line: 30, stated: '0.30', expected: '0.20', severity: 'error', rule: 'seed', message: expect.any(String)},
      {field: 'taskResistance', line: 38, stated: '6.00 - 1.30 = 4.80/5.0', expected: '6.00 - 1.30 = 4.70/5.0', severity: 'error', rule: 'seed', message: expect.any(String)},
      {field: 'split', line: 40, stated: '10% displacement, 20% augmentation, 70% not involved', expected: '0% displacement, 30% augmentation, 70% not involved', severity: 'error', rule: 'seed', message: expect.any(String)},
      {field: 'evidenceModifier', line: 79, stated: '1.0 + (8 x 0.04) = 1.23', expected: '1.0 + (8 x 0.04) = 1.32', severity: 'error', rule: 'seed', message: expect.any(String)},
      {field: 'raw', line: 83, stated: 'Raw: 4.70 x 1.32 x 1.08 x 1.10 = 7.3740', expected: 'Raw: 4.70 x 1.32 x 1.08 x 1.10 = 7.3704', severity: 'error', rule: 'seed', message: expect.any(String)},
      {field: 'zone', line: 87, stated: 'Zone: YELLOW (Green >= 48, Yellow 25-47, Red <25)', expected: 'Zone: GREEN (Green >= 48, Yellow 25-47, Red <25)', severity: 'error', rule: 'seed', message: expect.any(String)},
    ]);
    expect(result.computed).toMatchObject({score: 86.1, zone: 'GREEN'});
  });

  it('prints each discrepancy with its line, stated value and correct value', () => {
    const r = runCli(['check', PLANTED], {cwd: ROOT});
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('7 errors');
    expect(r.stdout).toContain('line 30: error: Task 2 Weighted: stated 0.30, correct 0.20');
    expect(r.stdout).toContain('line 87: error: Zone: stated Zone: YELLOW');
  });

  it('task times that do not sum to 100 are a discrepancy even when every figure agrees with them', () => {
    const a = readFixture('model-alignment-researcher.json') as Assessment;
    const short = {...a, tasks: a.tasks.map((t, i) => (i === 0 ? {...t, timePercent: 20} : t))};
    const path = writeReport('short.md', renderReport(short, {allowIncomplete: true}));
    const r = runCli(['check', path, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].discrepancies).toEqual([
      {field: 'taskTimeSum', line: expect.any(Number), stated: '95%', expected: '100%', severity: 'error', rule: 'seed', message: 'Task times sum to 95%; they must sum to 100%'},
    ]);
    expect(runCli(['check', path]).stdout).toContain('error: Task times sum to 95%; they must sum to 100%');
  });

  it('every fixture exported checks clean', () => {
    const paths = ['model-alignment-researcher', 'red-data-entry-clerk', 'yellow-paralegal'].map((name) =>
      writeReport(`${name}.md`, renderReport(readFixture(`${name}.json`) as Assessment, {mermaid: true})),
    );
    const r = runCli(['check', ...paths, '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout);
    expect(results.map((x: {computed: {score: number; zone: string}}) => [x.computed.score, x.computed.zone])).toEqual([
      [86.1, 'GREEN'],
      [5.2, 'RED'],
      [34.4, 'YELLOW'],
    ]);
  });

  it('a file it cannot read is reported as such and the others are still checked', () => {
    const broken = writeReport('broken.md', 'Role Definition\n| Field | Value |\n|---|---|\n| Job Title | x |\n');
    const r = runCli(['check', join(tmp, 'absent.md'), broken, PLANTED, '--json'], {cwd: ROOT});
    expect(r.code).toBe(1);
    const [absent, cut, planted] = JSON.parse(r.stdout);
    expect(absent).toMatchObject({ok: false, computed: null, discrepancies: []});
    expect(absent.error).toMatch(/absent\.md: cannot read: no such file/);
    expect(cut.ok).toBe(false);
    expect(cut.error).toMatch(/broken\.md:\d+: section "/);
    expect(planted.discrepancies).toHaveLength(7);
  });

  it('needs at least one report (usage error, exit 2)', () => {
    expect(runCli(['check']).code).toBe(2);
  });
});
