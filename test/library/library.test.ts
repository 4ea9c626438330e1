/**
 * The library folder as library entries: named by the config, ROLE_WIZARD_LIBRARY or --library;
 * its reports beside the drafts for calibration, diff, sensitivity and new --from; a report that
 * cannot be read listed, never skipped; the wizard's export defaulting into the folder.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {libraryFolder} from '../../src/config/library-location.js';
import {forgetProjectConfigs} from '../../src/config/project-config.js';
import {findLibraryReport, loadLibraryFolder, loadLibraryFolderInTurns, reportFiles} from '../../src/report/library-reports.js';
import {storeLibrary} from '../../src/ui/hooks/use-library.js';
import {defaultExportPath} from '../../src/ui/steps/export-prompt.js';
import {score} from '../../src/method/score.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {cutShort, generatedRole, makeTeamRepo, reportOf} from './support.js';

describe('where the library is', () => {
  it('the config names it relative to its own folder; ROLE_WIZARD_LIBRARY and --library (from the current folder) override it', () => {
    const repo = makeTeamRepo(1);
    const sub = join(repo.root, 'a', 'b');
    mkdirSync(sub, {recursive: true});
    forgetProjectConfigs();
    expect(libraryFolder(sub, {})).toEqual({dir: repo.reports, namedBy: join(repo.root, 'role-wizard.config.json'), skip: expect.any(Function)});
    expect(libraryFolder(sub, {ROLE_WIZARD_LIBRARY: 'mine'})).toEqual({dir: join(sub, 'mine'), namedBy: 'ROLE_WIZARD_LIBRARY', skip: expect.any(Function)});
    expect(libraryFolder(sub, {ROLE_WIZARD_LIBRARY: 'mine'}, '../x')).toEqual({dir: join(repo.root, 'a', 'x'), namedBy: '--library', skip: expect.any(Function)});
    expect(libraryFolder(tempFolder('rw-nolib-'), {})).toBeNull();
  });
});

describe('the library folder read as entries', () => {
  it('every *.md below it, in code-point order, dot folders and node_modules skipped', () => {
    const dir = tempFolder('rw-files-');
    for (const p of ['b.md', 'B.md', 'a/z.md', '.hidden/x.md', 'node_modules/y.md', 'notes.txt', 'a/é.md']) {
      mkdirSync(join(dir, p, '..'), {recursive: true});
      writeFileSync(join(dir, p), '');
    }
    expect(reportFiles(dir).map((f) => f.below)).toEqual(['B.md', 'a/z.md', 'a/é.md', 'b.md']);
  });

  it('the wizard lists a large folder in turns: the same files in the same order, with pauses between', async () => {
    const dir = tempFolder('rw-turns-');
    const names = ['.hidden/x.md', 'node_modules/y.md', 'notes.txt', 'z/deep/last.md'];
    for (let i = 0; i < 2500; i++) names.push(`${i % 3 === 0 ? 'sub/' : ''}r${String(i).padStart(4, '0')}.md`);
    for (const p of names) {
      mkdirSync(join(dir, p, '..'), {recursive: true});
      // One section and nothing else: a report cut short, which cannot be read.
      writeFileSync(join(dir, p), '## Role Definition\n');
    }
    const files = reportFiles(dir);
    expect(files).toHaveLength(2501);
    expect(reportFiles(`${dir}/./z/..`)).toEqual(files);
    let pauses = 0;
    const read = await loadLibraryFolderInTurns(dir, dir, async () => {
      pauses++;
    });
    // Every file is unreadable (cut short), so the list is the walk's, in its order.
    expect(read.unreadable.map((u) => u.path)).toEqual(files.map((f) => f.below));
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('gives each readable report an entry with its score, lists the unreadable with why, and keeps no free text', async () => {
    const repo = makeTeamRepo(3);
    writeFileSync(join(repo.reports, 'broken.md'), cutShort(reportOf(generatedRole(9))));
    const loaded = loadLibraryFolder(repo.reports, repo.root);
    expect(loaded.entries.map((e) => e.id)).toEqual(['reports/role-000.md', 'reports/role-001.md', 'reports/role-002.md', 'reports/zz-wrong-raw.md']);
    for (const [i, e] of loaded.entries.slice(0, 3).entries()) {
      const want = score(generatedRole(i));
      expect([e.title, e.score, e.zone]).toEqual([generatedRole(i).role.jobTitle, want.score, want.zone]);
      // The scored inputs are kept (calibration compares them), the texts are not.
      expect(score(e.assessment).vector).toBe(want.vector);
      expect(e.assessment.commentary.scoreVsReality).toBe('');
    }
    expect(loaded.unreadable).toEqual([{path: 'reports/broken.md', reason: expect.stringMatching(/^broken\.md:\d+: /)}]);
    expect(await loadLibraryFolderInTurns(repo.reports, repo.root)).toEqual(loaded);
    // A folder that is not there is one unreadable entry, not an empty library.
    expect(loadLibraryFolder(join(repo.root, 'nowhere'), repo.root).unreadable).toHaveLength(1);
  });

  it("the wizard's library: drafts, then the team's reports, with the folder and what cannot be read", async () => {
    const repo = makeTeamRepo(2);
    writeFileSync(join(repo.reports, 'broken.md'), cutShort(reportOf(generatedRole(9))));
    const home = tempFolder('rw-lib-home-');
    forgetProjectConfigs();
    const read = await storeLibrary({ROLE_WIZARD_HOME: home}, {cwd: repo.root})('none');
    expect(Array.isArray(read)).toBe(false);
    const loaded = read as Exclude<typeof read, unknown[]>;
    expect(loaded.folder).toBe(repo.reports);
    expect(loaded.entries.map((e) => e.title)).toEqual([0, 1, 2].map((i) => generatedRole(i).role.jobTitle));
    expect(loaded.unreadable!.map((u) => u.path)).toEqual(['reports/broken.md']);
    // Without a library named, the drafts alone, as before.
    expect(await storeLibrary({ROLE_WIZARD_HOME: home}, {cwd: tempFolder('rw-plain-')})('none')).toEqual([]);
  });

  it('finds a report by file name, path or exact title; several matches are an error naming them', () => {
    const repo = makeTeamRepo(2);
    const title = generatedRole(1).role.jobTitle;
    expect(findLibraryReport(repo.reports, 'role-001')?.path).toBe('role-001.md');
    expect(findLibraryReport(repo.reports, 'role-001.md')?.path).toBe('role-001.md');
    expect(findLibraryReport(repo.reports, title.toUpperCase())?.path).toBe('role-001.md');
    expect(findLibraryReport(repo.reports, 'No Such Role')).toBeNull();
    mkdirSync(join(repo.reports, 'old'));
    writeFileSync(join(repo.reports, 'old', 'x.md'), 'no');
    writeFileSync(join(repo.reports, 'x.md'), 'no');
    expect(() => findLibraryReport(repo.reports, 'x')).toThrow(/x: the library's report cannot be read/);
    expect(() => findLibraryReport(repo.reports, 'old/x')).toThrow(/cannot be read/);
  });
});

describe('commands use the library', () => {
  it('diff and sensitivity take a library report by its title; export --calibration counts the library and names what it cannot read', () => {
    const repo = makeTeamRepo(3);
    writeFileSync(join(repo.reports, 'broken.md'), cutShort(reportOf(generatedRole(9))));
    const [a, b] = [generatedRole(0).role.jobTitle, generatedRole(2).role.jobTitle];
    const diff = runCli(['diff', a, b, '--json'], {cwd: repo.root});
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).sources).toEqual({a: join(repo.reports, 'role-000.md'), b: join(repo.reports, 'role-002.md')});
    expect(runCli(['sensitivity', 'role-001', '--json'], {cwd: repo.root}).code).toBe(0);
    const missing = runCli(['diff', 'Nobody', b], {cwd: repo.root});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Nobody: no such file, draft or report of the library/);

    const exported = runCli(['export', join(repo.reports, 'role-000.md'), '--calibration'], {cwd: repo.root});
    expect(exported.code).toBe(0);
    const line = /Calibration: [^\n]*/.exec(exported.stdout)![0];
    expect(line).toMatch(/library\)/);
    expect(line).not.toContain(a);
    expect(exported.stderr).toMatch(/library: broken\.md:\d+: /);
    // --library names another folder; ROLE_WIZARD_LIBRARY too.
    const other = tempFolder('rw-other-lib-');
    expect(runCli(['diff', a, b, '--library', other], {cwd: repo.root}).code).toBe(1);
    expect(runCli(['diff', a, b], {cwd: repo.root, env: {ROLE_WIZARD_LIBRARY: other}}).code).toBe(1);
  });
});

describe("the wizard's export path", () => {
  it('is <library>/<slug>.md with a library, shown from the current folder; ./<slug>.md without', () => {
    expect(defaultExportPath('Model Alignment Researcher', null, '/repo')).toBe('./model-alignment-researcher.md');
    expect(defaultExportPath('Model Alignment Researcher', '/repo/reports', '/repo')).toBe('./reports/model-alignment-researcher.md');
    expect(defaultExportPath('Model Alignment Researcher', '/elsewhere/reports', '/repo')).toBe('/elsewhere/reports/model-alignment-researcher.md');
    expect(defaultExportPath('', '/repo/reports', '/repo')).toBe('./reports/assessment.md');
  });
});
