/**
 * A wizard no one can use is refused in one line, at once, with nothing created: a CI variable
 * on a real terminal (Ink would draw only the last frame: a blank screen while keys act), the
 * same under `script -q` (a terminal with no one typing: it must not wait for ever), and
 * TERM=dumb (no cursor movement to draw with: not one cursor sequence is sent).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type Terminal} from '../support/terminal.mjs';
import {BIN} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';
import {wizardEnv} from './wizard-support.js';

let term: Terminal | null = null;
afterEach(async () => {
  await term?.close();
  term = null;
});

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
})();

async function refused(env: Record<string, string>) {
  const home = tempFolder('rw-e2e-home-');
  term = spawnTerminal(process.execPath, [BIN, 'new'], {cols: 80, rows: 24, env: wizardEnv({ROLE_WIZARD_HOME: home, ...env})});
  const {exitCode} = await term.exited;
  const out = term.raw;
  return {exitCode, out, home};
}

describe('a wizard no one can use is refused in one line', () => {
  for (const env of [{CI: 'true'}, {CI: '1'}, {CONTINUOUS_INTEGRATION: 'yes'}]) {
    const [name, value] = Object.entries(env)[0]!;
    it(`${name}=${value} on a real terminal: one line naming it, exit 2, no draft`, async () => {
      const r = await refused(env);
      expect(r.exitCode).toBe(2);
      const lines = r.out.trim().split(/\r?\n/);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${name}=${value} says this is an unattended run: unset ${name}`);
      expect(existsSync(join(r.home, 'drafts'))).toBe(false);
    }, 20_000);
  }

  it('CI=false is not a CI sign: the wizard is drawn', async () => {
    term = spawnTerminal(process.execPath, [BIN, 'new'], {cols: 80, rows: 24, env: wizardEnv({ROLE_WIZARD_HOME: tempFolder('rw-e2e-home-'), CI: 'false'})});
    await term.waitForText('› Job Title');
  }, 20_000);

  it.skipIf(!hasScript)('CI=true under script -q with no one typing: refused at once, never a hang, no draft', () => {
    const home = tempFolder('rw-e2e-home-');
    const started = Date.now();
    const r = spawnSync('script', ['-q', '-e', '-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} new`, '/dev/null'], {
      env: wizardEnv({ROLE_WIZARD_HOME: home, CI: 'true'}),
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('says this is an unattended run');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(existsSync(join(home, 'drafts'))).toBe(false);
  }, 20_000);

  it('TERM=dumb: one line, exit 2, not one cursor or colour sequence', async () => {
    const r = await refused({TERM: 'dumb'});
    expect(r.exitCode).toBe(2);
    expect(r.out.trim().split(/\r?\n/)).toHaveLength(1);
    expect(r.out).toContain('TERM=dumb');
    expect(r.out).not.toMatch(/\u001b/);
    expect(existsSync(join(r.home, 'drafts'))).toBe(false);
  }, 20_000);
});
