/**
 * A full disk, made for real: a small tmpfs mounted for the test (where the machine allows it:
 * root and a mount that works; otherwise these tests are skipped and test/hostile/full-disk
 * injects ENOSPC at the write). The wizard says "saved" only when the bytes are written; leaving
 * with unsaved changes puts them in a rescue copy in another folder and says where; when nothing
 * at all can be written it asks before leaving, and a retry after space is freed saves the draft.
 * No lock outlives a failed start, one session makes one draft file, and `import` fails cleanly.
 */
import {spawnSync} from 'node:child_process';
import {closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type Terminal} from '../support/terminal.mjs';
import {BIN, SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';
import {wizardEnv} from './wizard-support.js';

const mountPoint = tempFolder('rw-full-disk-');
const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]).status === 0;
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
});

const terminals: Terminal[] = [];
afterEach(async () => {
  for (const t of terminals.splice(0)) await t.close();
  if (mounted) for (const name of readdirSync(mountPoint)) rmSync(join(mountPoint, name), {recursive: true, force: true});
});

/** Fill the file system to the last byte; returns the filler's path (remove it to free the space). */
function fill(): string {
  const path = join(mountPoint, 'filler');
  const fd = openSync(path, 'a');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  try {
    for (;;) writeSync(fd, chunk, 0, 1);
  } catch {
    // full to the byte
  }
  closeSync(fd);
  return path;
}

function wizard(env: Record<string, string>, cwd: string): Terminal {
  const t = spawnTerminal(process.execPath, [BIN, 'new'], {cols: 100, rows: 30, cwd, env: wizardEnv(env)});
  terminals.push(t);
  return t;
}

const drafts = (home: string) => readdirSync(join(home, 'drafts'));

describe.skipIf(!mounted)('a full disk (a 256 KB tmpfs)', () => {
  it('Ctrl+C with unsaved changes: not "saved"; a rescue copy in another folder, named; exit 1; no lock left, one draft file', async () => {
    const home = join(mountPoint, 'home');
    const tmp = tempFolder('rw-full-disk-tmp-');
    const t = wizard({ROLE_WIZARD_HOME: home, TMPDIR: tmp}, tmp);
    await t.waitForText('Job Title');
    await t.type('Full Disk', {delayMs: 30});
    await t.waitForText('[saved]');
    fill();
    await t.type(' Role', {delayMs: 30});
    await t.waitForText(/save failed, retrying in \ds: cannot save/);
    t.press('ctrl-c');
    const {exitCode} = await t.exited;
    const screen = await t.screen();
    expect(exitCode).toBe(1);
    expect(screen).not.toContain('Draft saved');
    expect(screen).toContain("The draft's last changes could not be saved");
    const rescued = readdirSync(tmp).filter((n) => n.startsWith('role-wizard-rescue-'));
    expect(rescued).toHaveLength(1);
    expect(screen.replace(/\s+/g, '')).toContain(join(tmp, rescued[0]!).replace(/\s+/g, ''));
    expect(JSON.parse(readFileSync(join(tmp, rescued[0]!), 'utf8')).role.jobTitle).toBe('Full Disk Role');
    expect(drafts(home).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect(drafts(home).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  }, 30_000);

  it('nothing writable anywhere: it asks before leaving; after space is freed, trying again saves the draft', async () => {
    const home = join(mountPoint, 'home');
    const tmp = join(mountPoint, 'tmp');
    mkdirSync(tmp);
    const t = wizard({ROLE_WIZARD_HOME: home, TMPDIR: tmp, HOME: tmp}, tmp);
    await t.waitForText('Job Title');
    await t.type('Nowhere', {delayMs: 30});
    await t.waitForText('[saved]');
    const filler = fill();
    await t.type(' Left', {delayMs: 30});
    await t.waitForText(/save failed/);
    t.press('ctrl-c');
    await t.waitForText('Nothing could be written (cannot save');
    await t.waitForText('Leave anyway?');
    expect((await t.screen()).replace(/\s+/g, ' ')).toMatch(/the disk is full\): leaving now loses your unsaved changes/);
    rmSync(filler);
    t.write('n');
    await t.waitForText('Draft saved').catch(async (e) => {
      throw new Error(`${e}\n${await t.screen()}\n${readdirSync(mountPoint, {recursive: true}).join(' ')}`);
    });
    const {exitCode} = await t.exited;
    expect(await t.screen()).toContain('Draft saved');
    expect(exitCode).toBe(0);
    const [file] = drafts(home).filter((n) => n.endsWith('.json'));
    expect(JSON.parse(readFileSync(join(home, 'drafts', file!), 'utf8')).assessment.role.jobTitle).toBe('Nowhere Left');
    expect(drafts(home).filter((n) => n.endsWith('.lock'))).toEqual([]);
  }, 30_000);

  it('nothing writable and the assessor leaves anyway: it says plainly that the changes are lost', async () => {
    const home = join(mountPoint, 'home');
    const tmp = join(mountPoint, 'tmp');
    mkdirSync(tmp);
    const t = wizard({ROLE_WIZARD_HOME: home, TMPDIR: tmp, HOME: tmp}, tmp);
    await t.waitForText('Job Title');
    await t.type('Gone', {delayMs: 30});
    await t.waitForText('[saved]');
    fill();
    await t.type(' Soon', {delayMs: 30});
    await t.waitForText(/save failed/);
    t.press('ctrl-c');
    await t.waitForText(/Leave anyway\?/);
    t.write('y');
    const {exitCode} = await t.exited;
    expect(exitCode).toBe(1);
    expect((await t.screen()).replace(/\s+/g, ' ')).toMatch(/Not saved: nothing could be written .*the unsaved changes are lost/);
  }, 30_000);

  it('`new` on a full disk leaves no lock behind, and one session makes at most one draft file', async () => {
    const home = join(mountPoint, 'home');
    mkdirSync(join(home, 'drafts'), {recursive: true});
    const tmp = tempFolder('rw-full-disk-tmp-');
    const filler = fill();
    const t = wizard({ROLE_WIZARD_HOME: home, TMPDIR: tmp}, tmp);
    await t.waitForText('Job Title');
    await t.type('No Room', {delayMs: 30});
    await t.waitForText(/save failed/);
    expect(drafts(home).filter((n) => n.endsWith('.lock'))).toEqual([]);
    rmSync(filler);
    t.kill('SIGHUP');
    await t.exited;
    expect(drafts(home).filter((n) => n.endsWith('.lock'))).toEqual([]);
    expect(drafts(home).filter((n) => n.endsWith('.json')).length).toBeLessThanOrEqual(1);
  }, 30_000);

  it('import: a clear message, exit 1, nothing left in the drafts folder', () => {
    const home = join(mountPoint, 'home');
    mkdirSync(join(home, 'drafts'), {recursive: true});
    const report = join(tempFolder('rw-full-disk-report-'), 'report.md');
    spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" export "${SEED_FIXTURE}" > "${report}"`]);
    fill();
    const r = runCli(['import', report], {env: {ROLE_WIZARD_HOME: home}});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^role-wizard: cannot save .*: the disk is full\n$/);
    expect(drafts(home)).toEqual([]);
  });
});
