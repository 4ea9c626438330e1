/**
 * A full disk by injection (ENOSPC thrown at the write), so that these run on every machine; the
 * same faults on a real full file system are in test/e2e/full-disk.test.ts (a tmpfs, as root).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {closeOrRescue} from '../../src/ui/save-on-exit.js';
import type {DraftWriter} from '../../src/store/open-draft.js';
import {draftWriter} from '../../src/store/draft-writer.js';
import {writeRescueCopy} from '../../src/store/rescue.js';
import type {SaveStatus} from '../../src/store/types.js';
import {tempFolder} from '../support/temp.js';
import {assessmentFixture, retitled, tempHome} from '../store/helpers.js';

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe('saving on a disk that refuses (ENOSPC injected)', () => {
  it('a draft whose last change is not written is never reported saved, and says what is unsaved', () => {
    const {env} = tempHome();
    let full = false;
    const writerFor = (folder: string, id: string): DraftWriter => {
      const real = draftWriter(folder, id);
      return (d) => {
        if (full) throw enospc();
        real(d);
      };
    };
    const draft = draftStore(env, {writerFor}).create(assessmentFixture('model-alignment-researcher.json'));
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    expect(draft.unsaved()).toBeNull();
    full = true;
    draft.update(retitled(draft.initial.assessment, 'Typed On A Full Disk'), {step: 'role'});
    draft.flush();
    expect(statuses.at(-1)).toMatchObject({state: 'error', message: expect.stringContaining('the disk is full')});
    expect(draft.unsaved()?.assessment.role.jobTitle).toBe('Typed On A Full Disk');
    full = false;
    draft.flush();
    expect(statuses.at(-1)?.state).toBe('saved');
    expect(draft.unsaved()).toBeNull();
    draft.close();
  });

  it('closing with unsaved changes writes a rescue copy in another folder and says where', () => {
    const {env, folder} = tempHome();
    const tmp = tempFolder('rw-rescue-');
    process.env.TMPDIR = tmp;
    let full = false;
    const writerFor = (f: string, id: string): DraftWriter => {
      const real = draftWriter(f, id);
      return (d) => (full ? (() => { throw enospc(); })() : real(d));
    };
    const draft = draftStore(env, {writerFor}).create(assessmentFixture('model-alignment-researcher.json'));
    full = true;
    draft.update(retitled(draft.initial.assessment, 'Rescued'), {step: 'role'});
    const said: string[] = [];
    closeOrRescue(draft, (t) => said.push(t));
    const [rescue] = readdirSync(tmp);
    expect(said.join('')).toBe(`role-wizard: the last changes could not be saved in the draft; they are in ${join(tmp, rescue!)}\n`);
    expect(JSON.parse(readFileSync(join(tmp, rescue!), 'utf8')).role.jobTitle).toBe('Rescued');
    // The lock is released; the draft file is the one it was.
    expect(readdirSync(folder).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect(readdirSync(folder).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  });

  it('nothing writable: the rescue says so plainly and leaves no partial file', () => {
    expect(writeRescueCopy(assessmentFixture('model-alignment-researcher.json'), ['/proc/role-wizard-nowhere', '/dev/null/x'])).toBeNull();
    const {env} = tempHome();
    const draft = draftStore(env, {writerFor: () => () => { throw enospc(); }}).create(assessmentFixture('model-alignment-researcher.json'));
    process.env.TMPDIR = '/proc/role-wizard-nowhere';
    const said: string[] = [];
    const home = process.env.HOME;
    process.env.HOME = '/proc/role-wizard-nowhere';
    const cwd = process.cwd();
    process.chdir('/proc');
    try {
      closeOrRescue(draft, (t) => said.push(t));
    } finally {
      process.chdir(cwd);
      process.env.HOME = home;
    }
    expect(said.join('')).toBe('role-wizard: the last changes could not be saved anywhere (nothing could be written): they are lost\n');
  });

  it('import: a full disk at the lock or the draft write is one clear message, and leaves no lock or file', async () => {
    const {env, folder} = tempHome();
    const store = draftStore(env, {writerFor: () => () => { throw enospc(); }});
    expect(() => store.saveNew(assessmentFixture('model-alignment-researcher.json'))).toThrow(/^cannot save .*: the disk is full$/);
    expect(readdirSync(folder)).toEqual([]);
  });
});
