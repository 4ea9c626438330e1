/**
 * Every command that shows a zone's sub-label takes the team's method defaults from the project
 * config, found as `check` finds it (above the report's folder, or above the current folder for
 * a draft): `list`, `sensitivity`, `diff`, `index` and the wizard's library. A config that moves a
 * threshold moves what they show.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {forgetProjectConfigs} from '../../src/config/project-config.js';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {storeLibrary} from '../../src/ui/hooks/use-library.js';
import {generatedRole, makeTeamRepo, reportOf} from '../library/support.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

/** The first generated Yellow role whose share of time scoring 3+ makes it Urgent by the built-in default (40%). */
function urgentYellow(): {i: number; a: Assessment; share: number} {
  for (let i = 0; i < 500; i++) {
    const a = generatedRole(i);
    const card = score(a);
    if (card.zone === 'YELLOW' && card.subLabel === 'Yellow (Urgent)' && card.shareScoring3Plus !== null && card.shareScoring3Plus < 100) {
      a.role.jobTitle = 'Urgent Yellow Role';
      return {i, a, share: card.shareScoring3Plus};
    }
  }
  throw new Error('no Urgent Yellow role among the generated ones');
}

const {a: role, share} = urgentYellow();
// Urgent only from one point above this role's share: the same role is Moderate under the config.
const config = {library: 'reports', methodDefaults: {yellowUrgentShare: share + 1}};

function repoWithConfig() {
  const repo = makeTeamRepo(1, config);
  writeFileSync(join(repo.reports, 'yellow.md'), reportOf(role));
  forgetProjectConfigs();
  return repo;
}

describe('the config moves what the commands show', () => {
  it('sensitivity and diff of a report read the config above its folder', () => {
    const repo = repoWithConfig();
    const plain = tempFolder('rw-plain-');
    writeFileSync(join(plain, 'yellow.md'), reportOf(role));
    const sensitivityOf = (cwd: string, file: string) => JSON.parse(runCli(['sensitivity', file, '--json'], {cwd}).stdout) as {subLabel: string};
    expect(sensitivityOf(plain, 'yellow.md').subLabel).toBe('Yellow (Urgent)');
    expect(sensitivityOf(repo.root, 'reports/yellow.md').subLabel).toBe('Yellow (Moderate)');
    // From another folder: the config above the report, not the current folder's.
    expect(sensitivityOf(plain, join(repo.reports, 'yellow.md')).subLabel).toBe('Yellow (Moderate)');

    const diff = JSON.parse(runCli(['diff', 'reports/yellow.md', join(plain, 'yellow.md'), '--json'], {cwd: repo.root}).stdout) as {
      a: {subLabel: string};
      b: {subLabel: string};
    };
    expect([diff.a.subLabel, diff.b.subLabel]).toEqual(['Yellow (Moderate)', 'Yellow (Urgent)']);
  });

  it('index ranks each report under the config above its own folder', () => {
    const repo = repoWithConfig();
    const r = runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(r.code, r.stderr).toBe(0);
    const index = runCli(['index'], {cwd: repo.root}).stdout;
    const row = index.split('\n').find((l) => l.includes('yellow.md'));
    expect(row).toContain('Yellow (Moderate)');
    // A folder of the library with a config of its own, nearer to its reports: that one applies there.
    const teamB = join(repo.reports, 'team-b');
    mkdirSync(teamB);
    writeFileSync(join(teamB, 'role-wizard.config.json'), JSON.stringify({methodDefaults: {yellowUrgentShare: 0}}));
    writeFileSync(join(teamB, 'yellow-b.md'), reportOf(role));
    forgetProjectConfigs();
    const again = runCli(['index'], {cwd: repo.root}).stdout.split('\n');
    expect(again.find((l) => l.includes('yellow.md'))).toContain('Yellow (Moderate)');
    expect(again.find((l) => l.includes('yellow-b.md'))).toContain('Yellow (Urgent)');
  });

  it("list: each draft's sub-label under the current folder's config, a draft's own defaults first", () => {
    const repo = repoWithConfig();
    const home = tempFolder('rw-cfg-list-');
    const elsewhere = tempFolder('rw-list-elsewhere-');
    expect(runCli(['import', join(repo.reports, 'yellow.md')], {env: {ROLE_WIZARD_HOME: home}, cwd: elsewhere}).code).toBe(0);
    // A second draft of the same role that sets the threshold itself, at the built-in 40%.
    const own = join(elsewhere, 'own.md');
    writeFileSync(own, reportOf({...role, role: {...role.role, jobTitle: 'Own Threshold Role'}, methodDefaults: {yellowUrgentShare: 40}}));
    expect(runCli(['import', own], {env: {ROLE_WIZARD_HOME: home}, cwd: elsewhere}).code).toBe(0);
    type Row = {title: string; zone: string; subLabel: string | null};
    const listed = (cwd: string) => (JSON.parse(runCli(['list', '--json'], {env: {ROLE_WIZARD_HOME: home}, cwd}).stdout) as Row[]).map((r) => [r.title, r.zone, r.subLabel]).sort();
    expect(listed(elsewhere)).toEqual([
      ['Own Threshold Role', 'YELLOW', 'Yellow (Urgent)'],
      ['Urgent Yellow Role', 'YELLOW', 'Yellow (Urgent)'],
    ]);
    expect(listed(repo.root)).toEqual([
      ['Own Threshold Role', 'YELLOW', 'Yellow (Urgent)'],
      ['Urgent Yellow Role', 'YELLOW', 'Yellow (Moderate)'],
    ]);
    const table = runCli(['list'], {env: {ROLE_WIZARD_HOME: home}, cwd: repo.root}).stdout;
    expect(table.split('\n').find((l) => l.startsWith('Urgent Yellow Role'))).toMatch(/\d\s+Yellow \(Moderate\)\s+/);
  });

  it("the wizard's library: drafts under the current folder's config, reports under their own", async () => {
    const repo = repoWithConfig();
    const home = tempFolder('rw-cfg-home-');
    const imported = runCli(['import', join(repo.reports, 'yellow.md')], {env: {ROLE_WIZARD_HOME: home}, cwd: tempFolder('rw-elsewhere-')});
    expect(imported.code, imported.stderr).toBe(0);
    forgetProjectConfigs();
    const read = await storeLibrary({ROLE_WIZARD_HOME: home}, {cwd: repo.root})('none');
    const loaded = read as Exclude<typeof read, unknown[]>;
    const subLabels = loaded.entries.filter((e) => e.title === role.role.jobTitle).map((e) => score(e.assessment).subLabel);
    // The draft (imported where no config applies) and the library's report, both under the config.
    expect(subLabels).toEqual(['Yellow (Moderate)', 'Yellow (Moderate)']);
    // Without a config: the built-in default.
    forgetProjectConfigs();
    const bare = await storeLibrary({ROLE_WIZARD_HOME: home}, {cwd: tempFolder('rw-bare-')})('none');
    const entries = Array.isArray(bare) ? bare : bare.entries;
    expect(entries.map((e) => score(e.assessment).subLabel)).toEqual(['Yellow (Urgent)']);
  });
});
