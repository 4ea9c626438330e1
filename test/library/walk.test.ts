/**
 * The one folder walk, as check, index and the library read it: the same files in the same
 * order; `*.MD` like `*.md`; symbolic links never leaving the folder (outside: reported, not
 * followed; inside: followed once, a cycle reported); what cannot be read (a dangling link, a
 * FIFO, a link loop) an error in check and a row in index, its reason without absolute paths.
 * Files that are not reports (a README, the index) and the ignore lists.
 */
import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {libraryFolder} from '../../src/config/library-location.js';
import {forgetProjectConfigs} from '../../src/config/project-config.js';
import {walkMarkdown} from '../../src/io/folder-walk.js';
import {storeLibrary} from '../../src/ui/hooks/use-library.js';
import {indexPages, indexText, type IndexRow} from '../../src/report/library-index.js';
import {findLibraryReport, reportFiles} from '../../src/report/library-reports.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {cutShort, generatedRole, makeTeamRepo, read, reportOf} from './support.js';

/** A repository whose reports/ holds every kind of entry the walk has a rule for. */
function awkwardRepo() {
  const repo = makeTeamRepo(2);
  const outside = tempFolder('rw-outside-');
  writeFileSync(join(outside, 'secret.md'), reportOf(generatedRole(40)));
  mkdirSync(join(outside, 'more'));
  writeFileSync(join(repo.reports, 'UPPER.MD'), reportOf(generatedRole(41)));
  writeFileSync(join(repo.reports, 'mixed.Md'), reportOf(generatedRole(42)));
  mkdirSync(join(repo.reports, 'team'));
  writeFileSync(join(repo.reports, 'team', 'inside.md'), reportOf(generatedRole(43)));
  symlinkSync(join(repo.reports, 'team', 'inside.md'), join(repo.reports, 'linked.md'));
  symlinkSync(join(outside, 'secret.md'), join(repo.reports, 'leak.md'));
  symlinkSync(join(outside, 'more'), join(repo.reports, 'elsewhere'));
  symlinkSync('..', join(repo.reports, 'team', 'up'));
  symlinkSync(join(repo.reports, 'missing.md'), join(repo.reports, 'dangling.md'));
  symlinkSync('loop.md', join(repo.reports, 'loop.md'));
  execFileSync('mkfifo', [join(repo.reports, 'pipe.md')]);
  return {repo, outside};
}

const EXPECTED = [
  ['UPPER.MD', null],
  ['dangling.md', 'a symbolic link whose target does not exist'],
  ['elsewhere', 'a symbolic link to a folder outside the folder, not followed'],
  ['leak.md', 'a symbolic link to a file outside the folder, not followed'],
  ['linked.md', null],
  ['loop.md', 'a symbolic link that cannot be followed: a loop of symbolic links'],
  ['mixed.Md', null],
  ['pipe.md', 'cannot read: it is a pipe (FIFO), not a regular file'],
  ['role-000.md', null],
  ['role-001.md', null],
  ['team/inside.md', null],
  ['team/up', 'a symbolic link to a folder it is in (the top of the folder), not followed again'],
  ['zz-wrong-raw.md', null],
];

describe('the one folder walk', () => {
  it('finds *.md in any case, follows links inside once, and names each link, pipe or loop it cannot follow', () => {
    const {repo} = awkwardRepo();
    expect(walkMarkdown(repo.reports).map((f) => [f.below, f.problem ?? null])).toEqual(EXPECTED);
    expect(reportFiles(repo.reports)).toEqual(walkMarkdown(repo.reports));
  });

  it('check and index list the same files in the same order; what cannot be read fails check and is a row in index', () => {
    const {repo, outside} = awkwardRepo();
    const check = runCli(['check', 'reports'], {cwd: repo.root});
    expect(check.code).toBe(1);
    const checked = check.stdout
      .split('\n')
      .filter((l) => l.startsWith('reports/'))
      .map((l) => l.slice('reports/'.length).split(':')[0]);
    expect(checked).toEqual(EXPECTED.map(([p]) => p));
    for (const [path, problem] of EXPECTED) if (problem) expect(check.stdout).toContain(`reports/${path}: ${problem}`);

    expect(runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
    const index = read(join(repo.root, 'INDEX.md'));
    const linked = [...index.matchAll(/\]\(reports\/([^)]+)\)/g)].map((m) => decodeURI(m[1]!));
    expect(linked.sort()).toEqual(EXPECTED.map(([p]) => p!).sort());
    for (const [path, problem] of EXPECTED) if (problem) expect(index).toContain(`| [reports/${path}](reports/${path}) | ${problem} |`);
    // Nothing of the file outside, and no absolute path, reaches INDEX.md.
    expect(index).not.toContain(outside);
    expect(index).not.toContain(repo.root);
    expect(index).not.toContain(generatedRole(40).role.jobTitle);
  });
});

