/**
 * A whole small role by ear: `new --screen-reader` in a real terminal, asserting only on the
 * lines printed (what a screen reader reads). The session meets each refusal (a letter and a 5
 * on a 0-3 score, a task score out of range, a delete and its undo, nothing to undo, an override
 * that is not a score), a planted task-time total of 110 percent said first among the figures
 * until it is fixed, reads the help as a list, goes back through the step list, and exports over
 * an existing file, the question said with its default.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {startWizard, type Session} from './wizard-support.js';

let session: Session | null = null;
afterEach(async () => {
  await session?.term.close();
  session = null;
});

/** The lines written to the terminal, escape sequences taken out: what a screen reader reads. */
export const printedLines = (raw: string): string[] =>
  raw
    .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g, '')
    .replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[()][A-Z0-9]|\u001b[=>78]/g, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/\r/g, '').trimEnd())
    .filter((l) => l !== '');

describe('a whole assessment by ear (--screen-reader)', () => {
  it('enters a small role, hears every refusal and the 110 percent total, reads help, fixes the total and exports', async () => {
    session = startWizard(['new', '--screen-reader'], {cols: 500, rows: 40});
    const s = session;
    const {term} = s;
    writeFileSync(join(s.cwd, 'ward-nurse.md'), 'an older report\n');
    let seen = 0;
    /** Waits for a line after those already heard that matches, and moves past it. */
    const hear = async (pattern: RegExp, timeoutMs = 10_000): Promise<string> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const lines = printedLines(term.raw);
        const at = lines.findIndex((l, i) => i >= seen && pattern.test(l));
        if (at >= 0) {
          seen = at + 1;
          await term.waitForIdle(20);
          return lines[at]!;
        }
        if (Date.now() > deadline || term.exitedAlready) throw new Error(`not heard: ${pattern}\n--- last lines ---\n${lines.slice(-8).join('\n')}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const note = (n: string) => s.paste(`${n} note.`);
    const stepStart = (n: number) => printedLines(term.raw).findIndex((l) => l.startsWith(`Step ${n} of 10:`));

    await hear(/^JobZone score not computed yet\. \d+ fields missing\. F1 for help, Ctrl\+R reads the status/);
    await hear(/^Step 1 of 10: Role Definition\. Focus: Job Title, one-line text field\. Value: empty\.$/);
    await s.typeText('Ward Nurse');
    await s.key('enter');
    await hear(/^Focus: Seniority Level, one-line text field/);
    await s.typeText('Band 5');
    await s.key('enter');
    for (const label of ['Primary Function', 'What This Role Is NOT', 'Typical Experience', 'Seniority note']) {
      await hear(new RegExp(`^Focus: ${label}, long text field`));
      await note(label);
      await s.key('tab');
    }
    await hear(/^Focus: Seniority variants, optional: none yet\. a adds one; Tab goes on\.$/);
    await s.key('tab');

    // 2: a letter and a 5 on a 0-3 score are refused aloud, each time.
    await hear(/^Step 2 of 10: Protective Principles and AI Growth Correlation\. Focus: Embodied Physicality score, score field\. Value: not set\. Takes 0 to 3/);
    await s.typeText('x');
    await hear(/^scores are 0 to 3; Tab goes to the rationale$/);
    await s.typeText('5');
    await hear(/^scores are 0 to 3; Tab goes to the rationale$/);
    await s.typeText('2');
    await hear(/^Embodied Physicality score: 2, /);
    for (const [label, score] of [['Embodied Physicality', null], ['Deep Interpersonal Connection', '2'], ['Goal-Setting & Moral Judgment', '1'], ['AI Growth Correlation', '0']] as const) {
      if (score !== null) {
        await hear(new RegExp(`^Focus: ${label} score, score field`));
        await s.typeText(score);
        await hear(new RegExp(`^${label} score: ${score}`));
      }
      await s.key('tab');
      await hear(new RegExp(`^Focus: ${label} rationale, long text field`));
      await note(label);
      await s.key('tab');
    }
    const step2 = printedLines(term.raw).slice(stepStart(2), stepStart(3) === -1 ? undefined : stepStart(3));

    // 3: two tasks whose times sum to 110 percent; a score out of range, a delete and its undo.
    await hear(/^Step 3 of 10: Task Decomposition \(Agentic AI Scoring\)\. Focus: Task table/);
    for (const [n, name, time, score] of [[1, 'Giving medication', '60', '3'], [2, 'Writing care notes', '50', '2']] as const) {
      await s.typeText('a');
      await hear(new RegExp(`^Focus: (Task table, Task ${n} of ${n}\\. )?Column Task, value: empty\\. Editing`));
      await s.paste(name);
      await s.key('tab');
      await hear(/^Focus: Column Time percent, value: not set/);
      await s.typeText(time);
      await hear(new RegExp(`^Time percent: ${time} percent\\.`));
      await s.key('tab');
      await hear(/^Focus: Column Score \(1 to 5\)/);
      if (n === 2) {
        await s.typeText('7');
        await hear(/^Score is 1 to 5\.$/);
      }
      await s.typeText(score);
      await hear(new RegExp(`^Score \\(1 to 5\\): ${score}, `));
      await s.key('tab', 'tab');
      await hear(/^Focus: Column Rationale, value: empty/);
      await s.key('enter');
      await hear(/^Focus: Column Rationale, value: empty\. Editing/);
      await s.paste(`Why ${name.toLowerCase()} scores ${score}.`);
      await s.key('enter');
      await hear(/^Focus: Column Rationale, value: Why/);
    }
    // The planted mistake is said, first among the figures.
    expect(printedLines(term.raw).some((l) => /^Time percent: 50 percent\. Task time totals 110 percent, 10 too much\.( |$)/.test(l))).toBe(true);
    await s.typeText('d');
    await hear(/^Deleted task 2 “Writing care notes”, u undoes$/);
    await hear(/^Task time totals 60 percent, 40 unaccounted for\./);
    await s.typeText('u');
    await hear(/^Restored task 2\.$/);
    await s.typeText('u');
    await hear(/^Nothing to undo\.$/);
    await s.key('tab');
    await hear(/^Focus: Reinstatement check \(Acemoglu\), long text field/);
    await note('Reinstatement');
    await s.key('tab');

    // 4: the wrong total is said on entering each step, and leads each line of figures while it stands.
    await hear(/^Step 4 of 10: Evidence Score\. Task time totals 110 percent, 10 too much\. Focus: Job Posting Trends score/);
    const evidence = ['Job Posting Trends', 'Company Actions', 'Wage Trends', 'AI Tool Maturity', 'Expert Consensus'];
    for (const label of evidence) {
      await s.typeText('1');
      const said = await hear(new RegExp(`^${label} score: 1, `));
      // The last score completes the Evidence total: the figures that change are said, the total first.
      if (label === 'Expert Consensus') expect(said).toMatch(/\. Task time totals 110 percent, 10 too much\. Evidence total 5\. /);
      await s.key('tab');
      await hear(new RegExp(`^Focus: ${label} evidence, long text field`));
      await note(label);
      await s.key('tab');
    }
    // 5: the step opens on its first score.
    await hear(/^Step 5 of 10: Barrier Assessment/);
    for (const label of ['Regulatory/Licensing', 'Physical Presence', 'Union/Collective Bargaining', 'Liability/Accountability', 'Cultural/Ethical']) {
      await s.typeText('1');
      await hear(new RegExp(`^${label.replace('/', '\\/')} score: 1, `));
      await s.key('tab');
      await hear(/rationale, long text field/);
      await note(label);
      await s.key('tab');
    }
    await hear(/^Step 6 of 10: AI Growth Correlation Check\. Task time totals 110 percent, 10 too much\. Focus: AI Growth Correlation Check, long text field/);
    await note('Growth check');
    await s.key('tab');
    // 7: the composite table is read; an override that is not a score is refused aloud.
    await hear(/^Step 7 of 10: JobZone Composite Score \(AIJRI\) and Sub-Label Determination\. Task time totals 110 percent, 10 too much\. Focus: Assessor override score/i);
    await hear(/^Composite table: Task Resistance Score: /);
    await s.typeText('150');
    await hear(/^150 refused: a score is 0 to 100 \(it stays 15\)$/);
    await s.key('backspace', 'backspace', 'backspace');
    await hear(/^Assessor override score: none\./);
    await s.key('tab');
    await hear(/^Focus: Assessor override, long text field, optional/);
    await s.key('tab');
    for (const label of ['Score vs Reality Check', "What the Numbers Don't Capture", "Who Should Worry \\(and Who Shouldn't\\)", 'The single biggest factor', 'The role in 2028', 'Survival strategy', 'Timeline']) {
      await hear(new RegExp(`Focus: ${label}, long text field`));
      await note('Comment');
      await s.key('tab');
    }
    await hear(/^Step 10 of 10: Review & Export\. Task time totals 110 percent, 10 too much\. Focus: Problem list/);

    // Help, read as a list a line at a time.
    await s.key('ctrl-g');
    await hear(/^Focus: Step list open, at step 10 of 10/);
    await s.key('esc');
    await hear(/^Focus: Problem list/);
    await send(term, '\u001bOP');
    await hear(/^Focus: Help window open, a list of keys: down and up arrows read it one line at a time/);
    await s.key('down');
    await hear(/^Everywhere:$/);
    await s.key('down');
    await hear(/^F1: this help window\.$/);
    await s.key('esc');
    await hear(/^Focus: Problem list/);

    // Back to the tasks through the step list, the arrows saying each step; the total fixed.
    await s.key('ctrl-g');
    await hear(/^Focus: Step list open/);
    for (const n of [9, 8, 7, 6, 5, 4, 3]) {
      await s.key('up');
      await hear(new RegExp(`^Step ${n} of 10: `));
    }
    await s.key('enter');
    // The step opens where it was left: on the Reinstatement check, below the table.
    await hear(/^Step 3 of 10: Task Decomposition \(Agentic AI Scoring\)\. Task time totals 110 percent, 10 too much\. Focus: Reinstatement check/);
    await s.key('shift-tab');
    await hear(/^Focus: Task table, Task 1 of 2\. Column Task/);
    await s.key('down');
    await hear(/^Focus: Task table, Task 2 of 2/);
    // Left to Time %, wherever the cursor stood on the row.
    for (let i = 0; i < 4; i++) await s.key('left');
    for (let i = 0; i < 1; i++) await s.key('right');
    await hear(/^Focus: Column Time percent, value: 50 percent/);
    await s.typeText('40');
    const fixed = await hear(/^Time percent: 40 percent\. Task time totals 100 percent\./);
    expect(fixed).toMatch(/JobZone score [\d.]+ of 100/);

    // Export over an existing file: the question with its default, then the path written.
    await s.key('ctrl-g');
    await hear(/^Focus: Step list open/);
    await s.typeText('0');
    await hear(/^Step 10 of 10: Review & Export\. Focus: Problem list/);
    await s.key('ctrl-r');
    await hear(/^Step 10 of 10: Review & Export\. Focus: Problem list[^]*JobZone score [\d.]+ of 100[^]* fields? missing\. Draft (saved|saving)/);
    await s.key('tab');
    await hear(/^Focus: Export to Markdown, path: \.\/ward-nurse\.md\. Enter writes the report there/);
    await s.key('enter');
    const asked = await hear(/^(Not finished: export marked "Draft, incomplete"\? \(y or n; default no\)|\.\/ward-nurse\.md exists\. Overwrite it\? \(y or n; default no\))$/);
    if (asked.startsWith('Not finished')) {
      await s.typeText('y');
      await hear(/^\.\/ward-nurse\.md exists\. Overwrite it\? \(y or n; default no\)$/);
    }
    await s.typeText('y');
    await hear(/^Wrote \.\/ward-nurse\.md$/);
    expect(readFileSync(join(s.cwd, 'ward-nurse.md'), 'utf8')).toContain('Ward Nurse');
    await s.key('ctrl-c');
    expect((await term.exited).exitCode).toBe(0);
    expect(printedLines(term.raw).join('\n')).toMatch(/^Report written: \.\/ward-nurse\.md$/m);

    // Nothing drawn: no box, block or mark, no symbol a synthesiser spells out.
    const all = printedLines(term.raw);
    expect(all.join('\n')).not.toMatch(/[─-╿▀-▟✓✗⚠›·→↑↓←–]/);
    console.log(`step 2 as printed (${step2.length} lines):\n${step2.join('\n')}`);
    console.log(`whole session: ${s.keystrokes} keystrokes, ${all.length} lines and ${all.join('\n').length} characters printed, ${term.raw.length} bytes written`);
  }, 180_000);
});

async function send(term: Session['term'], data: string) {
  await term.timeToOutput(data, 3000).catch(() => undefined);
  await term.waitForIdle(15, 3000);
}
