/**
 * Every -o through the one writer and every read through the bounded reader, from the command
 * line: `export` and `index` alike. A FIFO with no reader is refused instead of blocking where no
 * signal can end it; a name is never taken by two writers, nor a link replaced without --force;
 * a missing folder is not made; `index -o` writes into a device and compares with a bounded read.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {fileExporter} from '../../src/ui/export-file.js';
import {BIN, readFixture, SEED_FIXTURE} from '../support/paths.js';
import {runCli, TEST_HOME} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-one-writer-');
const isRoot = process.getuid?.() === 0;

const run = (args: string[], cwd = tmp) => runCli(args, {cwd});

describe('export -o', () => {
  it('to a FIFO with no reader: refused with a reason within seconds (exit 1), and it stays a FIFO', () => {
    const fifo = join(tmp, 'nobody.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    const r = spawnSync(process.execPath, [BIN, 'export', SEED_FIXTURE, '-o', fifo], {encoding: 'utf8', env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}, timeout: 15_000});
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nobody.fifo: cannot write: nothing is reading from it');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('to a FIFO with no reader: SIGTERM still ends it at once (open never blocks where no signal can act)', async () => {
    const fifo = join(tmp, 'signalled.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'export', SEED_FIXTURE, '-o', fifo], {env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}, stdio: 'ignore'});
    let endedAt = 0;
    const ended = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
      child.on('close', (code, signal) => {
        endedAt = Date.now();
        resolve({code, signal});
      }),
    );
    // Long enough to be waiting for the FIFO's reader, short of the 2 s after which it gives up.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const sentAt = Date.now();
    child.kill('SIGTERM');
    const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const result = await ended;
    clearTimeout(guard);
    expect(result.signal).not.toBe('SIGKILL');
    // Ended by the signal, or (on a slow machine) by giving up on its own first: never left hanging.
    expect(endedAt - sentAt).toBeLessThan(1_000);
  });

  it('of twelve exports racing for one new name without --force, exactly one succeeds', async () => {
    const target = join(tmp, 'raced.md');
    const runs = Array.from(
      {length: 12},
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'export', SEED_FIXTURE, '-o', target], {env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}, stdio: 'ignore'});
          child.on('close', resolve);
        }),
    );
    const codes = await Promise.all(runs);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 1)).toHaveLength(11);
    expect(readFileSync(target, 'utf8')).toContain('Model Alignment Researcher');
    expect(readdirSync(tmp).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('a link that points nowhere is not replaced without --force', () => {
    const link = join(tmp, 'dangling.md');
    symlinkSync(join(tmp, 'nowhere.md'), link);
    const r = run(['export', SEED_FIXTURE, '-o', 'dangling.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the file already exists; use --force to overwrite it');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('into a folder that does not exist: refused, and the folder is not made', () => {
    const r = run(['export', SEED_FIXTURE, '-o', 'missing/x.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing/x.md: cannot write: the folder does not exist');
    expect(existsSync(join(tmp, 'missing'))).toBe(false);
  });

  it("a name ending in '/': refused, no file named after the folder", () => {
    const r = run(['export', SEED_FIXTURE, '-o', 'dir/']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("dir/: cannot write: the name ends with '/'");
    expect(existsSync(join(tmp, 'dir'))).toBe(false);
  });
});

describe('standard output that refuses the bytes', () => {
  it('> /dev/full: a clear message and exit 1, not "unexpected error", exit 70', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export "${SEED_FIXTURE}" > /dev/full`], {encoding: 'utf8', env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}});
    expect(r.stderr).not.toContain('unexpected error');
    expect(r.stderr).toContain('role-wizard: cannot write to standard output: the disk is full');
    expect(r.status).toBe(1);
  });
});

describe('index -o', () => {
  const library = join(tmp, 'library');
  mkdirSync(library, {recursive: true});
  const seedReport = runCli(['export', SEED_FIXTURE]).stdout;
  writeFileSync(join(library, 'model-alignment-researcher.md'), seedReport);

  it.skipIf(!isRoot)('to a character device with no --force: written into, still the device (a null device made with mknod)', () => {
    const device = join(tmp, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const r = run(['index', library, '-o', device]);
    expect(r.code).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('to a FIFO with no reader: refused within seconds, not blocked for good', () => {
    const fifo = join(tmp, 'index.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = spawnSync(process.execPath, [BIN, 'index', library, '-o', fifo], {encoding: 'utf8', cwd: tmp, env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}, timeout: 15_000});
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot write: nothing is reading from it');
  });

  it('--check against /dev/zero or a FIFO: refused by the bounded reader, not read until memory runs out', () => {
    const zero = spawnSync(process.execPath, [BIN, 'index', library, '--check', '-o', '/dev/zero'], {encoding: 'utf8', cwd: tmp, env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}, timeout: 15_000});
    expect(zero.signal).toBeNull();
    expect(zero.status).toBe(1);
    expect(zero.stderr).toContain('/dev/zero: cannot read: it is a device, not a regular file');
  });

  it('--check against a file over the limit: refused by its size, never read whole', () => {
    const huge = join(tmp, 'HUGE.md');
    writeFileSync(huge, '');
    truncateSync(huge, 1024 * 1024 * 1024);
    const r = run(['index', library, '--check', '-o', 'HUGE.md']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('HUGE.md: the index file is 1024.0 MB; index files over 10.0 MB are refused');
  });

  it('replaces an index it wrote without --force, but no other file', () => {
    const out = join(tmp, 'INDEX.md');
    expect(run(['index', library, '-o', 'INDEX.md']).code).toBe(0);
    writeFileSync(join(library, 'second.md'), seedReport.replaceAll('Model Alignment Researcher', 'Second Role'));
    const again = run(['index', library, '-o', 'INDEX.md']);
    expect(again).toMatchObject({code: 0, stderr: 'Wrote INDEX.md\n'});
    expect(readFileSync(out, 'utf8')).toContain('Second Role');
    const notes = join(tmp, 'NOTES.md');
    writeFileSync(notes, 'my notes\n');
    const refused = run(['index', library, '-o', 'NOTES.md']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('NOTES.md: the file already exists; use --force to overwrite it');
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
    expect(run(['index', library, '-o', 'NOTES.md', '--force']).code).toBe(0);
  });
});

describe("the wizard's export", () => {
  const assessment = readFixture('model-alignment-researcher.json') as Assessment;
  const exporter = fileExporter(tmp, async () => 'the report\n');

  it('to a FIFO with no reader: fails with the reason within seconds instead of freezing the wizard for good', async () => {
    const fifo = join(tmp, 'wizard.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    const result = await exporter('wizard.fifo', {overwrite: true, incomplete: false, assessment});
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result).toMatchObject({status: 'failed', message: expect.stringContaining('nothing is reading from it')});
  });

  it('a link that points nowhere is a name taken: the wizard asks before replacing it', async () => {
    symlinkSync(join(tmp, 'nowhere-either.md'), join(tmp, 'wizard-link.md'));
    expect(await exporter('wizard-link.md', {overwrite: false, incomplete: false, assessment})).toMatchObject({status: 'exists'});
    expect(lstatSync(join(tmp, 'wizard-link.md')).isSymbolicLink()).toBe(true);
  });
});
