import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';

type BenchRow = {id: string; case: string; status: string; median: number | null; target: string | null};

/** Every row the bench table must have, by case id. */
const EXPECTED_ROWS = [
  'baseline-screen',
  'baseline-exit',
  'new',
  'new-cold',
  'resume',
  'keys-10',
  'keys-100',
  'keys-500',
  'library-index',
  'library-index-memory',
  'library-check',
  'library-check-memory',
  'library-new',
  'library-keys',
  'library-keys-without',
  'library-keys-memory',
  'library-large-index',
  'library-large-index-memory',
  'library-large-check',
  'library-large-check-memory',
  'library-large-check-json',
  'library-large-check-json-memory',
  'library-large-check-github',
  'library-large-check-github-memory',
  'library-large-index-page',
  'memory-500',
  'version',
  'check-seed',
  'check-many',
  'check-varied',
  'check-varied-cpu',
  'list',
  'list-cold',
];

describe('npm run bench', () => {
  it('produces every row of its table in one quick round', async () => {
    const {stdout} = await promisify(execFile)(process.execPath, ['bench/run.mjs', '--quick', '--json'], {
      cwd: ROOT,
      timeout: 90_000,
      maxBuffer: 16 << 20,
    });
    const {rows} = JSON.parse(stdout) as {rows: BenchRow[]};
    expect(rows.map((r) => r.id).sort()).toEqual([...EXPECTED_ROWS].sort());
    for (const r of rows) {
      expect(r.target, r.id).toBeTruthy();
      // Every row is measurable on this tree and machine: a row marked n/a ("typing did not
      // reach a task name") means the wizard or a command broke, which the bench must not hide.
      expect(r.status, r.id).toBe('ok');
      expect(Number.isFinite(r.median), `${r.id} median`).toBe(true);
    }
  }, 120_000);
});
