/**
 * The task table's Total row in both forms: the reference report's short row, and the row with a
 * cell under each header that GitHub shows under the right headers (our export writes it).
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseReport} from '../../src/report/parse.js';
import {SEED_REPORT, seedAvailable, seedMissingReason} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

if (!seedAvailable) console.warn(seedMissingReason);
const tmp = tempFolder('rw-total-row-');
const SHORT = '| Total | 100% | 1.30 |';

describe.skipIf(!seedAvailable)('the task table\'s Total row', () => {
  const seed = seedAvailable ? readFileSync(SEED_REPORT, 'utf8') : '';
  const withRow = (name: string, row: string) => {
    expect(seed).toContain(`\n${SHORT}\n`);
    const path = join(tmp, name);
    writeFileSync(path, seed.replace(`\n${SHORT}\n`, `\n${row}\n`));
    return path;
  };

  it('check and import read the header-aligned row as they read the short one', () => {
    const aligned = withRow('aligned.md', '| Total | 100% | | 1.30 | | |');
    const r = runCli(['check', aligned, '--json']);
    expect(r.code).toBe(0);
    // The same findings as the seed's own (its Seniority note's claim is a warning of its own).
    const findings = (out: string) => (JSON.parse(out) as Array<{ok: boolean; discrepancies: unknown[]}>)[0]!;
    expect(findings(r.stdout)).toMatchObject({ok: true, discrepancies: findings(runCli(['check', SEED_REPORT, '--json']).stdout).discrepancies});
    expect(parseReport(readFileSync(aligned, 'utf8')).assessment).toEqual(parseReport(seed).assessment);
    // Without outer pipes, or cut after the Weighted cell, it is the same row.
    expect(runCli(['check', withRow('bare.md', 'Total | 100% | | 1.30 | |')]).code).toBe(0);
    expect(runCli(['check', withRow('cut.md', '| Total | 100% | | 1.30 |')]).code).toBe(0);
  });

  it('a wrong figure in either form is a discrepancy on its line', () => {
    for (const row of ['| Total | 100% | 1.40 |', '| Total | 100% | | 1.40 | | |']) {
      const r = runCli(['check', withRow('wrong.md', row), '--json']);
      expect(r.code).toBe(1);
      const errors = (JSON.parse(r.stdout)[0].discrepancies as Array<{severity: string}>).filter((d) => d.severity === 'error');
      expect(errors).toEqual([expect.objectContaining({field: 'weightedTotal', line: 29, stated: '1.40', expected: '1.30'})]);
    }
  });

  it('a figure under another header of the long row is refused with its line, not read as the total', () => {
    const r = runCli(['check', withRow('stray.md', '| Total | 100% | 2 | 1.30 | | |')]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(':29: section "Task Decomposition (Agentic AI Scoring)": the Total row is');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
