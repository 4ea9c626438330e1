import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {DraftError} from '../../src/store/errors.js';
import {assessmentFixture, retitled, spawnChild, tempHome} from './helpers.js';

const children: Array<{kill: () => void}> = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill();
});

/** The pid of a process that has already ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {encoding: 'utf8'});
  return Number(r.stdout);
}

describe('draft locks', () => {
  it('a second process is told which process holds the draft, and may open it read-only', async () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const saved = store.saveNew(assessmentFixture('yellow-paralegal.json'));
    const holder = spawnChild('hold-draft.ts', [saved.id], env);
    children.push({kill: () => holder.child.kill('SIGKILL')});
    await holder.waitFor('holding');
    const childPid = holder.child.pid!;

    let error: unknown;
    try {
      store.open(saved.id);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DraftError);
    const locked = error as DraftError;
    expect(locked.kind).toBe('locked');
    expect(locked.pid).toBe(childPid);
    expect(locked.host).toBe(hostname());
    expect(Date.parse(locked.since!)).not.toBeNaN();
    expect(locked.message).toContain(`process ${childPid} on ${hostname()}`);
    expect(locked.message).toContain('read-only');

    const path = join(folder, `${saved.id}.json`);
    const before = readFileSync(path);
    const ro = store.open(saved.id, {readOnly: true});
    const statuses: unknown[] = [];
    ro.onStatus((s) => statuses.push(s));
    expect(statuses).toEqual([{state: 'read-only', heldBy: expect.stringContaining(`process ${childPid}`)}]);
    ro.update(retitled(saved.assessment, 'not saved'), {step: 'role'});
    ro.close();
    expect(readFileSync(path).equals(before)).toBe(true);

    const listed = store.list()[0]!;
    expect(listed).toMatchObject({status: 'ok', lockedBy: {pid: childPid, host: hostname()}});
    // The holder's lock is still there: a read-only close must not release someone else's lock.
    expect(JSON.parse(readFileSync(join(folder, `${saved.id}.lock`), 'utf8')).pid).toBe(childPid);
  });

  it('a lock left by a process killed with SIGKILL is taken over', async () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const saved = store.saveNew(assessmentFixture('yellow-paralegal.json'));
    const holder = spawnChild('hold-draft.ts', [saved.id], env);
    await holder.waitFor('holding');
    holder.child.kill('SIGKILL');
    await holder.exited;
    const lock = join(folder, `${saved.id}.lock`);
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(holder.child.pid);

    const draft = store.open(saved.id);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({pid: process.pid, host: hostname()});
    expect(store.list()[0]).toMatchObject({lockedBy: {pid: process.pid}});
    draft.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('a dead pid on this host is taken over; a lock from another host is respected; a fresh garbled lock is respected', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const saved = store.saveNew(assessmentFixture('yellow-paralegal.json'));
    const lock = join(folder, `${saved.id}.lock`);

    writeFileSync(lock, JSON.stringify({pid: deadPid(), host: hostname(), since: '2025-01-01T00:00:00.000Z'}));
    store.open(saved.id).close();
    expect(existsSync(lock)).toBe(false);

    writeFileSync(lock, JSON.stringify({pid: deadPid(), host: 'another-host.example', since: '2025-01-01T00:00:00.000Z'}));
    expect(() => store.open(saved.id)).toThrow(/open in process \d+ on another-host\.example/);

    writeFileSync(lock, '{"pid":');
    expect(() => store.open(saved.id)).toThrow(DraftError);
    // Garbled and old: left behind by a crash while it was being written.
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    store.open(saved.id).close();
    expect(existsSync(lock)).toBe(false);
    expect(statSync(join(folder, `${saved.id}.json`)).isFile()).toBe(true);
  });
});

