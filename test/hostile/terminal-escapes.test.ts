/**
 * User text holding terminal sequences (OSC 52 clipboard write, OSC 0 window title, OSC 8 link,
 * CSI 2J clear) never reaches a terminal raw: every command's text output and every message
 * that echoes a name shows them as pictures; --json stays exact.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {run as exportRun} from '../../src/commands/export.js';
import {run as indexRun} from '../../src/commands/index.js';
import type {Io} from '../../src/io/io.js';
import {SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

export const HOSTILE = 'Evil\u001b]0;PWNED\u0007\u001b]52;c;aGk=\u0007\u001b]8;;http://x\u001b\\link\u001b[2J\u009b2J';
const RAW = /[\u001b\u0007\u009b]/;

const tmp = tempFolder('rw-escapes-');
const home = tempFolder('rw-escapes-home-');
const env = {ROLE_WIZARD_HOME: home};

function hostileFile(name: string): string {
  const a = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8'));
  a.role.jobTitle = HOSTILE;
  a.tasks[0].rationale = `why ${HOSTILE}`;
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(a));
  return path;
}

/** Text that reads as something else on a terminal: reversed by a bidi override, a zero-width character, an isolate, a line separator. */
export const HIDDEN = 'Nurse \u202eesruN\u202c \u2066iso\u2069 zero\u200bwidth\u2060 mark\u200f\u061c line\u2028para\u2029 bom\ufeff';
const RAW_HIDDEN = /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/;

describe('text that reorders or hides itself, in user text', () => {
  const a = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8'));
  a.role.jobTitle = HIDDEN;
  a.tasks[0].name = `Task ${HIDDEN}`;
  a.tasks[0].rationale = `why ${HIDDEN}`;
  const file = join(tmp, 'hidden.json');
  writeFileSync(file, JSON.stringify(a));
  const report = join(tmp, 'hidden.md');
  writeFileSync(report, runCli(['export', file], {env}).stdout);
  const library = tempFolder('rw-hidden-library-');
  writeFileSync(join(library, 'hidden.md'), readFileSync(report));

  it('score, diff, sensitivity, import, check and list show it by its code, --json escapes it', () => {
    const runs = {
      score: runCli(['score', file], {env}),
      diff: runCli(['diff', file, SEED_FIXTURE], {env}),
      sensitivity: runCli(['sensitivity', file], {env}),
      import: runCli(['import', report], {env}),
      'import -o': runCli(['import', report, '-o', join(tmp, 'hidden-back.json')], {env}),
      check: runCli(['check', report, join(tmp, 'missing\u202eos.md')], {env}),
      list: runCli(['list'], {env}),
      'score --json': runCli(['score', file, '--json'], {env}),
    };
    for (const [name, r] of Object.entries(runs)) expect(r.stdout + r.stderr, name).not.toMatch(RAW_HIDDEN);
    for (const name of ['score', 'diff', 'sensitivity', 'check', 'list'] as const) expect(runs[name].stdout + runs[name].stderr, name).toContain('<U+202E>');
    expect(runs.import.stdout).toContain('\\u202e');
  });

  it('export shows the report by codes on a terminal, and piped gives the bytes -o writes', async () => {
    let out = '';
    const io: Io = {out: (t) => void (out += t), err: () => {}, cwd: tmp, env, stdinIsTTY: true, stdoutIsTTY: true};
    expect(await exportRun({args: [file], opts: {}, io})).toBe(0);
    expect(out).not.toMatch(RAW_HIDDEN);
    expect(out).toContain('Nurse <U+202E>esruN<U+202C>');
    expect(runCli(['export', file], {env}).stdout).toContain('Nurse \u202eesruN\u202c \u2066iso\u2069');
  });

  it('index on a terminal shows it by its code; piped, it is the Markdown INDEX.md holds', async () => {
    let out = '';
    const io: Io = {out: (t) => void (out += t), err: () => {}, cwd: tmp, env, stdinIsTTY: true, stdoutIsTTY: true};
    expect(await indexRun({args: [library], opts: {}, io} as never)).toBe(0);
    expect(out).not.toMatch(RAW_HIDDEN);
    expect(out).toContain('Nurse <U+202E>esruN<U+202C>');
    // The names it echoes from the command line too.
    const output = join(tmp, 'INDEX\u202edm.\u001b]0;X\u0007md');
    const wrote = runCli(['index', library, '-o', output], {env});
    const checked = runCli(['index', library, '-o', output, '--check'], {env});
    for (const r of [wrote, checked]) {
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toMatch(RAW_HIDDEN);
      expect(r.stdout + r.stderr).not.toMatch(RAW);
      expect(r.stdout + r.stderr).toContain('INDEX<U+202E>dm.\u241b]0;X\u2407md');
    }
  });
});

describe('usage errors', () => {
  it('never echo what was typed raw: an option value, an unknown option, an unknown command', () => {
    for (const args of [['check', '--format=\u001b]0;X\u0007'], ['check', '--fo\u001b]0;X\u0007'], ['bo\u001b[2Jgus'], ['check', '--format', 'te\u202ext'], ['sco\u2066re']]) {
      const r = runCli(args, {env});
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(RAW);
      expect(r.stderr, args.join(' ')).not.toMatch(RAW_HIDDEN);
      expect(r.stderr, args.join(' ')).toMatch(/\u241b|<U\+20/);
    }
  });
});

describe('terminal sequences in user text', () => {
  const file = hostileFile('evil.json');
  const report = join(tmp, 'evil.md');
  writeFileSync(report, runCli(['export', file], {env}).stdout);

  it('score, diff, sensitivity, check and list show them as pictures', () => {
    const imported = runCli(['import', report, '-o', join(tmp, 'back.json')], {env});
    expect(imported.code).toBe(0);
    const runs = {
      score: runCli(['score', file], {env}),
      diff: runCli(['diff', file, SEED_FIXTURE], {env}),
      sensitivity: runCli(['sensitivity', file], {env}),
      check: runCli(['check', report, join(tmp, 'missing\u001b]0;x\u0007.md')], {env}),
      list: runCli(['list'], {env}),
    };
    for (const [name, r] of Object.entries(runs)) {
      expect(r.stdout + r.stderr, name).not.toMatch(RAW);
      expect(r.stdout + r.stderr, name).toContain('\u241b]');
    }
    expect(runs.list.stdout).toContain('Evil\u241b]0;PWNED\u2407');
  });

  it('an error message that echoes a name or an id shows it as pictures', () => {
    for (const args of [['export', 'nope\u001b]0;T\u0007'], ['delete', '--yes', 'x\u001b[2J'], ['score', 'a\u001b]52;c;aGk=\u0007.json']]) {
      const r = runCli(args, {env});
      expect(r.code).not.toBe(0);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stderr).toContain('\u241b');
    }
  });

  it('--json keeps the text exact (JSON escapes it)', () => {
    const r = runCli(['sensitivity', file, '--json'], {env});
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('\\u001b]0;PWNED\\u0007');
  });

  it('export shows the report safely on a terminal, and piped gives the bytes -o writes', async () => {
    let out = '';
    const io: Io = {out: (t) => void (out += t), err: () => {}, cwd: tmp, env, stdinIsTTY: true, stdoutIsTTY: true};
    expect(await exportRun({args: [file], opts: {}, io})).toBe(0);
    expect(out).not.toMatch(RAW);
    expect(out).toContain('Evil\u241b]0;PWNED');
    const piped = runCli(['export', file], {env});
    expect(piped.stdout).toContain(HOSTILE);
  });
});
