import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {draftStore, newDraftId} from '../../src/store/drafts.js';
import {DraftError} from '../../src/store/errors.js';
import {loadDraftAssessment} from '../../src/store/lookup.js';
import type {OpenDraft, SaveStatus} from '../../src/store/types.js';
import {assessmentFixture, readJson, retitled, tempHome} from './helpers.js';

const open: OpenDraft[] = [];
const track = (d: OpenDraft) => (open.push(d), d);
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

const thrown = (fn: () => unknown): DraftError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DraftError) return error;
    throw error;
  }
  throw new Error('expected a DraftError');
};

describe('draft store: create, update, flush, open', () => {
  it('creates a draft file at once, mode 0600, with id, title, times, schema version, assessment and position', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    expect(store.folder).toBe(folder);
    const draft = track(store.create(emptyAssessment()));
    const path = join(folder, `${draft.id}.json`);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const data = readJson(path);
    expect(Object.keys(data).sort()).toEqual(['assessment', 'createdAt', 'id', 'position', 'schemaVersion', 'summary', 'title', 'updatedAt']);
    expect(data).toMatchObject({id: draft.id, title: '(untitled)', schemaVersion: 1, position: {step: 'role'}});
    expect(data.assessment).toEqual(emptyAssessment());
    expect(existsSync(join(folder, `${draft.id}.lock`))).toBe(true);
  });

  it('writes an update on flush, keeps 0600, and opens again at the same step and field', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const draft = store.create(emptyAssessment());
    const changed = retitled(assessmentFixture('yellow-paralegal.json'), 'Paralegal (litigation)');
    draft.update(changed, {step: 'tasks', field: 'tasks.1.timePercent'});
    draft.flush();
    const path = join(folder, `${draft.id}.json`);
    expect(readJson(path).title).toBe('Paralegal (litigation)');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    draft.close();
    expect(existsSync(join(folder, `${draft.id}.lock`))).toBe(false);

    const again = track(store.open(draft.id));
    expect(again.initial.assessment).toEqual(changed);
    expect(again.initial.position).toEqual({step: 'tasks', field: 'tasks.1.timePercent'});
    expect(again.initial.title).toBe('Paralegal (litigation)');
    expect(Date.parse(again.initial.updatedAt)).toBeGreaterThanOrEqual(Date.parse(again.initial.createdAt));
  });

  it('ids are short, readable and unique', () => {
    const ids = new Set(Array.from({length: 500}, () => newDraftId('Model Alignment Researcher')));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(/^model-alignment-researcher-[0-9a-z]{5}$/);
    expect(newDraftId('')).toMatch(/^draft-[0-9a-z]{5}$/);
    expect(newDraftId('Ünïcode — Analyst!')).toMatch(/^unicode-analyst-[0-9a-z]{5}$/);
  });

  it('finds a draft by its exact id or exact title in any case; the start of a title names none and lists the candidates', () => {
    const {env} = tempHome();
    const store = draftStore(env);
    const a = store.saveNew(retitled(emptyAssessment(), 'Paralegal'));
    const b = store.saveNew(retitled(emptyAssessment(), 'Paralegal Manager'));
    const c = store.saveNew(retitled(emptyAssessment(), 'Data Entry Clerk'));
    expect(track(store.open('data entry clerk', {readOnly: true})).id).toBe(c.id);
    expect(track(store.open(a.id, {readOnly: true})).id).toBe(a.id);
    // An exact title wins over a longer one with the same start.
    expect(track(store.open('PARALEGAL', {readOnly: true})).id).toBe(a.id);
    const single = thrown(() => store.open('data entry'));
    expect(single.kind).toBe('ambiguous');
    expect(single.message).toContain(`it is the start of this draft, nothing was done: give the id or the whole title:\n  ${c.id}  Data Entry Clerk`);
    expect(thrown(() => store.open(c.id.slice(0, 6))).kind).toBe('ambiguous');
    const ambiguous = thrown(() => store.open('parale'));
    expect(ambiguous.kind).toBe('ambiguous');
    expect(ambiguous.message).toContain(a.id);
    expect(ambiguous.message).toContain(b.id);
    expect(ambiguous.message).toContain('Paralegal Manager');
    const missing = thrown(() => store.open('nurse'));
    expect(missing.kind).toBe('not-found');
    expect(missing.exitCode).toBe(1);
  });

  it('opens read-only without a lock and never writes, even after updates and close', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const saved = store.saveNew(assessmentFixture('red-data-entry-clerk.json'));
    const path = join(folder, `${saved.id}.json`);
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const draft = store.open(saved.id, {readOnly: true});
    const statuses: SaveStatus[] = [];
    draft.onStatus((s) => statuses.push(s));
    expect(draft.readOnly).toBe(true);
    expect(existsSync(join(folder, `${saved.id}.lock`))).toBe(false);
    draft.update(retitled(saved.assessment, 'Changed'), {step: 'barriers'});
    draft.flush();
    draft.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(readdirSync(folder).sort()).toEqual([`${saved.id}.json`]);
    expect(statuses).toEqual([{state: 'read-only', heldBy: undefined}]);
  });

  it('removes a draft with its left-behind lock; refuses while it is held', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const held = store.create(emptyAssessment());
    const err = thrown(() => store.remove(held.id));
    expect(err.kind).toBe('locked');
    expect(err.pid).toBe(process.pid);
    held.close();
    store.remove(held.id);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('loadDraftAssessment: the assessment by id or title, null when there is none, never by the start of a title', async () => {
    const {env} = tempHome();
    const store = draftStore(env);
    const saved = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
    const io = {out: () => {}, err: () => {}, cwd: '/', env, stdinIsTTY: false, stdoutIsTTY: false};
    expect(await loadDraftAssessment('model alignment researcher', io)).toEqual({id: saved.id, assessment: saved.assessment});
    expect(await loadDraftAssessment('nothing-like-it', io)).toBeNull();
    await expect(loadDraftAssessment('model align', io)).rejects.toThrow(/it is the start of this draft, nothing was done/);
  });

  it('uses the config folder when ROLE_WIZARD_HOME is not set', () => {
    const store = draftStore({XDG_CONFIG_HOME: '/tmp/rw-xdg-test', HOME: '/tmp/rw-home-test'});
    // env-paths reads the real environment; the folder ends in role-wizard-nodejs/drafts like conf's own.
    expect(store.folder).toMatch(/role-wizard-nodejs[\\/]drafts$/);
  });
});

