/**
 * "Saved" means every byte is on disk. A short write is injected at the draft writer's `write`,
 * and made for real on a 64 KB tmpfs (where the machine allows mounting one; skipped otherwise,
 * saying why): a draft is never reported saved with part of it written, and the good file stays.
 */
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {WriterFs} from '../../src/io/write-file.js';
import {draftWriter} from '../../src/store/draft-writer.js';
import {draftStore} from '../../src/store/drafts.js';
import type {SaveStatus} from '../../src/store/types.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {assessmentFixture, retitled, tempHome} from './helpers.js';

const bigAssessment = () => {
  const a = assessmentFixture('model-alignment-researcher.json');
  return {...a, reinstatementCheck: 'r'.repeat(12_000)};
};

describe('a short write injected at the draft writer', () => {
  it('4,096 bytes per write: the draft is written whole', () => {
    const {env, folder} = tempHome();
    let calls = 0;
    const seam: WriterFs = {
      ...fs,
      writeSync: (fd: number, b: Uint8Array, o: number, l: number) => {
        calls++;
        return fs.writeSync(fd, b, o, Math.min(4096, l));
      },
    };
    const draft = draftStore(env, {writerFor: (f, id) => draftWriter(f, id, seam)}).create(bigAssessment());
    const path = join(folder, `${draft.id}.json`);
    draft.update(retitled(bigAssessment(), 'Written Whole'), {step: 'role'});
    draft.flush();
    draft.close();
    expect(calls).toBeGreaterThan(4);
    const data = JSON.parse(fs.readFileSync(path, 'utf8'));
    expect(data.assessment.role.jobTitle).toBe('Written Whole');
    expect(data.assessment.reinstatementCheck).toHaveLength(12_000);
  });
});

const mountPoint = tempFolder('rw-short-write-');
const mountResult = process.getuid?.() === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]) : null;
const mounted = mountResult?.status === 0;
const skipReason = mountResult === null ? 'not root' : `mount failed: ${mountResult.stderr?.toString().trim()}`;
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
});

/** Fill the tmpfs but for about `free` bytes. */
function fillBut(free: number): void {
  const filler = join(mountPoint, `filler-${Math.random().toString(36).slice(2)}`);
  const fd = fs.openSync(filler, 'w');
  try {
    for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
  } catch {
    // full
  }
  fs.closeSync(fd);
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - free));
}

describe.skipIf(!mounted)(`a real short write (a 64 KB tmpfs)${mounted ? '' : `: skipped, ${skipReason}`}`, () => {
  it('a 16 KB draft with 8 KB free: the save is an error, never "saved", and the file on disk is the last good one', () => {
    const home = join(mountPoint, 'home');
    const store = draftStore({ROLE_WIZARD_HOME: home});
    const draft = store.create(bigAssessment());
    const path = join(home, 'drafts', `${draft.id}.json`);
    const good = fs.readFileSync(path, 'utf8');
    expect(good.length).toBeGreaterThan(14_000);
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    fillBut(8192);
    draft.update(retitled(bigAssessment(), 'One More Key'), {step: 'role'});
    draft.flush();
    expect(statuses.at(-1)).toMatchObject({state: 'error', message: expect.stringContaining('the disk is full')});
    expect(fs.readFileSync(path, 'utf8')).toBe(good);
    expect(draft.unsaved()?.assessment.role.jobTitle).toBe('One More Key');
    expect(store.list().find((d) => d.id === draft.id)?.status).toBe('ok');
    draft.close();
  });

  it('export -o of an 18 KB report over a good one with 8 KB free: exit 1, "the file was left as it was", the old report whole', () => {
    const out = join(mountPoint, 'report.md');
    fs.writeFileSync(out, 'the good report\n');
    const big = join(tempFolder('rw-short-write-input-'), 'big.json');
    fs.writeFileSync(big, JSON.stringify(bigAssessment()));
    fillBut(8192);
    const r = runCli(['export', big, '-o', out, '--force']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot write: the disk is full; the file was left as it was');
    expect(fs.readFileSync(out, 'utf8')).toBe('the good report\n');
    expect(fs.readdirSync(mountPoint).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
