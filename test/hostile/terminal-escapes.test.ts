/**
 * User text holding terminal sequences (OSC 52 clipboard write, OSC 0 window title, OSC 8 link,
 * CSI 2J clear) never reaches a terminal raw: every command's text output and every message
 * that echoes a name shows them as pictures; --json stays exact.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {run as exportRun} from '../../src/commands/export.js';
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
