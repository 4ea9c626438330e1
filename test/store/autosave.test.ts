import {chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {draftStore} from '../../src/store/drafts.js';
import {draftWriter} from '../../src/store/draft-writer.js';
import {RETRY_DELAYS_MS, SAVE_DELAY_MS} from '../../src/store/open-draft.js';
import type {SaveStatus} from '../../src/store/types.js';
import {readJson, readsOf, retitled, tempHome} from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

const titleOnDisk = (path: string): string => readJson(path).assessment.role.jobTitle;

describe('autosave', () => {
  it('writes a change SAVE_DELAY_MS after it (fake timers), not before, and never reads the file per change', () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(emptyAssessment());
    const path = join(folder, `${draft.id}.json`);
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    expect(statuses.map((s) => s.state)).toEqual(['saved']);

    // Every read of the draft's path (readFileSync, or an open for reading) while changes are saved.
    const reads = readsOf(path, () => {
      draft.update(retitled(emptyAssessment(), 'A'), {step: 'role', field: 'role.jobTitle'});
      vi.advanceTimersByTime(100);
      draft.update(retitled(emptyAssessment(), 'Ab'), {step: 'role', field: 'role.jobTitle'});
      vi.advanceTimersByTime(SAVE_DELAY_MS - 101);
    });
    expect(titleOnDisk(path)).toBe('');
    expect(statuses.map((s) => s.state)).toEqual(['saved', 'pending']);
    const readsWhileSaving = readsOf(path, () => {
      vi.advanceTimersByTime(1);
      for (let i = 0; i < 5; i++) {
        draft.update(retitled(emptyAssessment(), `Ab${i}`), {step: 'role', field: 'role.jobTitle'});
        draft.flush();
      }
      draft.update(retitled(emptyAssessment(), 'Ab'), {step: 'role', field: 'role.jobTitle'});
      draft.flush();
    });
    expect(reads + readsWhileSaving).toBe(0);
    expect(titleOnDisk(path)).toBe('Ab');
    expect(statuses.map((s) => s.state).slice(0, 3)).toEqual(['saved', 'pending', 'saved']);
    expect(SAVE_DELAY_MS).toBeLessThan(500);
    draft.close();
  });

  it('while typing without pause, the file is never more than 500 ms behind (real time)', async () => {
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(emptyAssessment());
    const path = join(folder, `${draft.id}.json`);
    const changedAt: number[] = [];
    let worstLagMs = 0;
    const end = Date.now() + 2_000;
    for (let n = 0; Date.now() < end; n++) {
      changedAt.push(Date.now());
      draft.update(retitled(emptyAssessment(), `v${n}`), {step: 'role'});
      await new Promise((r) => setTimeout(r, 15));
      const onDisk = titleOnDisk(path);
      const saved = onDisk === '' ? -1 : Number(onDisk.slice(1));
      // The oldest change not yet on disk: how long ago was it made?
      const firstUnsaved = changedAt[saved + 1];
      if (firstUnsaved !== undefined) worstLagMs = Math.max(worstLagMs, Date.now() - firstUnsaved);
    }
    draft.close();
    expect(changedAt.length).toBeGreaterThan(50);
    expect(worstLagMs).toBeLessThan(500);
    expect(titleOnDisk(path)).toBe(`v${changedAt.length - 1}`);
  });

  it('flush writes at once (a step change); close writes and releases the lock', () => {
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(emptyAssessment());
    const path = join(folder, `${draft.id}.json`);
    draft.update(retitled(emptyAssessment(), 'Step change'), {step: 'protective'});
    draft.flush();
    expect(readJson(path).position).toEqual({step: 'protective'});
    draft.update(retitled(emptyAssessment(), 'On close'), {step: 'tasks'});
    draft.close();
    expect(titleOnDisk(path)).toBe('On close');
  });
});

