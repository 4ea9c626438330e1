/**
 * A draft is named by its exact id or its exact title: `delete --yes m` once deleted "Model
 * Alignment Researcher" by the start of its title. A prefix lists the candidates and changes nothing.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {runCli} from '../support/run-cli.js';
import {assessmentFixture, tempHome} from '../store/helpers.js';

describe('drafts by exact id or exact title', () => {
  it('delete --yes with the start of a title or an id deletes nothing and lists the candidates', () => {
    const {env, folder} = tempHome();
    const saved = draftStore(env).saveNew(assessmentFixture('model-alignment-researcher.json'));
    const file = join(folder, `${saved.id}.json`);
    for (const ref of ['m', 'Model Alignment', saved.id.slice(0, -1)]) {
      const r = runCli(['delete', '--yes', ref], {env});
      expect(r.code, ref).toBe(1);
      expect(r.stdout, ref).toBe('');
      expect(r.stderr, ref).toContain(`it is the start of this draft, nothing was done: give the id or the whole title:\n  ${saved.id}  Model Alignment Researcher`);
      expect(existsSync(file), ref).toBe(true);
    }
    for (const args of [['export', 'm'], ['sensitivity', 'model'], ['diff', 'model', 'model']]) {
      expect(runCli(args, {env}).stderr, args.join(' ')).toContain('it is the start of this draft');
    }
    const byTitle = runCli(['delete', '--yes', 'model alignment researcher'], {env});
    expect(byTitle.code).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('two drafts with the same title are named by id only', () => {
    const {env, folder} = tempHome();
    const store = draftStore(env);
    const a = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
    const b = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
    const r = runCli(['delete', '--yes', 'Model Alignment Researcher'], {env});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("'Model Alignment Researcher' is the title of 2 drafts; give the id:");
    expect(existsSync(join(folder, `${a.id}.json`)) && existsSync(join(folder, `${b.id}.json`))).toBe(true);
    expect(runCli(['delete', '--yes', a.id], {env}).code).toBe(0);
  });
});
