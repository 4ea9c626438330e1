/**
 * Small promises of the command line and the package: an assessment file may name its JSON
 * Schema; `-o -` is standard output for every command that has -o; a warning names a config file
 * only when it sets the rule's defaults; the package names its repository, and the README's
 * links work on the registry's page, where only the package's files are.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {COMMAND_SPECS} from '../../src/cli-spec.js';
import type {Assessment} from '../../src/method/types.js';
import {renderReport} from '../../src/report/render.js';
import {ROOT, SEED_FIXTURE, readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const fixture = () => readFixture('model-alignment-researcher.json') as Assessment;

describe('"$schema" in an assessment file', () => {
  it('is accepted, as editors write it, and left out of the assessment', () => {
    const dir = tempFolder('rw-schema-key-');
    const file = join(dir, 'role.json');
    writeFileSync(file, JSON.stringify({$schema: './assessment.schema.json', ...fixture()}));
    const score = runCli(['score', file, '--json']);
    expect(score.code, score.stderr).toBe(0);
    expect(JSON.parse(score.stdout).score).toBe(86.1);
    const exported = runCli(['export', file]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe(runCli(['export', SEED_FIXTURE]).stdout);
    writeFileSync(file, JSON.stringify({$schema: 5, ...fixture()}));
    const wrong = runCli(['score', file]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('$schema: expected the URL or path of a JSON Schema');
  });

  it('is a property of the JSON Schema role-wizard schema prints, which allows no other unknown key', () => {
    const schema = JSON.parse(runCli(['schema']).stdout) as {properties: Record<string, unknown>; additionalProperties: unknown};
    expect(schema.properties.$schema).toMatchObject({type: 'string'});
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('-o - is standard output', () => {
  const withOutput = COMMAND_SPECS.filter((c) => c.options.some((o) => o.short === 'o')).map((c) => c.name);

  it('for every command that has -o, and no file named "-" is written', () => {
    expect(withOutput).toEqual(['export', 'import', 'index']);
    const dir = tempFolder('rw-dash-o-');
    expect(runCli(['export', SEED_FIXTURE, '-o', 'role.md'], {cwd: dir}).code).toBe(0);
    const runs = {
      export: runCli(['export', SEED_FIXTURE, '-o', '-'], {cwd: dir}),
      import: runCli(['import', join(dir, 'role.md'), '-o', '-', '--no-draft'], {cwd: dir}),
      index: runCli(['index', dir, '-o', '-'], {cwd: dir}),
    };
    expect(runs.export.stdout).toBe(runCli(['export', SEED_FIXTURE], {cwd: dir}).stdout);
    expect(runs.export.stdout).toMatch(/^# Model Alignment Researcher\n/);
    expect(JSON.parse(runs.import.stdout)).toMatchObject({role: {jobTitle: 'Model Alignment Researcher'}});
    expect(runs.index.stdout).toMatch(/^<!-- role-wizard index -->\n# Library index\n/);
    expect(runs.index.stdout).toContain('(role.md)');
    for (const [name, r] of Object.entries(runs)) {
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stderr, name).not.toContain('Wrote');
    }
    expect(readdirSync(dir)).toEqual(['role.md']);
  });

  it('index --check compares a file, so -o - is refused with a usage error', () => {
    const r = runCli(['index', ROOT, '--check', '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('index --check compares a file');
  });
});

describe('a warning names the config file only when it sets the rule\'s defaults', () => {
  const warningOf = (config: object) => {
    const dir = tempFolder('rw-credit-');
    writeFileSync(join(dir, 'role-wizard.config.json'), JSON.stringify(config));
    const text = renderReport(fixture(), {appendix: false}).replace('= Likely Green Zone (Accelerated).', '= Probably Green.');
    writeFileSync(join(dir, 'role.md'), text);
    const r = runCli(['check', 'role.md'], {cwd: dir});
    expect(r.code).toBe(0);
    return {out: r.stdout, file: join(dir, 'role-wizard.config.json')};
  };

  it('{} and a config that sets only the library are not credited; one that sets the wording is', () => {
    for (const config of [{}, {library: '.'}, {methodDefaults: {subLabelRed: 'Red (Exposed)'}}]) {
      const {out, file} = warningOf(config);
      expect(out).toContain('default rule "quickScreen"');
      expect(out).toContain('(built in)');
      expect(out).not.toContain(file);
    }
    const {out, file} = warningOf({methodDefaults: {quickScreenGreen: 'Green for now'}});
    expect(out).toContain(`(as set in ${file})`);
  });
});

describe('the package names its repository; the README links work on the registry\'s page', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    repository: {type: string; url: string};
    homepage: string;
    bugs: {url: string};
    files: string[];
  };

  it('repository, homepage and bugs: the same GitHub repository, the one the action is used from', () => {
    expect(pkg.repository).toEqual({type: 'git', url: 'git+https://github.com/role-wizard/role-wizard.git'});
    expect(pkg.homepage).toBe('https://github.com/role-wizard/role-wizard#readme');
    expect(pkg.bugs.url).toBe('https://github.com/role-wizard/role-wizard/issues');
    expect(readFileSync(join(ROOT, 'docs/examples/role-library.yml'), 'utf8')).toContain('uses: role-wizard/role-wizard@');
  });

  it('every link of the README is absolute, an anchor, or a file the package ships', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    const shipped = (path: string) => pkg.files.some((f) => (f.endsWith('/') ? path.startsWith(f) : path === f));
    const broken = links.filter((l) => !/^(https?:|mailto:|#)/.test(l) && !shipped(l));
    expect(broken).toEqual([]);
    for (const link of links.filter((l) => l.startsWith('https://github.com/role-wizard/role-wizard/'))) {
      const path = link.replace(/^https:\/\/github\.com\/role-wizard\/role-wizard\/(?:blob|raw)\/main\//, '');
      expect(existsSync(join(ROOT, path)), link).toBe(true);
    }
  });
});
