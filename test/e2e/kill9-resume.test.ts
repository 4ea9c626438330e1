/**
 * Nothing typed is lost: type into a new draft in a real terminal, kill -9 the wizard, resume.
 * Everything the wizard had taken in half a second before the kill is there, at the same step
 * and field. "Taken in" is read off the screen (the field shows the wizard's state, which is
 * what it hands to the draft), so that a key the field itself drops is not blamed on saving.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {spawnTerminal, type Terminal} from '../support/terminal.mjs';
import {BIN} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';
import {wizardEnv} from './wizard-support.js';

const terminals: Terminal[] = [];
afterEach(async () => {
  for (const t of terminals.splice(0)) await t.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A steady typist; the pause between keys leaves the wizard time to draw each one.
const KEY_GAP_MS = 200;

type Shot = {at: number; screen: string};

/** Type text one key at a time, keeping what the screen showed after each key. */
async function typeTimed(t: Terminal, text: string, sent: Array<{ch: string; at: number}>, shots: Shot[]) {
  for (const ch of text) {
    if (t.exitedAlready) return;
    t.write(ch);
    sent.push({ch, at: Date.now()});
    await sleep(KEY_GAP_MS);
    const at = Date.now();
    shots.push({at, screen: await t.screen()});
  }
}

/** The value shown in the active field (the line under its "› Label"), left of the side pane. */
function activeFieldValue(screen: string, label: string): string {
  const lines = screen.split('\n');
  const i = lines.findIndex((l) => l.includes(`› ${label}`));
  return i < 0 ? '' : (lines[i + 1] ?? '').split('│')[0]!.trim();
}

const titleShown = (screen: string): string => /1\/10 Role Definition — (.*)$/m.exec(screen)?.[1]?.trim() ?? '';

function wizard(home: string, args: string[]): Terminal {
  const t = spawnTerminal(process.execPath, [BIN, ...args], {cols: 120, rows: 40, env: wizardEnv({ROLE_WIZARD_HOME: home})});
  terminals.push(t);
  return t;
}

describe('kill -9 while typing, then resume', () => {
  it('keeps everything typed up to 0.5 s before the kill, at the same step and field', async () => {
    const home = tempFolder('rw-kill9-');
    const t = wizard(home, ['new']);
    await t.waitForText('Job Title', 15_000);
    // The draft exists (store loaded after the first frame, lock taken) once the status says saved.
    await t.waitForText('[saved]', 15_000);

    const title: Array<{ch: string; at: number}> = [];
    const shots: Shot[] = [];
    await typeTimed(t, 'Forensic Accountant', title, shots);
    t.press('tab');
    await sleep(KEY_GAP_MS);
    const seniority: Array<{ch: string; at: number}> = [];
    // Keep typing and pull the plug mid-word.
    const typing = typeTimed(t, 'Senior Manager', seniority, shots);
    await sleep(KEY_GAP_MS * 8 + 50);
    const killedAt = Date.now();
    t.kill('SIGKILL');
    await t.exited;
    await typing;

    // What the wizard showed half a second before the kill.
    const cutoff = shots.filter((s) => s.at <= killedAt - 500).at(-1)!;
    const mustHave = activeFieldValue(cutoff.screen, 'Seniority Level');
    const titleThen = titleShown(cutoff.screen);
    const lastShown = activeFieldValue(shots.at(-1)!.screen, 'Seniority Level');
    expect(mustHave.length).toBeGreaterThan(2);
    expect(titleThen.length).toBeGreaterThan(10);

    const [file] = readdirSync(join(home, 'drafts')).filter((n) => n.endsWith('.json'));
    const draft = JSON.parse(readFileSync(join(home, 'drafts', file!), 'utf8'));
    expect(draft.assessment.role.jobTitle).toBe(titleThen);
    const saved: string = draft.assessment.role.seniorityLevel;
    expect(saved.startsWith(mustHave)).toBe(true);
    // Nothing newer than the screen's last state, nothing invented.
    expect(lastShown.startsWith(saved.trim())).toBe(true);
    expect(draft.position).toEqual({step: 'role', field: 'role.seniorityLevel'});

    // The lock of the killed process is taken over; the wizard opens where it was left.
    const again = wizard(home, ['resume', draft.id]);
    await again.waitForText(`Seniority Level`, 15_000);
    await again.waitForText(saved, 15_000);
    const screen = await again.screen();
    expect(screen).toContain('1/10 Role Definition — Forensic Accountant');
    expect(screen).toMatch(/› Seniority Level/);
    again.press('ctrl-c');
    await again.exited;
  }, 60_000);
});
