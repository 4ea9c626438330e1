import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {draftStore} from '../../src/store/drafts.js';
import type {DraftSummary} from '../../src/store/types.js';
import {inputsOf, staticClosureOf} from '../support/bundle.js';
import {runCli} from '../support/run-cli.js';
import {assessmentFixture, tempHome} from './helpers.js';

/** A home with the three fixtures and an empty draft saved as drafts. */
function homeWithDrafts() {
  const home = tempHome();
  const store = draftStore(home.env);
  const green = store.saveNew(assessmentFixture('model-alignment-researcher.json'));
  const red = store.saveNew(assessmentFixture('red-data-entry-clerk.json'));
  const yellow = store.saveNew(assessmentFixture('yellow-paralegal.json'));
  const empty = store.saveNew(emptyAssessment());
  return {...home, store, green, red, yellow, empty};
}

describe('role-wizard list', () => {
  it('with no drafts, points to role-wizard new', () => {
    const {env} = tempHome();
    const r = runCli(['list'], {env});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No drafts yet .*Start one with 'role-wizard new'/);
    expect(runCli(['list', '--json'], {env}).stdout.trim()).toBe('[]');
  });

  it('prints a table in 80 columns: title, score, zone or sub-label and state, then the id and last change; damaged drafts with path and reason', () => {
    const {env, folder, green, red, yellow, empty} = homeWithDrafts();
    const broken = join(folder, 'broken-abcde.json');
    writeFileSync(broken, '{"id": "broken-abcde", "title": "Bro');
    const r = runCli(['list'], {env});
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^TITLE\s+SCORE\s+ZONE\s+STATE$/);
    // The table fits 80 columns (a damaged draft's path is printed whole, below it).
    for (const line of lines.slice(0, lines.findIndex((l) => l.startsWith('Damaged drafts')))) expect(line.length, line).toBeLessThanOrEqual(80);
    // A draft's line, then its id and last change, indented, below it.
    const row = (id: string) => lines[lines.findIndex((l) => l.startsWith(`  ${id} · changed `)) - 1] ?? '';
    expect(row(green.id)).toMatch(/^Model Alignment Researcher\s+86\.1\s+Green \(Accelerated\)\s+finished$/);
    expect(row(red.id)).toMatch(/^Data Entry Clerk\s+5\.2\s+RED\s+finished$/);
    expect(row(yellow.id)).toMatch(/^Paralegal\s+34\.4\s+Yellow \(Urgent\)\s+finished$/);
    expect(row(empty.id)).toMatch(/^\(untitled\)\s+—\s+—\s+\d+ missing$/);
    expect(r.stdout).toContain(`  ${green.id} · changed just now`);
    expect(r.stdout).toContain('Damaged drafts');
    expect(r.stdout).toContain(broken);
    expect(r.stdout).toMatch(/not valid JSON at line 1, column \d+/);
    // Listing never touches a damaged file.
    expect(readFileSync(broken, 'utf8')).toBe('{"id": "broken-abcde", "title": "Bro');
  });

  it('--json prints DraftSummary objects; --sort score and zone order them', () => {
    const {env, green, red, yellow, empty} = homeWithDrafts();
    const byScore = JSON.parse(runCli(['list', '--json', '--sort', 'score'], {env}).stdout) as DraftSummary[];
    expect(byScore.map((d) => d.id)).toEqual([green.id, yellow.id, red.id, empty.id]);
    expect(byScore[0]).toMatchObject({status: 'ok', title: 'Model Alignment Researcher', score: 86.1, zone: 'GREEN', missing: 0, finished: true});
    const byZone = JSON.parse(runCli(['list', '--json', '--sort', 'zone'], {env}).stdout) as DraftSummary[];
    expect(byZone.map((d) => (d.status === 'ok' ? d.zone : 'damaged'))).toEqual(['GREEN', 'YELLOW', 'RED', null]);
    const bad = runCli(['list', '--sort', 'title'], {env});
    expect(bad.code).toBe(2);
  });

  it('the list command does not load conf (nor React)', () => {
    const loaded = [...staticClosureOf('src/commands/list.ts')].flatMap(inputsOf);
    expect(loaded.some((f) => f.includes('src/store/catalog.ts'))).toBe(true);
    expect(loaded.filter((f) => /node_modules\/(conf|ajv|react|ink)\//.test(f))).toEqual([]);
  });
});

describe('role-wizard delete', () => {
  it('without a terminal and without --yes: refuses with exit 2 and says to use --yes', () => {
    const {env, folder, red} = homeWithDrafts();
    const r = runCli(['delete', red.id], {env});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(existsSync(join(folder, `${red.id}.json`))).toBe(true);
  });

  it('--yes deletes by exact id or exact title; the start of a title, unknown and ambiguous references delete nothing', () => {
    const {env, folder, red, store} = homeWithDrafts();
    const prefix = runCli(['delete', 'data entry', '--yes'], {env});
    expect(prefix.code).toBe(1);
    expect(prefix.stderr).toContain(`no draft has the id or the title 'data entry'; it is the start of this draft, nothing was done`);
    expect(prefix.stderr).toContain(`  ${red.id}  Data Entry Clerk`);
    expect(existsSync(join(folder, `${red.id}.json`))).toBe(true);
    const r = runCli(['delete', 'data entry clerk', '--yes'], {env});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Deleted draft "Data Entry Clerk" (${red.id})`);
    expect(existsSync(join(folder, `${red.id}.json`))).toBe(false);
    expect(runCli(['delete', 'nurse', '--yes'], {env})).toMatchObject({code: 1, stderr: expect.stringContaining("no draft 'nurse'")});
    store.saveNew({...emptyAssessment(), role: {...emptyAssessment().role, jobTitle: 'Paralegal II'}});
    const ambiguous = runCli(['delete', 'para', '--yes'], {env});
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/the start of these 2 drafts, nothing was done/);
    expect(store.list()).toHaveLength(4);
  });

  it('refuses to delete a draft another process has open', () => {
    const {env, store} = homeWithDrafts();
    const held = store.create(emptyAssessment());
    const r = runCli(['delete', held.id, '--yes'], {env});
    held.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`open in process ${process.pid}`);
  });
});

describe('drafts as inputs to other commands', () => {
  it('score accepts a draft id or title; a damaged draft is explained', () => {
    const {env, folder, green} = homeWithDrafts();
    const r = runCli(['score', green.id, '--json'], {env});
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({zone: 'GREEN'});
    expect(runCli(['score', 'Model Alignment Researcher'], {env}).stdout).toContain('86.1');
    expect(runCli(['score', 'model alignment'], {env})).toMatchObject({code: 1, stderr: expect.stringContaining('it is the start of this draft')});
    writeFileSync(join(folder, `${green.id}.json`), '{');
    const damaged = runCli(['score', green.id], {env});
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain('damaged');
    expect(damaged.stderr).toContain(join(folder, `${green.id}.json`));
  });
});
