/**
 * Terminal conventions in a real pseudo-terminal: NO_COLOR (and FORCE_COLOR=0) sends no
 * attribute at all, not bold, dim or inverse either; a locale that is not UTF-8 gets ASCII only;
 * after the terminal shrinks, what the wizard prints on the way out starts on a line of its own.
 */
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

/** The example role at 80×24, its first frame drawn, then a few keys (a window, a field, a step). */
async function run(env: Record<string, string>): Promise<string> {
  term = spawnTerminal(process.execPath, [BIN, 'new', '--example'], {cols: 80, rows: 24, env: wizardEnv({ROLE_WIZARD_HOME: tempFolder('rw-e2e-home-'), LC_ALL: '', LC_CTYPE: '', ...env})});
  await term.waitForText('Commercial Electrician');
  for (const key of ['?', '\u001b', '\t', '\u001b[6~', '\u001b[6~']) {
    term.write(key);
    await term.waitForIdle(40, 3000);
  }
  term.write('\u0003');
  await term.exited;
  return term.raw;
}

const SGR = /\u001b\[[0-9;:]*m/g;

describe('terminal conventions', () => {
  it('by default the frame has colour and attributes (the scan below can see them)', async () => {
    expect((await run({})).match(SGR)?.length ?? 0).toBeGreaterThan(10);
  }, 30_000);

  for (const env of [{NO_COLOR: '1'}, {FORCE_COLOR: '0'}]) {
    it(`${Object.keys(env)[0]}: not one SGR sequence (no colour, bold, dim or inverse)`, async () => {
      const raw = await run(env);
      expect(raw).toContain('Commercial Electrician');
      expect([...new Set(raw.match(SGR) ?? [])]).toEqual([]);
    }, 30_000);
  }

  for (const env of [{LANG: 'C'}, {LANG: 'en_US.UTF-8', LC_ALL: 'C'}, {LANG: 'fr_FR.ISO-8859-1'}]) {
    it(`${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')}: only ASCII is written, symbols as their stand-ins`, async () => {
      const raw = await run(env);
      expect(raw).toContain('Commercial Electrician');
      expect(raw.match(/[^\x00-\x7f]/gu) ?? []).toEqual([]);
      expect(raw).toMatch(/\+ complete/);
    }, 30_000);
  }

  it('a UTF-8 locale keeps the symbols', async () => {
    const raw = await run({LANG: 'en_GB.UTF-8'});
    expect(raw).toContain('✓ complete');
  }, 30_000);
});

describe('leaving after a resize', () => {
  it('the exit message starts on a line of its own, not glued to the status line', async () => {
    term = spawnTerminal(process.execPath, [BIN, 'new'], {cols: 100, rows: 30, env: wizardEnv({ROLE_WIZARD_HOME: tempFolder('rw-e2e-home-')})});
    await term.waitForText('› Job Title');
    await term.waitForIdle(50, 3000);
    term.resize(80, 24);
    // Redrawn at the new size: the side pane gives way to the summary line.
    await term.waitForText('no zone · time 0%');
    await term.waitForIdle(50, 3000);
    term.write('\u0003');
    await term.exited;
    const screen = await term.screen();
    expect(screen).toMatch(/^Draft saved: /m);
  }, 30_000);
});
