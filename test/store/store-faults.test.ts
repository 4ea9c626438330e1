/**
 * The store's smaller faults: a lock file that is not ours, a read-only drafts folder, a newer
 * draft's keys, a byte order mark, and stored summaries or assessments whose hash was recomputed
 * around figures the method cannot give.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {loadLibrary} from '../../src/store/draft-library.js';
import {draftStore} from '../../src/store/drafts.js';
import {hashOf} from '../../src/store/draft-file.js';
import {holdDraft} from '../../src/store/trusted-open.js';
import type {SaveStatus} from '../../src/store/types.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {assessmentFixture, readJson, retitled, tempHome} from './helpers.js';

const seedDraft = (env: NodeJS.ProcessEnv) => draftStore(env).saveNew(assessmentFixture('model-alignment-researcher.json'));

describe('a lock file that is not one role-wizard wrote', () => {
  const cases: Array<[string, (path: string) => void, RegExp]> = [
    ['a FIFO', (p) => expect(spawnSync('mkfifo', [p]).status).toBe(0), /it is a pipe \(FIFO\)/],
    ['a folder', (p) => mkdirSync(p), /it is a folder/],
    ['over 4 kB', (p) => writeFileSync(p, 'x'.repeat(5000)), /it holds 5000 bytes/],
  ];
  for (const [what, make, why] of cases) {
    it(`${what}: the draft cannot be opened for editing, with the reason and what to do (not "process 0 on unknown")`, () => {
      const {env, folder} = tempHome();
      const saved = seedDraft(env);
      make(join(folder, `${saved.id}.lock`));
      expect(() => draftStore(env).open(saved.id)).toThrow(why);
      expect(() => draftStore(env).open(saved.id)).toThrow(/is not a lock role-wizard wrote .*remove it/);
      const r = runCli(['delete', saved.id, '--yes'], {env});
      expect(r.stderr).not.toContain('process 0 on unknown');
    });
  }
});

describe('a draft file swapped for a FIFO while it is open', () => {
  it('the next save fails at once with the reason (nothing reads the draft back to hang on), and is retried', () => {
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(assessmentFixture('model-alignment-researcher.json'));
    const path = join(folder, `${draft.id}.json`);
    rmSync(path);
    expect(spawnSync('mkfifo', [path]).status).toBe(0);
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    const started = Date.now();
    draft.update(retitled(draft.initial.assessment, 'After The Swap'), {step: 'role'});
    draft.flush();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(statuses.at(-1)).toMatchObject({state: 'error', message: expect.stringContaining('it is not a regular file')});
    expect(draft.unsaved()?.assessment.role.jobTitle).toBe('After The Swap');
    rmSync(path);
    draft.close();
  });
});

describe('a newer draft', () => {
  it('keeps the top-level keys this version does not know when it saves', () => {
    const {env, folder} = tempHome();
    const saved = seedDraft(env);
    const path = join(folder, `${saved.id}.json`);
    const data = readJson(path);
    data.reviewedBy = {name: 'kept', at: '2026-01-01'};
    writeFileSync(path, JSON.stringify(data));
    const draft = draftStore(env).open(saved.id);
    draft.update(retitled(draft.initial.assessment, 'Saved Once'), {step: 'role'});
    draft.close();
    const after = readJson(path);
    expect(after.assessment.role.jobTitle).toBe('Saved Once');
    expect(after.reviewedBy).toEqual({name: 'kept', at: '2026-01-01'});
  });
});

describe('a draft with a UTF-8 byte order mark', () => {
  it('is read like any other (as assessment files and configs are), not "damaged"', () => {
    const {env, folder} = tempHome();
    const saved = seedDraft(env);
    const path = join(folder, `${saved.id}.json`);
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8')}`);
    expect(draftStore(env).list()).toMatchObject([{status: 'ok', id: saved.id}]);
    expect(draftStore(env).open(saved.id, {readOnly: true}).initial.assessment.role.jobTitle).toBe('Model Alignment Researcher');
  });
});

describe('a stored summary or assessment with a recomputed hash', () => {
  /** Change the file's data and write it back with a hash that matches again. */
  function forge(path: string, change: (data: any) => void): void {
    const data = readJson(path);
    change(data);
    data.summary.hash = hashOf(data.assessment);
    writeFileSync(path, JSON.stringify(data));
  }

  it('"score": "high": list and the library read the draft in full and show its real score', () => {
    const {env, folder} = tempHome();
    const saved = seedDraft(env);
    const real = draftStore(env).list()[0]!;
    forge(join(folder, `${saved.id}.json`), (d) => (d.summary.score = 'high'));
    const r = runCli(['list', '--json'], {env});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({id: saved.id, score: (real as {score: number}).score});
  });

  it('a score of -3.9e+300 or NaN-like figures are not shown: the row is recomputed', () => {
    const {env, folder} = tempHome();
    const saved = seedDraft(env);
    const real = draftStore(env).list()[0] as {score: number; zone: string};
    forge(join(folder, `${saved.id}.json`), (d) => {
      d.summary.score = -3.9e300;
      d.summary.zone = 'GREEN';
    });
    const row = draftStore(env).list()[0] as {score: number; zone: string};
    expect([row.score, row.zone]).toEqual([real.score, real.zone]);
  });

  it('a barrier scored 9: not trusted by resume, left out of the library', () => {
    const {env, folder} = tempHome();
    const saved = seedDraft(env);
    const other = seedDraft(env);
    forge(join(folder, `${saved.id}.json`), (d) => (d.assessment.barriers.regulatoryLicensing.score = 9));
    const held = holdDraft(env, saved.id);
    expect(held.trusted).toBeNull();
    held.lock.release();
    expect(loadLibrary(env).map((e) => e.id)).toEqual([other.id]);
  });

  it('a task scored 9 (what list shows of a draft besides its summary): read in full by list, and damaged', () => {
    const {env, folder} = tempHome();
    const saved = seedDraft(env);
    forge(join(folder, `${saved.id}.json`), (d) => (d.assessment.tasks[0].score = 9));
    expect(draftStore(env).list().find((r) => r.id === saved.id)).toMatchObject({status: 'damaged', reason: expect.stringContaining('tasks.0.score')});
  });
});

