import {existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {DraftError} from '../../src/store/errors.js';
import {openDraft, SAVE_DELAY_MS} from '../../src/store/open-draft.js';
import {holdDraft} from '../../src/store/trusted-open.js';
import type {Draft} from '../../src/store/types.js';
import {assessmentFixture, readJson, retitled, tempHome} from './helpers.js';

const held: Array<{lock: {release: () => void}}> = [];
afterEach(() => {
  for (const h of held.splice(0)) h.lock.release();
});

describe('holdDraft (resume before the first frame: no zod, no conf)', () => {
  it('finds and locks a draft this program wrote and reads it as the store does', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const saved = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
    const h = holdDraft(env, saved.assessment.role.jobTitle);
    held.push(h);
    expect(h.id).toBe(saved.id);
    expect(existsSync(join(folder, `${saved.id}.lock`))).toBe(true);
    expect(h.trusted).toEqual(store.open(saved.id, {readOnly: true}).initial);
    // The store takes over the held lock (no second lock, no 'locked' error from ourselves).
    const opened = store.open(h.id, {lock: h.lock});
    expect(opened.readOnly).toBe(false);
    opened.close();
    expect(existsSync(join(folder, `${saved.id}.lock`))).toBe(false);
  });

  it('does not trust a file changed by hand: the store must read it in full', () => {
    const {env, folder} = tempHome();
    const saved = draftStore(env).saveNew(assessmentFixture('model-alignment-researcher.json'));
    const path = join(folder, `${saved.id}.json`);
    const data = readJson(path);
    data.assessment.tasks[0].score = 'five';
    writeFileSync(path, JSON.stringify(data));
    const h = holdDraft(env, saved.id);
    held.push(h);
    expect(h.trusted).toBeNull();
    expect(() => draftStore(env).open(h.id, {lock: h.lock})).toThrow(/damaged/);
    // Damaged: the lock was released and the file left as it was.
    expect(existsSync(join(folder, `${saved.id}.lock`))).toBe(false);
    expect(readJson(path).assessment.tasks[0].score).toBe('five');
  });

  it('a draft open elsewhere is DraftError locked, naming the process', () => {
    const {env} = tempHome();
    const open = draftStore(env).create(assessmentFixture('red-data-entry-clerk.json'));
    try {
      let error: unknown;
      try {
        held.push(holdDraft(env, open.id));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DraftError);
      expect((error as DraftError).kind).toBe('locked');
      expect((error as DraftError).pid).toBe(process.pid);
    } finally {
      open.close();
    }
  });
});

describe('writes between keys', () => {
  it('a change handed over once the oldest unsaved one has waited most of the delay is written just after it, not at the timer', async () => {
    const writes: string[] = [];
    const initial: Draft = {id: 'x', title: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', schemaVersion: 1, assessment: assessmentFixture('red-data-entry-clerk.json'), position: {step: 'role'}};
    const draft = openDraft({initial, path: 'x.json', write: (d) => writes.push(d.assessment.role.jobTitle)});
    draft.update(retitled(initial.assessment, 'A'), {step: 'role'});
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS * 0.3));
    draft.update(retitled(initial.assessment, 'Ab'), {step: 'role'});
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([]);
    await new Promise((r) => setTimeout(r, SAVE_DELAY_MS * 0.45));
    draft.update(retitled(initial.assessment, 'Abc'), {step: 'role'});
    expect(writes).toEqual([]);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(['Abc']);
    draft.close();
  });
});
