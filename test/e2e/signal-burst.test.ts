/**
 * Nothing typed is lost on the way out: text written to the terminal in ONE write, followed at
 * once by a signal (the terminal closing, the process asked to stop) or Ctrl+C, is in the saved
 * draft, although its keys were still waiting in the keypress layer when the signal came.
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

const TEXT = 'Paediatric Nurse Practitioner, Band 7, community and outpatient clinics';

function savedDraft(s: Session): Assessment {
  const files = readdirSync(join(s.home, 'drafts')).filter((n) => n.endsWith('.json'));
  expect(files, files.join(", ")).toHaveLength(1);
  const file = JSON.parse(readFileSync(join(s.home, 'drafts', files[0]!), 'utf8')) as {assessment?: Assessment} & Assessment;
  return file.assessment ?? file;
}

async function ready(): Promise<Session> {
  session = startWizard(['new'], {cols: 80, rows: 24});
  await session.term.waitForText('› Job Title');
  await session.term.waitForIdle(30);
  return session;
}

describe('a burst of text, then at once a signal or Ctrl+C', () => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal}: the text of the one write is in the saved draft`, async () => {
      const s = await ready();
      s.term.write(TEXT);
      s.term.kill(signal);
      await s.term.exited;
      expect(savedDraft(s).role.jobTitle).toBe(TEXT);
    }, 30_000);
  }

  it('SIGTERM once the draft is open and saved: the text of the one write is added to it', async () => {
    const s = await ready();
    await s.typeText('A ');
    await s.term.waitForText('[saved]');
    s.term.write(TEXT);
    s.term.kill('SIGTERM');
    await s.term.exited;
    expect(savedDraft(s).role.jobTitle).toBe(`A ${TEXT}`);
  }, 30_000);

  it('Ctrl+C in the same write: the text before it is saved, and the wizard says so', async () => {
    const s = await ready();
    s.term.write(`${TEXT}\u0003`);
    expect((await s.term.exited).exitCode).toBe(0);
    expect(savedDraft(s).role.jobTitle).toBe(TEXT);
    expect(s.term.raw).toContain('Draft saved');
  }, 30_000);

  it('Ctrl+C in a write of its own right after: the text is saved', async () => {
    const s = await ready();
    s.term.write(TEXT);
    s.term.write('\u0003');
    expect((await s.term.exited).exitCode).toBe(0);
    expect(savedDraft(s).role.jobTitle).toBe(TEXT);
  }, 30_000);

  it('SIGTERM after a burst across fields (Tab between them): each field holds its text', async () => {
    const s = await ready();
    s.term.write('Charge Nurse\tBand 6\tRuns the ward.');
    s.term.kill('SIGTERM');
    await s.term.exited;
    const a = savedDraft(s);
    expect(a.role).toMatchObject({jobTitle: 'Charge Nurse', seniorityLevel: 'Band 6', primaryFunction: 'Runs the ward.'});
  }, 30_000);
});