describe('draft store: damaged files', () => {
  it('lists a truncated and a corrupted draft with path and reason; the others still work; opening explains and leaves the bytes', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const good = store.saveNew(assessmentFixture('yellow-paralegal.json'));
    const t = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
    const c = store.saveNew(assessmentFixture('red-data-entry-clerk.json'));
    const truncatedPath = join(folder, `${t.id}.json`);
    const corruptPath = join(folder, `${c.id}.json`);
    const full = readFileSync(truncatedPath);
    writeFileSync(truncatedPath, full.subarray(0, Math.floor(full.length / 2)));
    const corrupt = readJson(corruptPath);
    corrupt.assessment.tasks[0].score = 9;
    writeFileSync(corruptPath, JSON.stringify(corrupt));
    const bytes = [readFileSync(truncatedPath), readFileSync(corruptPath)];

    const list = store.list();
    expect(list.map((s) => s.status)).toEqual(['ok', 'damaged', 'damaged']);
    expect(list[0]).toMatchObject({status: 'ok', id: good.id, zone: 'YELLOW', score: 34.4});
    const byId = Object.fromEntries(list.map((s) => [s.id, s]));
    expect(byId[t.id]).toMatchObject({status: 'damaged', path: truncatedPath});
    expect((byId[t.id] as {reason: string}).reason).toMatch(/not valid JSON at line \d+, column \d+.*truncated or corrupted/);
    expect((byId[c.id] as {reason: string}).reason).toContain('assessment.tasks.0.score: expected a whole number from 1 to 5');

    for (const [id, path] of [[t.id, truncatedPath], [c.id, corruptPath]] as const) {
      const err = thrown(() => store.open(id));
      expect(err.kind).toBe('damaged');
      expect(err.path).toBe(path);
      expect(err.message).toContain(path);
      expect(err.message).toContain('left as it is');
      expect(thrown(() => store.open(id, {readOnly: true})).kind).toBe('damaged');
    }
    expect(readFileSync(truncatedPath).equals(bytes[0]!)).toBe(true);
    expect(readFileSync(corruptPath).equals(bytes[1]!)).toBe(true);
    // No lock was left behind by the refused opens.
    expect(readdirSync(folder).filter((n) => n.endsWith('.lock'))).toEqual([]);
    track(store.open(good.id)).close();
  });

  it('an empty file is listed as truncated', () => {
    const {env, folder} = tempHome();
    writeFileSync(join(folder, 'empty-draft.json'), '');
    expect(draftStore(env).list()).toEqual([
      {status: 'damaged', id: 'empty-draft', path: join(folder, 'empty-draft.json'), reason: 'the file is empty (truncated)'},
    ]);
  });
});

