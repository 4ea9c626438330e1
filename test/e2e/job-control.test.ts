/**
 * Job control in a real pseudo-terminal: Ctrl+Z (and a SIGTSTP sent from outside) stops the
 * wizard with the terminal handed back as the shell expects it (line mode, echo, bracketed paste
 * off, cursor shown); SIGCONT (what `fg` sends) takes it back: raw mode, bracketed paste, the
 * whole frame drawn again, and keys act.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readlinkSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {startWizard, type Session} from './wizard-support.js';

const linux = existsSync('/proc/self/stat');

let session: Session | null = null;
afterEach(async () => {
  if (session) process.kill(session.term.pid, 'SIGCONT');
  await session?.term.close();
  session = null;
});

/** The process's state letter (R running, S sleeping, T stopped). */
const stateOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];

async function until(test: () => boolean, what = 'a condition') {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const waitForState = (pid: number, test: (state: string | undefined) => boolean) => until(() => test(stateOf(pid)), 'a process state');

/** The terminal's line settings as `stty -a` prints them. */
const stty = (pid: number) => execFileSync('stty', ['-a', '-F', readlinkSync(`/proc/${pid}/fd/0`)], {encoding: 'utf8'});

function savedDraft(s: Session): Assessment {
  const files = readdirSync(join(s.home, 'drafts')).filter((n) => n.endsWith('.json'));
  const file = JSON.parse(readFileSync(join(s.home, 'drafts', files[0]!), 'utf8')) as {assessment?: Assessment} & Assessment;
  return file.assessment ?? file;
}

describe.skipIf(!linux)('job control', () => {
  for (const how of ['Ctrl+Z', 'SIGTSTP from outside'] as const) {
    it(`${how} stops with the terminal restored; SIGCONT takes it back and redraws`, async () => {
      const s = (session = startWizard(['new'], {cols: 80, rows: 24}));
      const pid = s.term.pid;
      await s.term.waitForText('› Job Title');
      await s.typeText('Nurse');
      await s.term.waitForText('Nurse');
      expect(stty(pid)).toMatch(/-icanon/);

      const before = s.term.raw.length;
      if (how === 'Ctrl+Z') s.term.write('\u001a');
      else s.term.kill('SIGTSTP');
      await waitForState(pid, (st) => st === 'T');
      await new Promise((r) => setTimeout(r, 100));
      const leaving = s.term.raw.slice(before);
      expect(leaving).toContain('\u001b[?2004l');
      expect(leaving).toContain('\u001b[?25h');
      const lent = stty(pid);
      expect(lent).toMatch(/(^|\s)icanon/);
      expect(lent).toMatch(/(^|\s)echo\s/);

      const stopped = s.term.raw.length;
      process.kill(pid, 'SIGCONT');
      await waitForState(pid, (st) => st !== 'T');
      await until(() => s.term.raw.slice(stopped).includes('Nurse'));
      await s.term.waitForIdle(50, 3000);
      const back = s.term.raw.slice(stopped);
      expect(back).toContain('\u001b[?2004h');
      // Drawn whole on a cleared screen, not as a difference from a frame the shell wrote over.
      expect(back).toContain('\u001b[2J');
      expect(back).toContain('Nurse');
      expect(stty(pid)).toMatch(/-icanon/);
      await s.typeText('s');
      await s.term.waitForText('Nurses');
      s.term.write('\u0003');
      expect((await s.term.exited).exitCode).toBe(0);
      expect(savedDraft(s).role.jobTitle).toBe('Nurses');
      session = null;
    }, 40_000);
  }
});
