/**
 * A team repository made in a temporary folder (config, reports/ of generated reports, one with
 * an arithmetic error): `index -o INDEX.md` writes the ranked table, the zone counts and a
 * Mermaid chart that remark reads as a fenced `mermaid` block; `index --check` passes, then
 * fails once a report changes; `check reports --format github` annotates the bad report.
 */
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import {score} from '../../src/method/score.js';
import {runCli} from '../support/run-cli.js';
import {cutShort, generatedRole, makeTeamRepo, read, reportOf} from './support.js';

type Node = {type: string; lang?: string; value?: string; children?: Node[]; url?: string; depth?: number};
const parse = (text: string) => remark().use(remarkGfm).parse(text) as unknown as Node;
const textOf = (n: Node): string => (n.value ?? '') + (n.children ?? []).map(textOf).join('');
const all = (n: Node, type: string): Node[] => [...(n.type === type ? [n] : []), ...(n.children ?? []).flatMap((c) => all(c, type))];
const cells = (row: Node) => (row.children ?? []).map(textOf);

const COUNT = 12;

describe('index of a team repository', () => {
  const repo = makeTeamRepo(COUNT);
  const expected = Array.from({length: COUNT + 1}, (_, i) => ({title: generatedRole(i).role.jobTitle, card: score(generatedRole(i))}));

  it('index -o INDEX.md writes the ranked table, the zone counts and a Mermaid chart', () => {
    const r = runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(r.stderr).toBe('Wrote INDEX.md\n');
    expect(r.code).toBe(0);
    const text = read(join(repo.root, 'INDEX.md'));
    const tree = parse(text);
    // The at-a-glance part first (what GitHub shows before any cut): counts, chart, then the ranks.
    expect(text.startsWith('<!-- role-wizard index -->\n# Library index\n')).toBe(true);
    expect(text.indexOf('## Roles per zone')).toBeLessThan(text.indexOf('```mermaid'));
    expect(text.indexOf('```mermaid')).toBeLessThan(text.indexOf('| Rank | Role |'));
    const [zones, ranked] = all(tree, 'table');
    const head = cells(ranked!.children![0]!);
    expect(head).toEqual(['Rank', 'Role', 'Score', 'Zone', 'Sub-label', 'Check', 'Report']);
    const rows = ranked!.children!.slice(1).map(cells);
    expect(rows).toHaveLength(COUNT + 1);
    // Ranked by score, highest first; each row's figures are the method's for that role.
    const scores = rows.map((row) => Number(row[2]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const row of rows) {
      const want = expected.find((e) => e.title === row[1])!;
      expect(want, row[1]).toBeDefined();
      expect(row[2]).toBe(want.card.display.scoreShort?.replace('/100', '') ?? '—');
      expect(row[3]).toBe(want.card.zone);
      expect(row[4]).toBe(want.card.subLabel ?? '—');
    }
    // The one report with a wrong Raw is the one check finds errors in; every row links its file.
    const bad = rows.filter((row) => row[5] !== 'no errors');
    expect(bad.map((row) => row[6])).toEqual(['reports/zz-wrong-raw.md']);
    expect(bad[0]![5]).toMatch(/^\d+ errors?$/);
    const links = all(ranked!, 'link').map((l) => l.url);
    expect(links.sort()).toEqual(repo.files.map((f) => `reports/${f.split('/').pop()}`).sort());
    // The count per zone.
    const counts = Object.fromEntries(zones!.children!.slice(1).map(cells).map((c) => [c[0], Number(c[2])]));
    for (const zone of ['GREEN', 'YELLOW', 'RED']) expect(counts[zone], zone).toBe(expected.filter((e) => e.card.zone === zone).length);
    // The chart: a fenced mermaid block whose bars hold every role, the thresholds as bin edges.
    const [chart, ...more] = all(tree, 'code').filter((c) => c.lang === 'mermaid');
    expect(more).toEqual([]);
    expect(chart!.value).toMatch(/^xychart-beta\n/);
    const bars = /bar \[([\d, ]+)\]/.exec(chart!.value!)![1]!.split(', ').map(Number);
    expect(bars.reduce((a, b) => a + b, 0)).toBe(COUNT + 1);
    expect(chart!.value).toContain('"45-47 Y", "48-49 G"');
    expect(chart!.value).toContain('"20-24 R", "25-29 Y"');
  });

  it('index --check passes on the file index wrote, then fails once a report changes', () => {
    expect(runCli(['index', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
    const pass = runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(pass.stdout).toBe('INDEX.md is up to date with reports.\n');
    expect(pass.code).toBe(0);
    const changed = generatedRole(3);
    changed.tasks[0]!.score = changed.tasks[0]!.score === 5 ? 1 : 5;
    writeFileSync(repo.files[3]!, reportOf(changed));
    const fail = runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root});
    expect(fail.code).toBe(1);
    expect(fail.stderr).toBe("INDEX.md is out of date with reports: run 'role-wizard index -o INDEX.md' and commit it.\n");
    writeFileSync(repo.files[3]!, reportOf(generatedRole(3)));
    expect(runCli(['index', '--check', '-o', 'INDEX.md'], {cwd: repo.root}).code).toBe(0);
  });

  it('is deterministic: the same library gives the same bytes, from another folder too, and on a pipe', () => {
    expect(runCli(['index', 'reports', '-o', 'A.md'], {cwd: repo.root}).code).toBe(0);
    mkdirSync(join(repo.root, 'sub'), {recursive: true});
    expect(runCli(['index', '../reports', '-o', '../B.md'], {cwd: join(repo.root, 'sub')}).code).toBe(0);
    expect(read(join(repo.root, 'B.md'))).toBe(read(join(repo.root, 'A.md')));
    // Markdown on a pipe is the file's bytes.
    expect(runCli(['index'], {cwd: repo.root}).stdout).toBe(read(join(repo.root, 'A.md')));
  });

  it('check reports --format github annotates the bad report, on its lines', () => {
    const r = runCli(['check', 'reports', '--format', 'github'], {cwd: repo.root});
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(line).toMatch(/^::error file=reports\/zz-wrong-raw\.md,line=\d+/);
  });
});

describe('index: every report listed', () => {
  it('a report that cannot be read is listed as such, with the line and why', () => {
    const repo = makeTeamRepo(2);
    writeFileSync(join(repo.reports, 'cut-short.md'), cutShort(reportOf(generatedRole(7))));
    mkdirSync(join(repo.reports, '.drafts'));
    writeFileSync(join(repo.reports, '.drafts', 'hidden.md'), 'not a report');
    const r = runCli(['index'], {cwd: repo.root});
    expect(r.code).toBe(0);
    const tree = parse(r.stdout);
    const tables = all(tree, 'table');
    const unreadable = tables.find((t) => cells(t.children![0]!)[0] === 'Report')!.children!.slice(1).map(cells);
    expect(unreadable).toEqual([['reports/cut-short.md', expect.stringMatching(/^line \d+: /)]]);
    expect(r.stdout).toContain('4 reports: ');
    expect(r.stdout).toContain('1 that cannot be read');
    expect(r.stdout).not.toContain('hidden');
  });

  it("a title cannot restructure the index: it renders as the cell's text, no emphasis, code, HTML, image or link of its own", () => {
    const repo = makeTeamRepo(0);
    const title = 'Evil [x](javascript:alert(1)) **bold** <b>b</b> | pipe www.example.com https://x.example `c` $m$ ~~s~~ ![i](y)';
    const a = generatedRole(1);
    a.role.jobTitle = title;
    writeFileSync(join(repo.reports, 'evil.md'), reportOf(a));
    const r = runCli(['index'], {cwd: repo.root});
    const table = all(parse(r.stdout), 'table').find((t) => cells(t.children![0]!)[0] === 'Rank')!;
    const row = table.children!.find((c) => cells(c)[1]?.startsWith('Evil'))!;
    const cell = row.children![1]!;
    // Text, and at most a bare address shown as a link to itself (as GitHub shows any such text).
    for (const c of cell.children!) {
      expect(['text', 'link'], c.type).toContain(c.type);
      if (c.type === 'link') expect(c.url!.replace(/^(https?:\/\/|mailto:)/, '')).toBe(textOf(c).replace(/^(https?:\/\/)/, ''));
    }
    expect(all(cell, 'link').map(textOf)).toEqual(['www.example.com', 'https://x.example']);
    expect(textOf(cell)).toBe(title);
    expect(cells(row)).toHaveLength(7);
  });

  it('an index kept inside the library folder is not read as one of its reports', () => {
    const repo = makeTeamRepo(2);
    expect(runCli(['index', '-o', 'reports/INDEX.md'], {cwd: repo.root}).code).toBe(0);
    expect(runCli(['index', '-o', 'reports/INDEX.md'], {cwd: repo.root}).stderr).toBe('Unchanged reports/INDEX.md\n');
    expect(runCli(['index', '--check', '-o', 'reports/INDEX.md'], {cwd: repo.root}).code).toBe(0);
    const text = read(join(repo.reports, 'INDEX.md'));
    expect(text).toContain('3 reports: ');
    expect(text).toContain('[role-000.md](role-000.md)');
  });

  it('refuses --check without -o, and a folder that does not exist', () => {
    const repo = makeTeamRepo(1);
    expect(runCli(['index', '--check'], {cwd: repo.root}).code).toBe(2);
    const missing = runCli(['index', 'nowhere'], {cwd: repo.root});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nowhere: cannot read the library folder \(it does not exist\)/);
    renameSync(join(repo.root, 'role-wizard.config.json'), join(repo.root, 'x.json'));
    const none = runCli(['index'], {cwd: repo.root, env: {ROLE_WIZARD_LIBRARY: ''}});
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/index needs a library folder/);
    expect(readFileSync(join(repo.root, 'x.json'), 'utf8')).toContain('reports');
  });
});
