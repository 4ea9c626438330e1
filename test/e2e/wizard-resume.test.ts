import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type Terminal} from '../support/terminal.mjs';
import {BIN} from '../support/paths.js';
import {startWizard, wizardEnv} from './wizard-support.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

const resume = (home: string, args: string[]) => {
  const t = spawnTerminal(process.execPath, [BIN, 'resume', ...args], {cols: 100, rows: 30, env: wizardEnv({ROLE_WIZARD_HOME: home})});
  open.push(t);
  return t;
};

describe('role-wizard resume in a real terminal', () => {
  it('reopens at the step and field where the draft was left; a second process may open it read-only', async () => {
    const s = startWizard(['new'], {cols: 100, rows: 30});
    open.push(s.term);
    await s.term.waitForText('› Job Title');
    await s.term.waitForIdle(20);
    await s.typeText('Farrier');
    await s.term.waitForText('— Farrier');
    await s.key('pagedown');
    await s.term.waitForText('2/10 Protective');
    await s.key('tab');
    await s.term.waitForText('› Embodied Physicality rationale');
    await s.key('ctrl-c');
    expect((await s.term.exited).exitCode).toBe(0);
    const id = readdirSync(join(s.home, 'drafts')).find((n) => n.endsWith('.json'))!.replace(/\.json$/, '');

    // By its title, back at the same field.
    const first = resume(s.home, ['Farrier']);
    await first.waitForText('2/10 Protective');
    await first.waitForText('› Embodied Physicality rationale');

    // The same draft from another process: held, so offered read-only.
    const second = resume(s.home, [id]);
    await second.waitForText(/open in process \d+ on .*Open it read-only/);
    second.write('y');
    await second.waitForText('[read-only');
    second.press('ctrl-c');
    expect((await second.exited).exitCode).toBe(0);

    first.press('ctrl-c');
    expect((await first.exited).exitCode).toBe(0);
  });

  it('without an argument lists the drafts, most recent first', async () => {
    const s = startWizard(['new', '--example'], {cols: 100, rows: 30});
    open.push(s.term);
    await s.term.waitForText('63.2');
    await s.term.waitForText('[saved]');
    await s.key('ctrl-c');
    await s.term.exited;
    const chooser = resume(s.home, []);
    await chooser.waitForText('Resume which draft?');
    await chooser.waitForText('Commercial Electrician · 63.2 GREEN · finished');
    chooser.press('enter');
    await chooser.waitForText('1/10 Role Definition — Commercial Electrician');
    chooser.press('ctrl-c');
    expect((await chooser.exited).exitCode).toBe(0);
  });
});
