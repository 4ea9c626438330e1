/**
 * The wizard in a real terminal, started in a repository whose config names its own labels: the
 * side pane shows the team's sub-label and quick-screen wording, and the draft records them.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type Terminal} from '../support/terminal.mjs';
import type {Assessment} from '../../src/method/types.js';
import {BIN} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';
import {wizardEnv} from './wizard-support.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

describe('the wizard under a config with labels', () => {
  it('shows and records the configured sub-label and quick screen', async () => {
    const repo = tempFolder('rw-e2e-labels-');
    const labels = {subLabelGreenTransforming: 'Green (Shifting)', quickScreenGreen: 'Probably Green'};
    writeFileSync(join(repo, 'role-wizard.config.json'), JSON.stringify({methodDefaults: labels}));
    const home = tempFolder('rw-e2e-labels-home-');
    // The example role is Green, not Accelerated, 35% of its time scoring 3+: Transforming by default.
    const term = spawnTerminal(process.execPath, [BIN, 'new', '--example'], {cols: 120, rows: 40, cwd: repo, env: wizardEnv({ROLE_WIZARD_HOME: home})});
    open.push(term);
    await term.waitForText('Green (Shifting)');
    await term.waitForText('Probably Green');
    await term.waitForText('[saved]');
    expect(await term.screen()).not.toContain('Green (Transforming)');
    const [file] = readdirSync(join(home, 'drafts')).filter((n) => n.endsWith('.json'));
    const draft = JSON.parse(readFileSync(join(home, 'drafts', file!), 'utf8')) as {assessment: Assessment};
    expect(draft.assessment.methodDefaults).toEqual(labels);
  }, 30_000);
});
