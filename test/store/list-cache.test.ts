import {existsSync, readFileSync, statSync, unlinkSync, writeFileSync, type Stats} from 'node:fs';
import {join} from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {LIST_CACHE_NAME, type ListRow, openListCache} from '../../src/store/list-cache.js';
import type {DraftSummary} from '../../src/store/types.js';
import {assessmentFixture, readJson, retitled, tempHome} from './helpers.js';

const NOW = 1_800_000_000_000;
const row: ListRow = {title: 'Paralegal', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', score: 34.4, zone: 'YELLOW', missing: 0, finished: true, basis: {growth: 0, share: 55, own: {yellowUrgentShare: 60}}};

/** The parts of a file's stat the cache compares, for a file last changed `ageMs` before NOW. */
const stamp = (ageMs: number, changes: Partial<Stats> = {}): Stats =>
  ({ino: 42, size: 1234, mtimeMs: NOW - ageMs, ctimeMs: NOW - ageMs, ...changes}) as Stats;

/** A cache opened at NOW. */
const open = (folder: string) => openListCache(folder, 1, () => NOW);

describe('list cache: which rows it trusts', () => {
  it('gives back a recorded row while the file keeps its inode, size, mtime and ctime, and not once any of them changes', () => {
    const {folder} = tempHome();
    const first = open(folder);
    first.record('a.json', stamp(10_000), row);
    first.save();
    const again = open(folder);
    expect(again.lookup('a.json', stamp(10_000))).toEqual(row);
    for (const change of [{ino: 43}, {size: 1235}, {mtimeMs: NOW - 9_000}, {ctimeMs: NOW - 9_000}]) {
      expect(again.lookup('a.json', stamp(10_000, change)), JSON.stringify(change)).toBeNull();
    }
    expect(again.lookup('b.json', stamp(10_000))).toBeNull();
  });

  it('does not record a file changed in the last two seconds: its next change could keep the same timestamps', () => {
    const {folder} = tempHome();
    const cache = open(folder);
    cache.record('fresh.json', stamp(1_000), row);
    cache.record('settled.json', stamp(2_500), row);
    cache.record('ctime-fresh.json', stamp(10_000, {ctimeMs: NOW - 500}), row);
    cache.save();
    const again = open(folder);
    expect(again.lookup('fresh.json', stamp(1_000))).toBeNull();
    expect(again.lookup('settled.json', stamp(2_500))).toEqual(row);
    expect(again.lookup('ctime-fresh.json', stamp(10_000, {ctimeMs: NOW - 500}))).toBeNull();
  });

  it('drops the drafts not seen in a listing (deleted since)', () => {
    const {folder} = tempHome();
    const first = open(folder);
    first.record('kept.json', stamp(10_000), row);
    first.record('deleted.json', stamp(10_000), row);
    first.save();
    const second = open(folder);
    expect(second.lookup('kept.json', stamp(10_000))).toEqual(row);
    second.save();
    expect(Object.keys(readJson(join(folder, LIST_CACHE_NAME)).entries)).toEqual(['kept.json']);
  });

  it('ignores a cache of another method or schema version, one that is not JSON, and entries of the wrong shape', () => {
    const {folder} = tempHome();
    const first = open(folder);
    first.record('a.json', stamp(10_000), row);
    first.save();
    const path = join(folder, LIST_CACHE_NAME);
    const good = readJson(path);
    expect(openListCache(folder, 2, () => NOW).lookup('a.json', stamp(10_000))).toBeNull();
    for (const bad of [
      JSON.stringify({...good, method: 'other'}),
      '{"version": 2, "entr',
      JSON.stringify({...good, entries: {'a.json': {...good.entries['a.json']}}}),
      JSON.stringify({...good, entries: {'a.json': [...good.entries['a.json'].slice(0, 8), 'PURPLE', ...good.entries['a.json'].slice(9)]}}),
      // Own method defaults the draft could not hold: a key that does not exist, a value out of range.
      JSON.stringify({...good, entries: {'a.json': [...good.entries['a.json'].slice(0, 13), {subLabelPurple: 'x'}]}}),
      JSON.stringify({...good, entries: {'a.json': [...good.entries['a.json'].slice(0, 13), {yellowUrgentShare: 500}]}}),
      JSON.stringify({...good, entries: {'a.json': [...good.entries['a.json'].slice(0, 11), 'two', ...good.entries['a.json'].slice(12)]}}),
      JSON.stringify({...good, entries: []}),
      'null',
    ]) {
      writeFileSync(path, bad);
      expect(open(folder).lookup('a.json', stamp(10_000)), bad).toBeNull();
    }
  });
});

describe('list with its cache, on real draft files', () => {
  const {folder, env} = tempHome();
  const store = draftStore(env);
  const cachePath = join(folder, LIST_CACHE_NAME);
  const ids: string[] = [];

  beforeAll(async () => {
    for (const name of ['model-alignment-researcher.json', 'red-data-entry-clerk.json', 'yellow-paralegal.json']) {
      ids.push(store.saveNew(assessmentFixture(name)).id);
    }
    // Drafts are kept in the cache only once unchanged for two seconds.
    await new Promise((r) => setTimeout(r, 2_100));
  }, 10_000);

  const titleOf = (list: DraftSummary[], id: string) => list.find((d) => d.id === id) as DraftSummary & {status: 'ok'};

  it('lists the same rows with or without the cache, and keeps every draft in it', () => {
    const first = store.list();
    expect(Object.keys(readJson(cachePath).entries).sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    const second = store.list();
    unlinkSync(cachePath);
    const withoutCache = store.list();
    expect(second).toEqual(first);
    expect(withoutCache).toEqual(first);
    expect(first.map((d) => d.status === 'ok' && d.score)).toEqual(expect.arrayContaining([86.1, 5.2, 34.4]));
  });

  it('takes an unchanged draft from the cache, without reading the draft', () => {
    store.list();
    const cache = readJson(cachePath);
    const name = `${ids[0]}.json`;
    // What list shows can only come from the cache: the draft file still says otherwise.
    cache.entries[name][4] = 'Title Only The Cache Has';
    writeFileSync(cachePath, JSON.stringify(cache));
    expect(titleOf(store.list(), ids[0]!).title).toBe('Title Only The Cache Has');
    unlinkSync(cachePath);
    expect(titleOf(store.list(), ids[0]!).title).toBe('Model Alignment Researcher');
  });

  it('sees a hand edit made in place, of the same size, after the draft was cached', () => {
    store.list();
    const path = join(folder, `${ids[2]}.json`);
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('"Paralegal"');
    // Same length, same inode: only the file's times tell.
    writeFileSync(path, text.replaceAll('"Paralegal"', '"Legal Aid"'));
    const after = statSync(path);
    expect([after.ino, after.size]).toEqual([before.ino, before.size]);
    expect(titleOf(store.list(), ids[2]!).title).toBe('Legal Aid');
  });

  it('mends a damaged cache file, and forgets a deleted draft', () => {
    writeFileSync(cachePath, '\u0000\u0000garbage');
    const listed = store.list();
    expect(listed).toHaveLength(3);
    expect(readJson(cachePath).version).toBe(3);
    unlinkSync(join(folder, `${ids[1]}.json`));
    expect(store.list().map((d) => d.id)).not.toContain(ids[1]);
    expect(Object.keys(readJson(cachePath).entries)).not.toContain(`${ids[1]}.json`);
    expect(existsSync(cachePath)).toBe(true);
  });
});