describe('draft store: list', () => {
  it('lists most recently changed first, with score, zone, completeness; sorts by score and zone', async () => {
    const {env} = tempHome();
    let clock = Date.parse('2025-03-01T10:00:00Z');
    const store = draftStore(env, {now: () => new Date((clock += 60_000))});
    const yellow = store.saveNew(assessmentFixture('yellow-paralegal.json'));
    const green = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
    const red = store.saveNew(assessmentFixture('red-data-entry-clerk.json'));
    const empty = store.saveNew(emptyAssessment());
    // The paralegal is changed last: it moves to the top.
    const d = store.open(yellow.id);
    d.update(retitled(yellow.assessment, 'Paralegal'), {step: 'tasks'});
    d.close();

    const list = store.list();
    expect(list.map((s) => s.id)).toEqual([yellow.id, empty.id, red.id, green.id]);
    expect(list[0]).toMatchObject({status: 'ok', title: 'Paralegal', score: 34.4, zone: 'YELLOW', finished: true, missing: 0});
    expect(list[1]).toMatchObject({status: 'ok', title: '(untitled)', score: null, zone: null, finished: false});
    expect((list[1] as {missing: number}).missing).toBeGreaterThan(10);

    const {sortSummaries} = await import('../../src/store/catalog.js');
    expect(sortSummaries(list, 'score').map((s) => s.id)).toEqual([green.id, yellow.id, red.id, empty.id]);
    expect(sortSummaries(list, 'zone').map((s) => (s.status === 'ok' ? s.zone : null))).toEqual(['GREEN', 'YELLOW', 'RED', null]);
  });

  it('an empty or missing folder lists nothing', () => {
    expect(draftStore({ROLE_WIZARD_HOME: '/nonexistent/rw-nowhere'}).list()).toEqual([]);
  });
});

describe('list reads the summary saved with each draft, and trusts it only while it matches', () => {
  it('lists a saved draft from its summary, and rescores one whose assessment was changed by hand', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const draft = store.create(assessmentFixture('model-alignment-researcher.json'));
    draft.flush();
    draft.close();
    const path = join(folder, `${draft.id}.json`);
    const saved = readJson(path) as {summary: {score: number; zone: string; missing: number}; assessment: {growth: {score: number}}};
    expect(saved.summary).toMatchObject({score: 86.1, zone: 'GREEN', missing: 0});
    expect(store.list()).toEqual([expect.objectContaining({id: draft.id, score: 86.1, zone: 'GREEN', finished: true})]);

    // A summary that disagrees with its assessment is never shown: here growth 2 -> -2 by hand
    // (raw 4.70 x 1.32 x 1.08 x 0.90 = 6.0303; (6.0303 - 0.54) / 7.93 x 100 = 69.2).
    saved.assessment.growth.score = -2;
    writeFileSync(path, JSON.stringify(saved));
    expect(store.list()).toEqual([expect.objectContaining({id: draft.id, score: 69.2, zone: 'GREEN'})]);

    // A summary from an older method version is not trusted either.
    const again = readJson(path) as Record<string, unknown> & {summary: Record<string, unknown>};
    again.summary = {...again.summary, method: '0.9', score: 1, zone: 'RED'};
    writeFileSync(path, JSON.stringify(again));
    expect(store.list()[0]).toMatchObject({score: 69.2, zone: 'GREEN'});
  });

  it('lists a draft written without a summary (older files) by reading it in full', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const draft = store.create(assessmentFixture('yellow-paralegal.json'));
    draft.close();
    const path = join(folder, `${draft.id}.json`);
    const data = readJson(path) as Record<string, unknown>;
    delete data.summary;
    writeFileSync(path, JSON.stringify(data));
    expect(store.list()).toEqual([expect.objectContaining({id: draft.id, score: 34.4, zone: 'YELLOW', finished: true})]);
  });
});
