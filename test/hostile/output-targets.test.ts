/**
 * `-o` writes atomically to a regular file or a new path; into a device, a FIFO or /dev/stdout
 * it writes into it and never replaces it with a regular file.
 */
import {spawn, spawnSync} from 'node:child_process';
import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BIN, SEED_FIXTURE} from '../support/paths.js';
import {runCli, TEST_HOME} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-output-');
const isRoot = process.getuid?.() === 0;

describe('-o targets', () => {
  it.skipIf(!isRoot)('a character device given with --force stays a device (a null device made with mknod)', () => {
    const device = join(tmp, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const r = runCli(['export', SEED_FIXTURE, '-o', device, '-f']);
    expect(r.code).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
    expect(statSync(device).rdev).toBe(statSync('/dev/null').rdev);
  });

  it('a FIFO is written into, its reader gets the whole report, and it stays a FIFO', async () => {
    const fifo = join(tmp, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    const r = spawnSync(process.execPath, [BIN, 'export', SEED_FIXTURE, '-o', fifo], {encoding: 'utf8', env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}, timeout: 20_000});
    await closed;
    expect(r.status).toBe(0);
    expect(read).toContain('Model Alignment Researcher');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('-o /dev/stdout writes the report to standard output, a pipe or a redirected file', () => {
    const piped = runCli(['export', SEED_FIXTURE, '-o', '/dev/stdout']);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(runCli(['export', SEED_FIXTURE]).stdout);
    const file = join(tmp, 'redirected.md');
    const sh = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export "${SEED_FIXTURE}" -o /dev/stdout > "${file}"`], {env: {...process.env, ROLE_WIZARD_HOME: TEST_HOME}});
    expect(sh.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(runCli(['export', SEED_FIXTURE]).stdout);
  });

  it('a regular file needs --force and is replaced atomically (a new file renamed over it); a folder is refused', () => {
    const file = join(tmp, 'out.md');
    writeFileSync(file, 'old');
    const refused = runCli(['export', SEED_FIXTURE, '-o', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the file already exists; use --force to overwrite it');
    const inode = statSync(file).ino;
    expect(runCli(['export', SEED_FIXTURE, '-o', file, '-f']).code).toBe(0);
    expect(statSync(file).ino).not.toBe(inode);
    expect(readFileSync(file, 'utf8')).toContain('Model Alignment Researcher');
    const dir = runCli(['export', SEED_FIXTURE, '-o', tmp, '-f']);
    expect(dir).toMatchObject({code: 1, stderr: expect.stringContaining('cannot write: it is a folder')});
  });
});
