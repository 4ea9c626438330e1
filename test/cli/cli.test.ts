import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {inputsOf, staticClosureOf} from '../support/bundle.js';
import {ROOT, SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-cli-');
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('role-wizard CLI', () => {
  it('prints help and the version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['new', 'resume', 'list', 'export', 'import', 'check', 'score', 'schema']) expect(help.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    const version = runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const cmdHelp = runCli(['score', '--help']);
    expect(cmdHelp.code).toBe(0);
    expect(cmdHelp.stdout).toContain('--json');
  });

  it('rejects an unknown command or flag with exit 2 and a clear message', () => {
    const cmd = runCli(['frobnicate']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain("unknown command 'frobnicate'");
    expect(cmd.stderr).not.toMatch(/\n\s+at /);
    const flag = runCli(['score', SEED_FIXTURE, '--frob']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--frob'");
    const missing = runCli(['score']);
    expect(missing.code).toBe(2);
  });

  it('score --json gives the seed figures', () => {
    const r = runCli(['score', SEED_FIXTURE, '--json'], {cwd: ROOT});
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      taskResistance: 4.7,
      raw: 7.3704,
      score: 86.1,
      zone: 'GREEN',
      subLabel: 'Green (Accelerated)',
      split: {displacement: 0, augmentation: 30, notInvolved: 70},
      nextBoundary: {zone: 'YELLOW', points: 38.1},
    });
  });

  it('score prints a readable table', () => {
    const r = runCli(['score', 'test/fixtures/model-alignment-researcher.json'], {cwd: ROOT});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Task Resistance            6.00 - 1.30 = 4.70/5.0');
    expect(r.stdout).toMatch(/Zone\s+GREEN · Green \(Accelerated\)/);
  });

  it('a file that is not JSON: line and column, exit 1, no stack trace', () => {
    const path = file('broken.json', '{\n  "schemaVersion": 1,\n  "role": {,\n}\n');
    const r = runCli(['score', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json:3:12: not valid JSON/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a schema violation: every offending field, exit 1', () => {
    const path = file('bad.json', JSON.stringify({schemaVersion: 1, growth: {score: 9}, tasks: [{score: 0}]}));
    const r = runCli(['score', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('growth.score: expected a whole number from -2 to 2');
    expect(r.stderr).toContain('tasks.0.score: expected a whole number from 1 to 5');
  });

  it('reads options the same with and without commander: choices, short flags, --no-x, --x=value', () => {
    const bad = runCli(['list', '--sort', 'sideways']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'sideways' is invalid. Allowed choices are updated, score, zone");
    const out = join(tmp, 'short.md');
    expect(runCli(['export', SEED_FIXTURE, '-o', out, '--no-appendix']).code).toBe(0);
    const again = runCli(['export', SEED_FIXTURE, `--output=${out}`, '--no-appendix']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists/);
    expect(runCli(['diff', SEED_FIXTURE]).code).toBe(2);
  });

  it('a missing file is bad data, exit 1', () => {
    const r = runCli(['score', join(tmp, 'nope.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nope\.json: no such file/);
  });

  it('schema prints the JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(schema.properties.tasks.type).toBe('array');
  });
});

describe('non-interactive commands do not load React or Ink', () => {
  it.each(['score', 'schema', 'check', 'export', 'import', 'list', 'delete', 'sensitivity', 'diff', 'index'])('%s', (command) => {
    const closure = staticClosureOf(`src/commands/${command}.ts`);
    expect(closure.size).toBeGreaterThan(0);
    const ui = [...closure].flatMap((chunk) => inputsOf(chunk)).filter((input) => /node_modules\/(ink|react|yoga-layout|ink-[a-z-]+)\/|src\/ui\//.test(input));
    expect(ui).toEqual([]);
  });

  it('a plain command line does not load commander (it is only for help and usage errors)', () => {
    const inputs = [...staticClosureOf('src/cli.ts')].flatMap((chunk) => inputsOf(chunk));
    expect(inputs).toContain('src/cli-spec.ts');
    expect(inputs.filter((input) => /node_modules\/commander\//.test(input))).toEqual([]);
  });

  it("the wizard's first-frame script holds neither zod, conf, mustache nor the report reader (they are the late script's)", () => {
    const wizard = Object.keys(JSON.parse(readFileSync(join(ROOT, 'build/meta.json'), 'utf8')).outputs).find((out) => /dist\/wizard-[0-9a-f]{12}\.cjs$/.test(out));
    expect(wizard).toBeDefined();
    const inputs = inputsOf(wizard!);
    expect(inputs).toContain('src/ui/wizard.tsx');
    expect(inputs.filter((input) => /node_modules\/(zod|conf|ajv|mustache)\/|src\/(report\/(parse|read-file|render)|store\/(drafts|library)|commands\/input)\.ts$/.test(input))).toEqual([]);
  });

  it('the wizard does load Ink (the check above can fail)', () => {
    const closure = staticClosureOf('src/commands/new.ts');
    const ink = [...closure].flatMap((chunk) => inputsOf(chunk)).filter((input) => /node_modules\/ink\//.test(input));
    expect(ink.length).toBeGreaterThan(0);
  });
});