describe('autosave when the disk refuses', () => {
  it('reports the error, retries with backoff, keeps every change in memory and writes it once the disk is back (the real draft writer)', () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(emptyAssessment());
    const path = join(folder, `${draft.id}.json`);
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    // A folder where the file should be: the rename over it fails, as on a broken disk.
    rmSync(path);
    mkdirSync(path);

    draft.update(retitled(emptyAssessment(), 'Kept in memory'), {step: 'evidence'});
    draft.flush();
    const error = statuses.at(-1)!;
    expect(error).toMatchObject({state: 'error', retryingInMs: RETRY_DELAYS_MS[0]});
    expect((error as {message: string}).message).toContain(path);
    expect((error as {message: string}).message).toContain('retrying in 0.5 s');

    vi.advanceTimersByTime(RETRY_DELAYS_MS[0]);
    expect(statuses.at(-1)).toMatchObject({state: 'error', retryingInMs: RETRY_DELAYS_MS[1]});
    // More typing while the disk is away: the waiting retry will carry it.
    draft.update(retitled(emptyAssessment(), 'Still typing'), {step: 'evidence', field: 'evidence.wageTrends.score'});

    rmSync(path, {recursive: true});
    vi.advanceTimersByTime(RETRY_DELAYS_MS[1]);
    expect(statuses.at(-1)!.state).toBe('saved');
    expect(titleOnDisk(path)).toBe('Still typing');
    expect(readJson(path).position).toEqual({step: 'evidence', field: 'evidence.wageTrends.score'});
    expect(statSync(path).mode & 0o777).toBe(0o600);
    draft.close();
  });

  it('a full disk (injected ENOSPC): status says so, retries grow, the data is written when space returns', () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {env, folder} = tempHome();
    let full = false;
    const store = draftStore(env, {
      writerFor: (f, id) => {
        const real = draftWriter(f, id);
        return (d) => {
          if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
          real(d);
        };
      },
    });
    const draft = store.create(emptyAssessment());
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    full = true;
    draft.update(retitled(emptyAssessment(), 'Long rationale'), {step: 'tasks'});
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    for (const wait of RETRY_DELAYS_MS.slice(0, 4)) {
      expect(statuses.at(-1)).toMatchObject({state: 'error', retryingInMs: wait});
      expect((statuses.at(-1) as {message: string}).message).toContain('the disk is full');
      vi.advanceTimersByTime(wait);
    }
    full = false;
    vi.advanceTimersByTime(RETRY_DELAYS_MS[4]);
    expect(statuses.at(-1)!.state).toBe('saved');
    expect(titleOnDisk(join(folder, `${draft.id}.json`))).toBe('Long rationale');
    draft.close();
  });

  it.skipIf(process.getuid?.() === 0)('a read-only drafts folder: error status, nothing lost, saved once writable (skipped as root: root writes anyway)', () => {
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(emptyAssessment());
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    chmodSync(folder, 0o500);
    try {
      draft.update(retitled(emptyAssessment(), 'Read-only'), {step: 'role'});
      draft.flush();
      expect(statuses.at(-1)).toMatchObject({state: 'error'});
      expect((statuses.at(-1) as {message: string}).message).toContain('not writable');
    } finally {
      chmodSync(folder, 0o700);
    }
    vi.advanceTimersByTime(RETRY_DELAYS_MS[0]);
    expect(titleOnDisk(join(folder, `${draft.id}.json`))).toBe('Read-only');
    draft.close();
  });
});

describe('the draft writer writes atomically', () => {
  it('replaces the file by rename, never in place: a hard link to the old file keeps the old bytes; no temp file is left', () => {
    const {env, folder} = tempHome();
    const draft = draftStore(env).create(emptyAssessment());
    const path = join(folder, `${draft.id}.json`);
    for (let i = 0; i < 3; i++) {
      const before = readFileSync(path, 'utf8');
      const link = join(folder, `old-${i}.link`);
      linkSync(path, link);
      draft.update(retitled(emptyAssessment(), `t${i}`), {step: 'role'});
      draft.flush();
      // Written in place, the link would show the new text; renamed over, it keeps the old inode.
      expect(readFileSync(link, 'utf8')).toBe(before);
      expect(readFileSync(path, 'utf8')).toContain(`"t${i}"`);
      expect(statSync(link).ino).not.toBe(statSync(path).ino);
      rmSync(link);
    }
    draft.close();
    expect(readdirSync(folder)).toEqual([`${draft.id}.json`]);
  });
});
