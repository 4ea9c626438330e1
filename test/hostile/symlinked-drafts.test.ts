/**
 * Symbolic links in the drafts folder: a draft file or a lock file that is a link is never
 * followed: the draft is reported as such (not read, not quoted), what the link points at is
 * neither read nor rewritten nor given another mode.
 */
import {chmodSync, readFileSync, renameSync, statSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {DraftError} from '../../src/store/errors.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {assessmentFixture, retitled, tempHome} from '../store/helpers.js';

const SECRET = 'root:x:0:0:root:/root:/bin/bash\n';

function outsideFile(): string {
  const path = join(tempFolder('rw-outside-'), 'passwd');
  writeFileSync(path, SECRET);
  chmodSync(path, 0o644);
  return path;
}

describe('a draft file that is a symbolic link', () => {
  it('is listed as a link, and no message quotes what it points at', () => {
    const {env, folder} = tempHome();
    symlinkSync(outsideFile(), join(folder, 'passwd.json'));
    for (const args of [['list'], ['score', 'passwd'], ['export', 'passwd'], ['delete', '--yes', 'passwd-nope']]) {
      const r = runCli(args, {env});
      expect(r.stdout + r.stderr, args.join(' ')).not.toContain('root:x');
    }
    const list = runCli(['list'], {env});
    expect(list.stdout).toContain('cannot read it: it is a symbolic link, which is not followed');
    const score = runCli(['score', 'passwd'], {env});
    expect(score.code).toBe(1);
    expect(score.stderr).toContain('the draft is damaged and was left as it is: cannot read it: it is a symbolic link');
  });

  it('is not opened for writing, and the file it points at keeps its text and its mode', () => {
    const {env, folder} = tempHome();
    const outside = outsideFile();
    const store = draftStore(env);
    const draft = store.create(assessmentFixture('model-alignment-researcher.json'));
    draft.close();
    // A draft of ours, swapped for a link to another file (a link to another of the user's JSON files).
    const path = join(folder, `${draft.id}.json`);
    writeFileSync(outside, readFileSync(path));
    chmodSync(outside, 0o644);
    unlinkSync(path);
    symlinkSync(outside, path);
    const before = readFileSync(outside, 'utf8');
    expect(() => store.open(draft.id)).toThrow(DraftError);
    expect(readFileSync(outside, 'utf8')).toBe(before);
    expect(statSync(outside).mode & 0o777).toBe(0o644);
    expect(statSync(path, {throwIfNoEntry: false})).toBeDefined();
  });

  it('one that becomes a link while open is not written through: the save fails and says why', () => {
    const {env, folder} = tempHome();
    const outside = outsideFile();
    const store = draftStore(env);
    const draft = store.create(assessmentFixture('model-alignment-researcher.json'));
    const path = join(folder, `${draft.id}.json`);
    renameSync(path, `${path}.moved`);
    symlinkSync(outside, path);
    const statuses: string[] = [];
    draft.onStatus((s) => statuses.push(s.state === 'error' ? s.message : s.state));
    draft.update(retitled(draft.initial.assessment, 'Changed'), {step: 'role'});
    draft.flush();
    expect(statuses.at(-1)).toMatch(/the draft file is a symbolic link, which is not followed/);
    expect(readFileSync(outside, 'utf8')).toBe(SECRET);
    expect(statSync(outside).mode & 0o777).toBe(0o644);
    draft.close();
  });

  it('a lock file that is a link is not followed: the target is not created or written', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const draft = store.create(assessmentFixture('model-alignment-researcher.json'));
    draft.close();
    const target = join(tempFolder('rw-outside-'), 'created-by-lock');
    symlinkSync(target, join(folder, `${draft.id}.lock`));
    expect(() => store.open(draft.id).close()).toThrow();
    expect(statSync(target, {throwIfNoEntry: false})).toBeUndefined();
  });
});