// A read-only drafts folder: a tmpfs remounted read-only, where the machine allows it.
const roMount = tempFolder('rw-readonly-');
const roResult = process.getuid?.() === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', roMount]) : null;
const roMounted = roResult?.status === 0;
afterAll(() => {
  if (roMounted) spawnSync('umount', ['-l', roMount]);
});
const roSkip = roResult === null ? 'not root' : `mount failed: ${roResult.stderr?.toString().trim()}`;

describe.skipIf(!roMounted)(`a read-only drafts folder${roMounted ? '' : `: skipped, ${roSkip}`}`, () => {
  it('resume and delete say the disk is read-only and exit 1 (not "unexpected error: EROFS", exit 70)', () => {
    const env = {ROLE_WIZARD_HOME: join(roMount, 'home')};
    const saved = seedDraft(env);
    expect(spawnSync('mount', ['-o', 'remount,ro', roMount]).status).toBe(0);
    try {
      expect(() => draftStore(env).open(saved.id)).toThrow(/the disk is read-only; open it read-only instead/);
      const del = runCli(['delete', saved.id, '--yes'], {env});
      expect(del.stderr).not.toContain('unexpected error');
      expect(del.stderr).toContain('the disk is read-only');
      expect(del.code).toBe(1);
      // resume's first step (before the wizard's first frame) takes the lock the same way.
      expect(() => holdDraft(env, saved.id)).toThrow(expect.objectContaining({exitCode: 1, message: expect.stringContaining('the disk is read-only')}));
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', roMount]);
    }
  });
});
