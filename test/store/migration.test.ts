import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseAssessment} from '../../src/method/model.js';
import {CURRENT_SCHEMA_VERSION} from '../../src/method/types.js';
import {draftStore} from '../../src/store/drafts.js';
import {DraftError} from '../../src/store/errors.js';
import {DRAFT_SCHEMA, type DraftSchema, migrateDraft} from '../../src/store/migrations.js';
import {assessmentFixture, putDraftFixture, readJson, retitled, tempHome} from './helpers.js';

const V1 = 'model-alignment-researcher-v1fix.json';

describe('draft schema versions', () => {
  it('the version-1 draft fixture opens with the current program, at its step and field, and saves after a change', () => {
    const {env, folder} = tempHome();
    const path = putDraftFixture(folder, V1);
    expect(readJson(path).schemaVersion).toBe(1);
    const store = draftStore(env);
    const draft = store.open('Model Alignment Researcher');
    expect(draft.initial.assessment).toEqual(assessmentFixture('model-alignment-researcher.json'));
    expect(draft.initial.position).toEqual({step: 'tasks', field: 'tasks.2.score'});
    draft.update(retitled(draft.initial.assessment, 'Model Alignment Researcher (senior)'), {step: 'barriers'});
    draft.close();
    const saved = readJson(path);
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.title).toBe('Model Alignment Researcher (senior)');
    expect(store.list()[0]).toMatchObject({status: 'ok', score: 86.1, zone: 'GREEN', finished: true});
  });

  it('a registered migration 1→2 moves a version-1 draft before it is parsed, keeps a backup, and the draft opens', () => {
    // Version 2 (for this test): the barrier question gets new wording, and every v2 draft carries it.
    const NEW_QUESTION = 'What stops AI from doing this work, even where it could?';
    const v2: DraftSchema = {
      current: 2,
      migrations: [
        {
          from: 1,
          describe: 'barriers.reframedQuestion reworded',
          migrate: (d) => {
            ((d.assessment as Record<string, any>).barriers as Record<string, unknown>).reframedQuestion = NEW_QUESTION;
            return d;
          },
        },
      ],
      // This program's Assessment type is version 1; the stand-in v2 reader checks the v2 mark and reuses it.
      parse: (data) => {
        const a = data as Record<string, any>;
        if (a.barriers?.reframedQuestion !== NEW_QUESTION) return {ok: false, problems: [{path: 'barriers.reframedQuestion', message: 'not version 2'}]};
        return parseAssessment({...a, schemaVersion: 1});
      },
    };
    const {env, folder} = tempHome();
    const path = putDraftFixture(folder, V1);
    const original = readFileSync(path);
    const expected = assessmentFixture('model-alignment-researcher.json');

    // A read-only open migrates in memory only.
    const store = draftStore(env, {schema: v2});
    const ro = store.open('model-alignment-researcher-v1fix', {readOnly: true});
    expect(ro.initial.assessment.barriers.reframedQuestion).toBe(NEW_QUESTION);
    expect(ro.initial.assessment.tasks).toEqual(expected.tasks);
    expect(ro.initial.schemaVersion).toBe(2);
    ro.close();
    expect(readFileSync(path).equals(original)).toBe(true);

    // Opened for writing: moved on disk at once, the version-1 file kept as a backup.
    const draft = store.open('model-alignment-researcher-v1fix');
    expect(draft.initial.assessment.barriers.reframedQuestion).toBe(NEW_QUESTION);
    const onDisk = readJson(path);
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.assessment.barriers.reframedQuestion).toBe(NEW_QUESTION);
    expect(onDisk.assessment.reinstatementCheck).toBe(expected.reinstatementCheck);
    expect(readFileSync(join(folder, 'model-alignment-researcher-v1fix.v1.bak')).equals(original)).toBe(true);
    draft.close();

    // And the moved draft opens again without migrating.
    const again = store.open('model-alignment-researcher-v1fix');
    expect(again.initial.position).toEqual({step: 'tasks', field: 'tasks.2.score'});
    again.close();
    // The current program (version 1) refuses the version-2 file and leaves it as it is.
    const moved = readFileSync(path);
    expect(() => draftStore(env).open('model-alignment-researcher-v1fix')).toThrow(/newer role-wizard \(schema version 2; this one reads up to 1\)/);
    expect(readFileSync(path).equals(moved)).toBe(true);
    // Deleting removes the backup too.
    store.remove('model-alignment-researcher-v1fix');
    expect(existsSync(join(folder, 'model-alignment-researcher-v1fix.v1.bak'))).toBe(false);
  });

  it('a draft newer than this program is refused with a clear message, listed as such, and never rewritten', () => {
    const {env, folder} = tempHome();
    const path = putDraftFixture(folder, V1);
    const data = readJson(path);
    data.schemaVersion = 7;
    data.assessment.schemaVersion = 7;
    writeFileSync(path, JSON.stringify(data));
    const bytes = readFileSync(path);
    const store = draftStore(env);
    let error: DraftError | undefined;
    try {
      store.open('model-alignment-researcher-v1fix');
    } catch (e) {
      error = e as DraftError;
    }
    expect(error?.kind).toBe('damaged');
    expect(error?.message).toContain('newer role-wizard (schema version 7; this one reads up to 1); update role-wizard');
    expect(store.list()).toEqual([{status: 'damaged', id: 'model-alignment-researcher-v1fix', path, reason: expect.stringContaining('schema version 7')}]);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('migrateDraft: a gap in the chain or a missing version is a reason, not a crash', () => {
    expect(migrateDraft({schemaVersion: 1}, {...DRAFT_SCHEMA, current: 3, migrations: [{from: 1, describe: 'x', migrate: (d) => d}]})).toEqual({
      ok: false,
      reason: 'no migration from schema version 2 to 3',
    });
    expect(migrateDraft({})).toMatchObject({ok: false, reason: expect.stringContaining('schemaVersion is undefined')});
  });
});