describe('a subfolder that cannot be listed', () => {
  // Permissions do not hold for root, who lists any folder: there the case cannot be made.
  it.skipIf(process.getuid?.() === 0)('is an error in check and a row in index, not silence', () => {
    const repo = makeTeamRepo(1);
    mkdirSync(join(repo.reports, 'locked'));
    writeFileSync(join(repo.reports, 'locked', 'x.md'), reportOf(generatedRole(3)));
    chmodSync(join(repo.reports, 'locked'), 0);
    try {
      const r = runCli(['check', 'reports'], {cwd: repo.root});
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('reports/locked: a folder that cannot be listed: permission denied');
      expect(runCli(['index'], {cwd: repo.root}).stdout).toContain('| a folder that cannot be listed: permission denied |');
    } finally {
      chmodSync(join(repo.reports, 'locked'), 0o755);
    }
  });
});

describe('not a report', () => {
  it('a Markdown file with none of the report\'s sections is listed once as "not a report"; one with a section missing is an error', () => {
    const repo = makeTeamRepo(1);
    writeFileSync(join(repo.reports, 'README.md'), '# Our library\n\nEvery report of the team, one per role.\n\n## How to add one\n\nExport it from the wizard.\n');
    writeFileSync(join(repo.reports, 'cut.md'), cutShort(reportOf(generatedRole(5))));
    const r = runCli(['check', 'reports'], {cwd: repo.root});
    expect(r.stdout).toContain("reports/README.md: not a report (none of the report's sections)\n");
    expect(r.stdout).toMatch(/^reports\/cut\.md:\d+: section ".*": .*missing/m);
    expect(r.stdout).toMatch(/Checked 4 files: \d+ errors?, 0 warnings, 1 not a report\.\n$/);
    // Without the cut report and the wrong one, a README alone does not fail the check.
    const clean = makeTeamRepo(1);
    writeFileSync(join(clean.reports, 'README.md'), '# Notes\n');
    expect(runCli(['check', 'reports/role-000.md', 'reports/README.md'], {cwd: clean.root}).code).toBe(0);
  });

  it('index -o reports/INDEX.md, its pages, then check reports: the index is never checked as a report', () => {
    const repo = makeTeamRepo(2);
    expect(runCli(['index', '-o', 'reports/INDEX.md'], {cwd: repo.root}).code).toBe(0);
    expect(read(join(repo.reports, 'INDEX.md')).startsWith('<!-- role-wizard index -->\n')).toBe(true);
    const r = runCli(['check', 'reports', '--ignore', 'reports/zz-wrong-raw.md'], {cwd: repo.root});
    expect(r.stdout).toContain('reports/INDEX.md: not a report (an index written by role-wizard index)');
    expect(r.code).toBe(0);
  });
});

describe('ignore', () => {
  it('the config\'s "ignore" (relative to the config file) and --ignore leave files and folders out of check and index', () => {
    const repo = makeTeamRepo(2, {library: 'reports', ignore: ['reports/drafts/**', '**/zz-*.md']});
    mkdirSync(join(repo.reports, 'drafts'));
    writeFileSync(join(repo.reports, 'drafts', 'half.md'), cutShort(reportOf(generatedRole(8))));
    const r = runCli(['check', 'reports'], {cwd: repo.root});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Checked 2 files: 0 errors/);
    const fromSub = runCli(['check', '.'], {cwd: repo.reports});
    expect(fromSub.stdout).toMatch(/Checked 2 files: 0 errors/);
    const more = runCli(['check', 'reports', '--ignore', 'reports/role-000.md'], {cwd: repo.root});
    expect(more.stdout).toMatch(/Checked 1 file: 0 errors/);
    runCli(['index', '-o', 'INDEX.md', '--ignore', 'reports/role-001.md'], {cwd: repo.root});
    const index = read(join(repo.root, 'INDEX.md'));
    expect(index).toContain('1 report: ');
    expect(index).not.toContain('zz-wrong-raw');
    expect(index).not.toContain('drafts/half');
  });

  it("the wizard's library and new --from leave out what the config ignores, and a README is no role nor an unreadable report", async () => {
    const repo = makeTeamRepo(2, {library: 'reports', ignore: ['reports/old/**']});
    mkdirSync(join(repo.reports, 'old'));
    writeFileSync(join(repo.reports, 'old', 'retired.md'), reportOf(generatedRole(30)));
    writeFileSync(join(repo.reports, 'README.md'), '# About these reports\n');
    forgetProjectConfigs();
    const read = await storeLibrary({ROLE_WIZARD_HOME: tempFolder('rw-walk-home-')}, {cwd: repo.root})('none');
    const loaded = read as Exclude<typeof read, unknown[]>;
    expect(loaded.entries.map((e) => e.title)).toEqual([0, 1, 2].map((i) => generatedRole(i).role.jobTitle));
    expect(loaded.unreadable).toEqual([]);
    const folder = libraryFolder(repo.root, {})!;
    expect(findLibraryReport(folder.dir, generatedRole(30).role.jobTitle, folder.skip)).toBeNull();
    expect(findLibraryReport(folder.dir, generatedRole(30).role.jobTitle)?.path).toBe('old/retired.md');
  });

  it('a config whose "ignore" is not a list of globs is an error naming the key', () => {
    const repo = makeTeamRepo(1, {ignore: 'docs'});
    const r = runCli(['check', 'reports'], {cwd: repo.root});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"ignore": expected a list of globs (text)');
  });
});

