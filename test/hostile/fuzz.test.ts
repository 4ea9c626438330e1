/**
 * Fuzzing the readers: mutated reports and assessment JSON (bytes cut, repeated, replaced, and
 * terminal sequences spliced in) through `check`, `import` and `score`. Whatever the input, no
 * crash (only a CliError, never another error), and nothing printed holds a raw ESC.
 * The seed is fixed (FUZZ_SEED overrides it, FUZZ_RUNS the number of runs); fast-check prints
 * the seed and the shrunk input of a failure, so it can be replayed.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {run as check} from '../../src/commands/check.js';
import {run as importReport} from '../../src/commands/import.js';
import {run as scoreFile} from '../../src/commands/score.js';
import {CliError} from '../../src/io/errors.js';
import type {Io} from '../../src/io/io.js';
import {terminalSafe} from '../../src/io/terminal-text.js';
import type {Assessment} from '../../src/method/types.js';
import {renderReport} from '../../src/report/render.js';
import {FIXTURES, readFixture, SEED_FIXTURE, SEED_REPORT, seedAvailable} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const tmp = tempFolder('rw-fuzz-');
const home = tempFolder('rw-fuzz-home-');

const reports = [
  renderReport(readFixture('model-alignment-researcher.json') as Assessment, {allowIncomplete: true, appendix: true, mermaid: false}),
  readFileSync(join(FIXTURES, 'reports', 'planted-errors.md'), 'utf8'),
  ...(seedAvailable ? [readFileSync(SEED_REPORT, 'utf8')] : []),
];
const jsons = ['model-alignment-researcher.json', 'red-data-entry-clerk.json', 'yellow-paralegal.json'].map((n) => readFileSync(join(FIXTURES, n), 'utf8'));

/** Sequences a terminal acts on, and bytes that trip readers. */
const hostile = fc.constantFrom(
  '\u001b]0;PWNED\u0007',
  '\u001b]52;c;aGk=\u0007',
  '\u001b]8;;http://x\u001b\\',
  '\u001b[2J',
  '\u009b2J',
  '\u001b',
  '\r',
  '\u0000',
  '\u007f',
  '\ufeff',
  '\n## Task Decomposition\n',
  '| a | b |\n|---|---|\n',
  '"',
  '{',
  ']',
  '\\u001b',
);

type Mutation = {at: number; cut: number; insert: string; repeat: number};
const mutation = fc.record({
  at: fc.double({min: 0, max: 1, maxExcluded: true, noNaN: true}),
  cut: fc.nat({max: 40}),
  insert: fc.oneof(hostile, fc.string({unit: 'binary', maxLength: 12}), fc.string({maxLength: 12})),
  repeat: fc.nat({max: 2}),
}) satisfies fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    const repeated = m.repeat ? out.slice(at, at + m.cut).repeat(m.repeat) : '';
    out = out.slice(0, at) + m.insert + repeated + out.slice(at + (m.repeat ? 0 : m.cut));
  }
  return out;
}

/** Run a command in process as the command line would; what it prints, or how it failed. */
async function runIn(command: (ctx: {args: string[]; opts: never; io: Io}) => Promise<number>, args: string[], opts: object): Promise<string> {
  let printed = '';
  const io: Io = {out: (t) => void (printed += t), err: (t) => void (printed += t), cwd: tmp, env: {ROLE_WIZARD_HOME: home}, stdinIsTTY: false, stdoutIsTTY: false};
  try {
    await command({args, opts: opts as never, io});
  } catch (error) {
    // The command line prints a CliError's message through terminalSafe; anything else is a crash.
    if (!(error instanceof CliError)) throw new Error(`crash: ${error instanceof Error ? error.stack : String(error)}`);
    printed += terminalSafe(error.message);
  }
  return printed;
}

let n = 0;
const file = (name: string, text: string) => {
  const path = join(tmp, `${n++}-${name}`);
  writeFileSync(path, text);
  return path;
};

describe(`fuzz (seed ${SEED}, ${RUNS} runs each)`, () => {
  it('mutated reports through check (text and --json) and import: no crash, no raw ESC', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...reports), fc.array(mutation, {minLength: 1, maxLength: 6}), async (report, mutations) => {
        const path = file('r.md', mutate(report, mutations));
        for (const printed of [
          await runIn(check, [path], {}),
          await runIn(check, [path], {json: true}),
          await runIn(importReport, [path], {draft: false}),
        ]) {
          expect(printed).not.toContain('\u001b');
        }
      }),
      {seed: SEED, numRuns: RUNS},
    );
  }, 120_000);

  it('mutated assessment JSON through score (text and --json): no crash, no raw ESC', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...jsons), fc.array(mutation, {minLength: 1, maxLength: 6}), async (json, mutations) => {
        const path = file('a.json', mutate(json, mutations));
        for (const printed of [await runIn(scoreFile, [path], {}), await runIn(scoreFile, [path], {json: true})]) {
          expect(printed).not.toContain('\u001b');
        }
      }),
      {seed: SEED, numRuns: RUNS},
    );
  }, 120_000);

  it('JSON whose values hold terminal sequences, as a user could write them: score shows them as pictures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, {minLength: 1, maxLength: 4}), async (parts) => {
        const a = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8'));
        a.role.jobTitle = `T${parts.join('')}`;
        const printed = await runIn(scoreFile, [file('h.json', JSON.stringify(a))], {});
        expect(printed).not.toContain('\u001b');
      }),
      {seed: SEED, numRuns: 60},
    );
  }, 60_000);

  it('through the built command line too (a few runs): exit 0, 1 or 2, never a trace, never a raw ESC', () => {
    fc.assert(
      fc.property(fc.constantFrom(...reports), fc.array(mutation, {minLength: 1, maxLength: 4}), (report, mutations) => {
        const path = file('cli.md', mutate(report, mutations));
        for (const args of [['check', path], ['import', '--no-draft', path]]) {
          const r = runCli(args, {env: {ROLE_WIZARD_HOME: home}});
          expect([0, 1, 2]).toContain(r.code);
          expect(r.stdout + r.stderr).not.toContain('\u001b');
          expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
        }
      }),
      {seed: SEED, numRuns: 8},
    );
  }, 60_000);
});
