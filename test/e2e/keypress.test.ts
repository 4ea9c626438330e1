/**
 * Keys that arrive together, in a real terminal: each burst below is ONE write to the pty, as
 * a fast typist or a slow link delivers it, and every key in it must do what it does alone.
 * Pastes come between the bracketed-paste markers the wizard switches on.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {startWizard, type Session} from './wizard-support.js';

let session: Session | null = null;
afterEach(async () => {
  await session?.term.close();
  session = null;
});

const PASTE = (text: string) => `\u001b[200~${text}\u001b[201~`;

/** Write bytes in one write, then wait for the redraw to settle. */
async function burst(s: Session, data: string): Promise<void> {
  s.term.write(data);
  await s.term.waitForIdle(60, 5000);
}

/** The one draft the session saved. */
function savedDraft(s: Session): Assessment {
  const files = readdirSync(join(s.home, 'drafts')).filter((n) => n.endsWith('.json'));
  expect(files).toHaveLength(1);
  const file = JSON.parse(readFileSync(join(s.home, 'drafts', files[0]!), 'utf8')) as {assessment?: Assessment} & Assessment;
  return file.assessment ?? file;
}

async function leave(s: Session): Promise<void> {
  await s.term.waitForText('[saved]');
  s.term.write('\u0003');
  expect((await s.term.exited).exitCode).toBe(0);
}

describe('keys typed together, in one write each', () => {
  it('step 1: a burst with Tabs fills two fields; three pasted lines join in a one-line field and stay lines in long text', async () => {
    session = startWizard(['new'], {cols: 80, rows: 24});
    const s = session;
    await s.term.waitForText('› Job Title');
    await s.term.waitForIdle(30);
    expect(s.term.raw).toContain('\u001b[?2004h');
    await burst(s, 'Senior\tPrimary text\t');
    await s.term.waitForText('› Primary Function');
    await burst(s, PASTE('Triage.\rTreatment.\rRecords.'));
    await burst(s, '\u001b[Z');
    await s.term.waitForText('› Seniority Level');
    // Ctrl+U clears the line before the cursor, then three lines pasted into it.
    await burst(s, `\u0015${PASTE('Band 5\rBand 6\rBand 7')}`);
    await s.term.waitForText('Band 5 Band 6 Band 7');
    await leave(s);
    const a = savedDraft(s);
    expect(a.role.jobTitle).toBe('Senior');
    expect(a.role.seniorityLevel).toBe('Band 5 Band 6 Band 7');
    expect(a.role.primaryFunction).toBe('Triage.\nTreatment.\nRecords.');
    // Every way out switches bracketed paste off again.
    expect(s.term.raw.lastIndexOf('\u001b[?2004l')).toBeGreaterThan(s.term.raw.lastIndexOf('\u001b[?2004h'));
  }, 60_000);

  it('task table: `30\\t2` in a new row sets Time % and Score; a score then Tab lands in the rationale', async () => {
    session = startWizard(['new'], {cols: 80, rows: 24});
    const s = session;
    await s.term.waitForText('› Job Title');
    await s.term.waitForIdle(30);
    await burst(s, '\u001b[6~');
    await s.term.waitForText('2/10 Protective');
    await burst(s, '3\t');
    await s.term.waitForText('› Embodied Physicality rationale');
    await burst(s, 'Hands on.');
    await burst(s, '\u001b[6~');
    await s.term.waitForText('3/10 Task Decomposition');
    await burst(s, 'aTriage\t');
    await s.term.waitForText('Task 1 of 1 · Time %');
    await burst(s, '30\t2');
    await s.term.waitForText(/Triage +30% +2 /);
    await leave(s);
    const a = savedDraft(s);
    expect(a.protective.embodiedPhysicality).toEqual({score: 3, rationale: 'Hands on.'});
    expect(a.tasks).toHaveLength(1);
    expect(a.tasks[0]).toMatchObject({name: 'Triage', timePercent: 30, score: 2});
  }, 60_000);

  it('a step change and keys for the new step in one write: each key acts on the screen the one before opened', async () => {
    session = startWizard(['new', '--example'], {cols: 80, rows: 24});
    const s = session;
    await s.term.waitForText('› Job Title');
    await s.term.waitForIdle(30);
    await burst(s, '\u001b[6~\u001b[6~\u001b[B\u001b[C');
    await s.term.waitForText('Task 2 of 6 · Time %');
    expect(await s.term.screen()).not.toContain('› Reinstatement check');
    await leave(s);
  }, 60_000);

  it('a sentence with a q typed on a score field: the wizard stays, and says what the field takes', async () => {
    session = startWizard(['new'], {cols: 80, rows: 24});
    const s = session;
    await s.term.waitForText('› Job Title');
    await s.term.waitForIdle(30);
    await burst(s, '\u001b[6~');
    await s.term.waitForText('› Embodied Physicality score');
    await burst(s, 'quite often in clinics');
    await s.term.waitForText('scores are 0–3; Tab goes to the rationale');
    expect(s.term.exitedAlready).toBe(false);
    // Typed one key at a time too.
    await s.typeText('quiet');
    expect(s.term.exitedAlready).toBe(false);
    await leave(s);
  }, 60_000);

  it('SIGTERM switches bracketed paste off before the process ends', async () => {
    session = startWizard(['new'], {cols: 80, rows: 24});
    const s = session;
    await s.term.waitForText('› Job Title');
    await s.term.waitForIdle(30);
    s.term.kill('SIGTERM');
    await s.term.exited;
    expect(s.term.raw.lastIndexOf('\u001b[?2004l')).toBeGreaterThan(s.term.raw.lastIndexOf('\u001b[?2004h'));
  }, 30_000);
});