/** What index prints to a pipe: the one-page index, as -o writes it while it is under the limit. */
const indexOf = (cwd: string) => runCli(['index'], {cwd}).stdout;

describe('INDEX.md at scale', () => {
  const rows = (n: number): IndexRow[] =>
    Array.from({length: n}, (_, i) => ({
      path: `reports/role-${i}.md`,
      ok: true as const,
      title: `Role ${i} ${'x'.repeat(200)}`,
      score: (i * 37) % 100,
      zone: (i * 37) % 100 >= 48 ? ('GREEN' as const) : (i * 37) % 100 >= 25 ? ('YELLOW' as const) : ('RED' as const),
      subLabel: null,
      errors: 0,
    }));

  it('one page while it is under the limit; past it, the overview first and the ranked table on linked pages per zone, numbered, each under the limit', () => {
    expect(indexPages(rows(10), 'INDEX.md', {limit: 20_000})).toHaveLength(1);
    const pages = indexPages(rows(600), 'INDEX.md', {limit: 20_000});
    expect(pages.length).toBeGreaterThan(6);
    for (const p of pages) expect(Buffer.byteLength(p.text), p.name).toBeLessThanOrEqual(20_000);
    const [main, ...rest] = pages;
    expect(main!.text.indexOf('```mermaid')).toBeLessThan(main!.text.indexOf('## Roles ranked by score'));
    expect(rest.map((p) => p.name)).toContain('INDEX-green-2.md');
    for (const p of rest) {
      expect(main!.text).toContain(`](${p.name})`);
      expect(p.text.startsWith('<!-- role-wizard index -->\n')).toBe(true);
    }
    // Every role once, ranked across the pages.
    const ranks = rest.flatMap((p) => [...p.text.matchAll(/^\| (\d+) \| Role /gm)].map((m) => Number(m[1])));
    expect(ranks.sort((a, b) => a - b)).toEqual(Array.from({length: 600}, (_, i) => i + 1));
  });

  it('a library of 200,000 roles: no spread of its rows into a call overflows the stack (terminal text, pages)', () => {
    const many = rows(200_000);
    expect(indexText(many, {color: false, folder: 'reports'}).split('\n').length).toBeGreaterThan(200_000);
    expect(indexPages(many, 'INDEX.md').length).toBeGreaterThan(10);
  }, 60_000);

  it('index -o writes pages GitHub renders (each under 512 kB) and --check checks them all', () => {
    const repo = makeTeamRepo(0);
    for (let i = 0; i < 200; i++) {
      const a = generatedRole(i);
      a.role.jobTitle = `${a.role.jobTitle} ${'long title '.repeat(280)}`;
      writeFileSync(join(repo.reports, `r-${i}.md`), reportOf(a));
    }
    const w = runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(w.code).toBe(0);
    expect(w.stderr).toMatch(/^Wrote INDEX\.md and its \d+ pages/);
    const main = read(join(repo.root, 'INDEX.md'));
    const pages = [...main.matchAll(/\]\((INDEX-[a-z]+(?:-\d+)?\.md)\)/g)].map((m) => m[1]!);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of ['INDEX.md', ...pages]) expect(Buffer.byteLength(read(join(repo.root, p)))).toBeLessThan(512 * 1024);
    expect(runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
    writeFileSync(join(repo.root, pages.at(-1)!), 'changed\n');
    const stale = runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`${pages.at(-1)} is out of date`);
    // Fewer reports: one page again, and the pages of the earlier index go (and --check says so
    // until they do); a file of that name that index did not write stays.
    expect(runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
    writeFileSync(join(repo.root, 'INDEX-notes.md'), '# Our notes\n');
    for (let i = 10; i < 200; i++) rmSync(join(repo.reports, `r-${i}.md`));
    writeFileSync(join(repo.root, 'INDEX.md'), indexOf(repo.root));
    const left = runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(left.code).toBe(1);
    expect(left.stderr).toMatch(/^INDEX-[a-z]+(-\d+)?\.md is a page of an earlier index/);
    expect(runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
    expect(readdirSync(repo.root).filter((n) => n.startsWith('INDEX')).sort()).toEqual(['INDEX-notes.md', 'INDEX.md']);
    expect(runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
  });
});
