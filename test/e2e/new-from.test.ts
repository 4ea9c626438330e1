/**
 * `new --from ROLE` in a real terminal: a team repository whose library holds the reference
 * role; the new draft holds that role's tasks, scores, evidence and barriers, and no title; the
 * wizard says where it came from; its export goes to the library by default. The keystrokes of a
 * related role (a new title, one task score changed, exported) are counted as wizard.test.ts
 * counts the whole seed role: a key or a typed character is one, a paste is one.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {keyBytes, spawnTerminal, type Terminal} from '../support/terminal.mjs';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {BIN, SEED_FIXTURE} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';
import {makeTeamRepo, reportOf} from '../library/support.js';
import {wizardEnv} from './wizard-support.js';

const open: Terminal[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close();
});

describe('new --from a report of the library', () => {
  it('starts a draft with the source role’s tasks and scores and no title; its export goes to the library', async () => {
    const repo = makeTeamRepo(2);
    const seed = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8')) as Assessment;
    writeFileSync(join(repo.reports, 'model-alignment-researcher.md'), reportOf(seed));
    const home = tempFolder('rw-from-home-');
    const term = spawnTerminal(process.execPath, [BIN, 'new', '--from', 'Model Alignment Researcher'], {
      cols: 120,
      rows: 40,
      cwd: repo.root,
      env: wizardEnv({ROLE_WIZARD_HOME: home}),
    });
    open.push(term);
    let keystrokes = 0;
    const send = async (...data: string[]) => {
      for (const d of data) {
        keystrokes++;
        await term.timeToOutput(d, 3000).catch(() => undefined);
        await term.waitForIdle(15, 3000);
      }
    };
    const key = (...names: string[]) => send(...names.map((n) => keyBytes(n)));

    await term.waitForText('Started from "Model Alignment Researcher" (reports/model-alignment-researcher.md)');
    await term.waitForText('› Job Title');
    await term.waitForText('[saved]');
    // The draft as created: the source's every task and score, its texts, no title.
    const [file] = readdirSync(join(home, 'drafts')).filter((n) => n.endsWith('.json'));
    const draft = JSON.parse(readFileSync(join(home, 'drafts', file!), 'utf8')) as {assessment: Assessment};
    const a = draft.assessment;
    expect(a.role.jobTitle).toBe('');
    const taskInputs = (x: Assessment) => x.tasks.map((t) => [t.name, t.timePercent, t.score, t.rationale]);
    expect(taskInputs(a)).toEqual(taskInputs(seed));
    expect(a.protective).toEqual(seed.protective);
    expect(a.growth).toEqual(seed.growth);
    expect(a.evidence).toEqual(seed.evidence);
    expect(a.barriers).toEqual(seed.barriers);
    expect(a.commentary).toEqual(seed.commentary);
    expect(a.role.primaryFunction).toBe(seed.role.primaryFunction);

    // A related role: its own title, one task scored otherwise, exported into the library.
    await send(...'AI Safety Researcher');
    await term.waitForText('— AI Safety Researcher');
    await key('pagedown', 'pagedown');
    await term.waitForText('3/10 Task Decomposition');
    await key('down', 'down', 'down');
    await term.waitForText(/Task 4 of 7 · /);
    await key('right', 'right');
    await term.waitForText('Task 4 of 7 · Score (1-5)');
    await send('3');
    for (let step = 4; step <= 10; step++) await key('pagedown');
    await term.waitForText('10/10 Review & Export');
    await key('tab');
    await term.waitForText('› Export to Markdown');
    await term.waitForText('./reports/ai-safety-researcher.md');
    await key('enter');
    await term.waitForText('✓ Wrote ./reports/ai-safety-researcher.md');
    await key('ctrl-c');
    expect((await term.exited).exitCode).toBe(0);
    const written = readFileSync(join(repo.reports, 'ai-safety-researcher.md'), 'utf8');
    expect(written).toMatch(/AI Safety Researcher/);
    const related = structuredClone(seed);
    related.tasks[3]!.score = 3;
    expect(seed.tasks[3]!.score).not.toBe(3);
    expect(written).toContain(`Score vector: ${score(related).vector}`);
    expect(written).toContain(`Raw: ${score(related).display.raw!.replace(/^Raw: /, '')}`);
    console.log(`keystrokes for a related role with new --from: ${keystrokes}`);
    expect(keystrokes).toBeLessThan(40);
  }, 60_000);
});
