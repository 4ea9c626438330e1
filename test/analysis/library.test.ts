import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadLibrary, loadLibraryInTurns} from '../../src/store/draft-library.js';
import {calibrationLine, nearestRoles} from '../../src/method/calibration.js';
import {setAt} from '../../src/method/fields.js';
import {parseAssessment} from '../../src/method/model.js';
import type {Assessment} from '../../src/method/types.js';
import {draftStore} from '../../src/store/drafts.js';
import {runCli} from '../support/run-cli.js';
import {readFixture} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

const load = (name: string): Assessment => {
  const r = parseAssessment(readFixture(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.assessment;
};

describe('the assessor library (drafts)', () => {
  const home = tempFolder('rw-library-');
  const env = {ROLE_WIZARD_HOME: home};
  const store = draftStore(env);
  const seed = load('model-alignment-researcher.json');
  const theorist = store.saveNew(setAt(setAt(seed, 'role.jobTitle', 'Alignment Theorist'), 'barriers.physicalPresence.score', 1));
  const clerk = store.saveNew(load('red-data-entry-clerk.json'));
  const partial = store.saveNew(setAt(setAt(seed, 'role.jobTitle', 'Half done'), 'growth.score', null));
  writeFileSync(join(home, 'drafts', 'broken-aaaaa.json'), '{"not": "a draft"');

  it('reads every readable draft, skips damaged ones', () => {
    const library = loadLibrary(env);
    expect(library.map((e) => e.id).sort()).toEqual([theorist.id, clerk.id, partial.id].sort());
    const t = library.find((e) => e.id === theorist.id)!;
    expect(t).toMatchObject({title: 'Alignment Theorist', zone: 'GREEN'});
    expect(t.score).toBeGreaterThan(86.1);
    expect(library.find((e) => e.id === partial.id)).toMatchObject({score: null, zone: null});
    expect(loadLibrary(env, {excludeId: clerk.id}).map((e) => e.id)).not.toContain(clerk.id);
  });

  it('calibrates the seed against the library and the reference points', () => {
    const library = loadLibrary(env);
    const near = nearestRoles(seed, library);
    expect(near[0]).toMatchObject({title: 'AI Safety Researcher', kind: 'reference'});
    expect(near[1]).toMatchObject({title: 'Alignment Theorist', kind: 'library', id: theorist.id, biggestDifference: {label: 'Physical Presence'}});
    expect(near.map((r) => r.title)).not.toContain('Half done');
    expect(calibrationLine(seed, library)).toMatch(/^Calibration: 86\.1 sits between AI Safety Researcher \(85\.2, reference\) and Alignment Theorist \(\d+\.\d, library\)\.$/);
  });

  it('diff and sensitivity take draft ids', () => {
    const r = runCli(['diff', clerk.id, theorist.id, '--json'], {env});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sources).toEqual({a: `draft:${clerk.id}`, b: `draft:${theorist.id}`});
    const s = runCli(['sensitivity', theorist.id], {env});
    expect(s.code).toBe(0);
    expect(s.stdout).toContain('Alignment Theorist:');
  });
});

describe('the library as the wizard loads it', () => {
  it('gives the same entries as loadLibrary, and lets other work run while it reads many drafts', async () => {
    const env = {ROLE_WIZARD_HOME: tempFolder('rw-library-turns-')};
    const store = draftStore(env);
    const clerk = load('red-data-entry-clerk.json');
    for (let i = 0; i < 45; i++) store.saveNew(setAt(clerk, 'role.jobTitle', `Clerk ${i}`));
    let otherWorkRan = 0;
    const tick = () => {
      otherWorkRan++;
      if (otherWorkRan < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    const loading = loadLibraryInTurns(env);
    const ranBefore = otherWorkRan;
    const entries = await loading;
    // The reading gave the event loop turns: work queued meanwhile ran before it finished.
    expect(ranBefore).toBe(0);
    expect(otherWorkRan).toBeGreaterThanOrEqual(2);
    otherWorkRan = 1000;
    expect(entries).toHaveLength(45);
    expect(entries).toEqual(loadLibrary(env));
    expect(entries.every((e) => e.zone === 'RED' && e.score === 5.2)).toBe(true);
  });
});
