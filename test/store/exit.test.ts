import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {draftStore} from '../../src/store/drafts.js';
import {assessmentFixture, readJson, spawnChild, tempHome} from './helpers.js';
import {existsSync} from 'node:fs';

describe('saving on the way out', () => {
  for (const signal of ['SIGHUP', 'SIGTERM', 'SIGINT'] as const) {
    it(`${signal} inside the debounce window: the change is on disk, the lock released, the process ends by the signal`, async () => {
      const {env, folder} = tempHome();
      const saved = draftStore(env).saveNew(assessmentFixture('yellow-paralegal.json'));
      const path = join(folder, `${saved.id}.json`);
      // A one-minute debounce: the change can reach the disk only through the exit flush.
      const child = spawnChild('update-then-wait.ts', [saved.id, `Title before ${signal}`, '60000'], env);
      await child.waitFor('updated');
      expect(readJson(path).assessment.role.jobTitle).toBe('Paralegal');
      child.child.kill(signal);
      const exit = await child.exited;
      expect(exit.signal).toBe(signal);
      const data = readJson(path);
      expect(data.assessment.role.jobTitle).toBe(`Title before ${signal}`);
      expect(data.position).toEqual({step: 'protective', field: 'growth.score'});
      expect(existsSync(join(folder, `${saved.id}.lock`))).toBe(false);
    });
  }

  it('with the normal debounce, SIGHUP right after a change still saves it', async () => {
    const {env, folder} = tempHome();
    const saved = draftStore(env).saveNew(assessmentFixture('yellow-paralegal.json'));
    const child = spawnChild('update-then-wait.ts', [saved.id, 'Quick hang-up'], env);
    await child.waitFor('updated');
    child.child.kill('SIGHUP');
    expect((await child.exited).signal).toBe('SIGHUP');
    expect(readJson(join(folder, `${saved.id}.json`)).assessment.role.jobTitle).toBe('Quick hang-up');
  });
});
