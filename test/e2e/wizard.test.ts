import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {fieldAt} from '../../src/method/fields.js';
import type {Assessment} from '../../src/method/types.js';
import {SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {startWizard, type Session} from './wizard-support.js';

let session: Session | null = null;
afterEach(async () => {
  await session?.term.close();
  session = null;
});

describe('role-wizard new in a real terminal', () => {
  it('starts in Job Title, takes typing, and Ctrl+C saves and exits 0', async () => {
    session = startWizard(['new'], {cols: 80, rows: 24});
    const {term} = session;
    await term.waitForText('› Job Title');
    await term.waitForIdle(20);
    await session.typeText('Veterinary Nurse');
    await term.waitForText('— Veterinary Nurse');
    await term.waitForText('[saved]');
    await session.key('ctrl-c');
    const {exitCode} = await term.exited;
    expect(exitCode).toBe(0);
    // The command as the wizard was started: `node <bin>`, or `npx role-wizard` when npm's variables say npm ran it (as under `npm test`).
    expect(term.raw).toMatch(/Resume with: (npx role-wizard|node \S*role-wizard\.js) resume draft-\S+/);
    const drafts = readdirSync(join(session.home, 'drafts')).filter((n) => n.endsWith('.json'));
    expect(drafts).toHaveLength(1);
    const saved = JSON.parse(readFileSync(join(session.home, 'drafts', drafts[0]!), 'utf8'));
    expect(JSON.stringify(saved)).toContain('Veterinary Nurse');
  });

  it('new --example opens a complete example with the live figures', async () => {
    session = startWizard(['new', '--example']);
    await session.term.waitForText('JobZone 63.2/100 GREEN');
    expect(await session.term.screen()).toContain('Commercial Electrician');
    await session.key('ctrl-c');
    expect((await session.term.exited).exitCode).toBe(0);
  });

  it('not a terminal: one line pointing to import/score/export, exit 2, no stack trace', () => {
    const r = runCli(['new']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/needs a terminal.*'role-wizard import', 'score' or 'export'/);
    expect(r.stderr).not.toMatch(/Raw mode|\n\s+at /);
    const resume = runCli(['resume']);
    expect(resume.code).toBe(2);
  });
});

describe('the whole seed role by keystrokes', () => {
  it('reads 86.1 GREEN and exports the same report as role-wizard export', async () => {
    const seed = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8')) as Assessment;
    session = startWizard(['new']);
    const s = session;
    const {term} = s;
    await term.waitForText('› Job Title');

    // Wait until a field has the focus before sending it text (never a fixed sleep).
    const at = async (path: string) => {
      const label = fieldAt(path)!.label.replace(/[()?]/g, '\\$&');
      await term.waitForText(new RegExp(`› ${label}( \\(optional\\)| \\(-?\\d+(?:–| to )\\d+\\))?(?= {2}| *$| *│)`, 'm'));
      await term.waitForIdle(20);
    };
    // A score typed, then its text pasted: every scored item of steps 2, 4 and 5.
    const scored = async (path: string, score: number | null, textField: string, text: string) => {
      await at(`${path}.score`);
      await s.typeText(String(score));
      await s.key('tab');
      await at(`${path}.${textField}`);
      await s.paste(text);
      await s.key('tab');
    };
    // 1 Role Definition: short fields typed, long ones pasted.
    await s.typeText(seed.role.jobTitle);
    await term.waitForText(`— ${seed.role.jobTitle}`);
    await s.key('enter');
    await at('role.seniorityLevel');
    await s.typeText(seed.role.seniorityLevel);
    await s.key('enter');
    for (const key of ['primaryFunction', 'whatThisRoleIsNot', 'typicalExperience', 'seniorityNote'] as const) {
      await at(`role.${key}`);
      await s.paste(seed.role[key]);
      await s.key('tab');
    }
    // The seniority variants (optional, none here): Tab passes them.
    await term.waitForText('› Seniority variants (optional)');
    await term.waitForIdle(20);
    await s.key('tab');
    // 2 Protective Principles + AI Growth Correlation.
    await term.waitForText('2/10 Protective');
    for (const [path, p] of [...Object.entries(seed.protective).map(([k, v]) => [`protective.${k}`, v] as const), ['growth', seed.growth] as const]) {
      await scored(path, p.score, 'rationale', p.rationale);
    }
    // 3 Task Decomposition: a adds a row and types its name.
    await term.waitForText('3/10 Task Decomposition');
    const cell = async (n: number, title: string) => {
      await term.waitForText(`Task ${n} of ${n} · ${title}`);
      await term.waitForIdle(20);
    };
    for (const [i, t] of seed.tasks.entries()) {
      await term.waitForIdle(20);
      await s.typeText('a');
      await term.waitForText('Editing Task');
      await s.paste(t.name);
      await s.key('tab');
      await cell(i + 1, 'Time %');
      await s.typeText(String(t.timePercent));
      await s.key('tab');
      await cell(i + 1, 'Score (1-5)');
      await s.typeText(String(t.score));
      await s.key('tab', 'tab');
      await cell(i + 1, 'Rationale');
      await s.key('enter');
      await term.waitForText('Editing Rationale');
      await s.paste(t.rationale);
      await s.key('enter');
    }
    await s.key('tab');
    await at('reinstatementCheck');
    await s.paste(seed.reinstatementCheck);
    await s.key('tab');
    // 4 Evidence.
    await term.waitForText('4/10 Evidence Score');
    for (const [k, e] of Object.entries(seed.evidence)) await scored(`evidence.${k}`, e.score, 'evidence', e.evidence);
    // 5 Barriers: the reframed question is already there; the step opens on the first score.
    await term.waitForText('5/10 Barrier Assessment');
    const {reframedQuestion: _q, ...barriers} = seed.barriers;
    for (const [k, b] of Object.entries(barriers)) await scored(`barriers.${k}`, b.score, 'rationale', b.rationale);
    // 6 AI Growth Correlation Check.
    await at('growthCheck');
    await s.paste(seed.growthCheck);
    await s.key('tab');
    // 7 Composite: no override score, a note.
    await term.waitForText('› Assessor override score');
    await term.waitForIdle(20);
    await s.key('tab');
    await at('override.note');
    await s.paste(seed.override.note);
    await s.key('tab');
    // 8 Assessor Commentary, 9 What This Means.
    for (const [k, text] of Object.entries(seed.commentary)) {
      await at(`commentary.${k}`);
      await s.paste(text);
      await s.key('tab');
    }
    for (const [k, text] of Object.entries(seed.whatThisMeans)) {
      await at(`whatThisMeans.${k}`);
      await s.paste(text);
      await s.key('tab');
    }
    // 10 Review & Export.
    await term.waitForText('10/10 Review & Export');
    const screen = await term.screen();
    expect(screen).toContain('JobZone 86.1/100 GREEN');
    expect(screen).toContain('Green (Accelerated)');
    expect(screen).toContain('No problems: the assessment is finished.');
    await s.key('tab');
    await term.waitForText('› Export to Markdown');
    await term.waitForIdle(20);
    await s.key('enter');
    await term.waitForText('✓ Wrote ./model-alignment-researcher.md');
    const written = readFileSync(join(s.cwd, 'model-alignment-researcher.md'), 'utf8');
    // The file the wizard wrote is the report `role-wizard export` makes of the seed fixture.
    const exported = runCli(['export', SEED_FIXTURE]);
    expect(exported.code).toBe(0);
    expect(written).toBe(exported.stdout);
    await s.key('ctrl-c');
    expect((await term.exited).exitCode).toBe(0);
    // The figure the report asks for: how many keystrokes a whole report takes.
    console.log(`keystrokes to enter the seed role: ${s.keystrokes}`);
    expect(s.keystrokes).toBeLessThan(250);
  }, 120_000);
});
