/**
 * Drafts that cannot be saved at all (the drafts folder cannot be made): the wizard says so and
 * keeps retrying, and when the assessor leaves (Ctrl+C) or the terminal closes (SIGHUP) what was
 * typed goes to a rescue file in the temporary folder. The process always ends: it never spins.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type Terminal} from '../support/terminal.mjs';
import {ensureFolder} from '../../src/store/folder.js';
import {BIN} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';
import {wizardEnv} from './wizard-support.js';

const terminals: Terminal[] = [];
afterEach(async () => {
  for (const t of terminals.splice(0)) await t.close();
});

// A folder that can never be made: the pseudo-filesystem answers "no such file" for it.
const NOWHERE = '/proc/role-wizard-nowhere/home';

function start(tmp: string): Terminal {
  const t = spawnTerminal(process.execPath, [BIN, 'new'], {cols: 100, rows: 30, env: wizardEnv({ROLE_WIZARD_HOME: NOWHERE, TMPDIR: tmp})});
  terminals.push(t);
  return t;
}

const rescued = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith('role-wizard-rescue-'));

describe('a drafts folder that cannot be made', () => {
  it('fails at once with the reason, where Node\'s recursive mkdir would loop forever', () => {
    expect(() => ensureFolder(`${NOWHERE}/drafts`)).toThrow(/ENOENT/);
  });

  it('the wizard shows the save failing and retrying; Ctrl+C writes a rescue file and says where', async () => {
    const tmp = tempFolder('rw-rescue-');
    const t = start(tmp);
    await t.waitForText('Job Title');
    await t.type('Rescued Role', {delayMs: 40});
    await t.waitForText(/save failed, retrying in \ds/);
    t.press('ctrl-c');
    const {exitCode} = await t.exited;
    expect(exitCode).toBe(1);
    const [file] = rescued(tmp);
    expect(file).toBeDefined();
    expect(await t.screen()).toContain('The draft could not be saved');
    expect(JSON.parse(readFileSync(join(tmp, file!), 'utf8')).role.jobTitle).toBe('Rescued Role');
  }, 30_000);

  it('the terminal closing (SIGHUP) ends the process with a rescue file, and never leaves it running', async () => {
    const tmp = tempFolder('rw-rescue-');
    const t = start(tmp);
    await t.waitForText('Job Title');
    await t.type('Closed Terminal', {delayMs: 40});
    await t.waitForText(/save failed/);
    t.kill('SIGHUP');
    const ended = await Promise.race([t.exited.then(() => 'ended'), new Promise((r) => setTimeout(() => r('still running'), 5000))]);
    expect(ended).toBe('ended');
    const [file] = rescued(tmp);
    expect(JSON.parse(readFileSync(join(tmp, file!), 'utf8')).role.jobTitle).toBe('Closed Terminal');
  }, 30_000);
});
