import {describe, expect, it} from 'vitest';
import {mount, renderWizard} from './support/render-wizard.js';
import {memoryDraft} from './support/memory-draft.js';
import {Wizard} from '../../src/ui/wizard.js';
import {seedAssessment} from './support/fixtures.js';
import {exampleAssessment} from '../../src/examples/commercial-electrician.js';

describe('screen reader mode and no colour', () => {
  it('announces the focused score with its label, value and allowed values, and the figures in words; no bars or boxes', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'protective'}, screenReader: true, columns: 400});
    let f = await w.waitForText('Focus: Embodied Physicality score, score field.');
    expect(f).toContain('Step 2 of 10: Protective Principles and AI Growth Correlation.');
    expect(f).toMatch(/Value: 0, .*Takes 0 to 3/s);
    expect(f).toMatch(/JobZone score 86\.1 of 100, Green, 38\.1 above the Green threshold/);
    expect(f).not.toMatch(/[░▒▓│╭╮╰╯]/);
    await w.type('2');
    // A value set is said on a line of its own; only a move of the focus is announced again.
    f = await w.waitForText(/^Embodied Physicality score: 2, /m);
    expect(f.match(/score field/g)).toHaveLength(1);
    await w.press('tab');
    await w.waitForText('Focus: Embodied Physicality rationale, long text field.');
    w.unmount();
  });
  it('describes a task-table cell by its column and task, never a path, and announces each move once', async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'tasks', field: 'tasks.1.timePercent'}, screenReader: true, columns: 400});
    let f = await w.waitForText('Column Time percent');
    expect(f).toContain('Focus: Task table, Task 2 of 6, Fault-finding');
    expect(f).toMatch(/Column Time percent, value: 20 percent\. Takes a whole number from 0 to 100/);
    expect(f).toContain('Left and right arrows change column, up and down change task');
    expect(f).not.toMatch(/tasks\.\d|Task \d+ time (%|percent)|score field/);
    await w.press('right');
    f = await w.waitForText('Focus: Column Score (1 to 5), value: 2, AI assists');
    expect(f).toMatch(/Takes 1 to 5: type a digit/);
    await w.press('right');
    f = await w.waitForText('Focus: Column Aug/Disp, value: AUGMENTATION, suggested from the score');
    expect(f).toContain('Takes DISPLACEMENT, AUGMENTATION, NOT INVOLVED: Space or Enter changes it');
    // A value changed in place is said on a line of its own; the announcement is not repeated.
    await w.press('space');
    f = await w.waitForText('Focus: Task table, Task 2 of 6, Fault-finding');
    await w.waitForText(/^Aug\/Disp: NOT INVOLVED, chosen; the score suggests AUGMENTATION\./m);
    expect(w.frame().match(/Column Aug\/Disp/g)).toHaveLength(1);
    await w.press('down');
    f = await w.waitForText(/^Focus: Task table, Task 3 of 6, Reading drawings[^\n]*\. Column Aug\/Disp/m);
    // Into an edit of a name, and out of it.
    await w.press('left', 'left', 'left');
    await w.waitForText(/^Focus: Column Task, value: Reading drawings/m);
    await w.press('enter');
    await w.waitForText('Editing: type the text; Enter keeps it, Esc cancels the edit.');
    w.unmount();
  });
  it('on the Review step says which problem is chosen as the arrows move', async () => {
    const w = renderWizard({position: {step: 'review'}, screenReader: true, columns: 400});
    let f = await w.waitForText(/Focus: Problem list, problem 1 of \d+, to fix: .+ Up and down arrows choose/);
    const total = /problem 1 of (\d+)/.exec(f)![1];
    await w.press('down');
    f = await w.waitForText(`Focus: Problem list, problem 2 of ${total}, to fix:`);
    expect(f).not.toMatch(/review\.problems/);
    w.unmount();
  });
  it('wraps an announcement between words to the terminal width (it is written without layout)', async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'tasks', field: 'tasks.0.name'}, screenReader: true, columns: 80});
    const f = await w.waitForText('Left and right arrows');
    const announcement = f.slice(0, f.indexOf('table.') + 'table.'.length).split('\n');
    expect(announcement.length).toBeGreaterThan(2);
    for (const line of announcement) expect(line.length).toBeLessThanOrEqual(79);
    // Joined again with spaces, the words are whole: no word was cut at the edge.
    expect(announcement.join(' ')).toContain('Column Task, value: Installing and terminating wiring, containment and distribution boards on site.');
    w.unmount();
  });
  it('without colour the text cursor stays visible as a bar', async () => {
    const w = renderWizard({color: false});
    await w.waitForText('› Job Title');
    await w.type('Nurse');
    expect(w.frame()).toMatch(/^ {2}Nurse\|/m);
    w.unmount();
  });
  it('without colour the focused task cell stands in brackets, the columns where they were', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'tasks', field: 'tasks.1.timePercent'}, columns: 80, rows: 24});
    let f = await w.waitForText('Task 2 of');
    const header = f.split('\n').find((l) => l.includes('Time %'))!;
    const row = f.split('\n').find((l) => l.startsWith('› '))!;
    // The bracket opens in the gap before Time % and closes in the gap after it.
    expect(row[header.indexOf('Time %') - 1]).toBe('[');
    expect(row.slice(header.indexOf('Time %'), header.indexOf('Score') - 1).trim()).toMatch(/^\d+%$/);
    expect(row[header.indexOf('Score') - 1]).toBe(']');
    await w.press('left');
    f = await w.waitForText('Task 2 of 7 · Task');
    expect(f.split('\n').find((l) => l.startsWith('›'))).toMatch(/^›\[[^\]]+\]\d+% /);
    // Only the focused row and cell are marked.
    const lines = f.split('\n');
    const rows = lines.slice(lines.findIndex((l) => l.includes('Time %')) + 1, lines.findIndex((l) => l.startsWith('Task 2 of 7')));
    expect(rows).toHaveLength(7);
    expect(rows.join('\n').match(/[[\]]/g)).toHaveLength(2);
    w.unmount();
  });
  it('with colour the focused cell is in inverse video and no bracket is drawn', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'tasks', field: 'tasks.1.timePercent'}, columns: 80, rows: 24, color: true});
    await w.waitForText('Task 2 of');
    const raw = w.stdout.frames.at(-1)!;
    const row = raw.split('\n').find((l) => l.startsWith('› '))!;
    expect(row).not.toContain('[');
    w.unmount();
  });
  it('without colour the selected problem on the Review step stands in brackets; the step list marks its row with ›', async () => {
    const w = renderWizard({position: {step: 'review'}, columns: 80, rows: 48});
    let f = await w.waitForText('problems to fix');
    expect(f).toMatch(/^ \[✗ [^\]]+\]$/m);
    const first = /^ \[✗ ([^\]]+)\]$/m.exec(f)![1];
    await w.press('down');
    f = await w.waitForFrame((frame) => !frame.includes(`[✗ ${first}]`));
    expect(f).toMatch(/^ \[✗ [^\]]+\]$/m);
    expect(f).toContain(`  ✗ ${first}`);
    await w.press('ctrl-g');
    f = await w.waitForText('Go to step');
    expect(f).toMatch(/^› 10 · Review & Export/m);
    expect(f.match(/^›/gm)).toHaveLength(1);
    w.unmount();
  });
  it('without colour the zone is in words in the pane and the review', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'review'}, columns: 160, rows: 48});
    const f = await w.waitForText('Zone: GREEN');
    expect(f).toMatch(/│JobZone 86\.1\/100 GREEN/);
    w.unmount();
  });
});

/** The lines printed so far (in screen reader mode all of them are said lines: nothing is drawn below). */
const printed = (w: {frame: () => string}) => w.frame().split('\n').filter((l) => l !== '');
const count = (w: {frame: () => string}, pattern: RegExp) => printed(w).filter((l) => pattern.test(l)).length;

describe('screen reader mode says every message once, in words a synthesiser reads well', () => {
  it('a letter or a 5 typed on a 0-3 score: the refusal is said each time, the value stays', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'protective'}, screenReader: true, columns: 400});
    await w.waitForText('Focus: Embodied Physicality score, score field.');
    await w.type('x');
    await w.waitForText(/^scores are 0 to 3; Tab goes to the rationale$/m);
    await w.type('5');
    await w.waitForFrame(() => count(w, /^scores are 0 to 3; Tab goes to the rationale$/) === 2);
    expect(w.frame()).not.toMatch(/0–3|[✓✗⚠│█]/);
    expect(w.draft.latest.protective.embodiedPhysicality.score).toBe(0);
    w.unmount();
  });
  it('the task table says what it refuses and what it did: delete, undo, nothing to undo, a score out of range', async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'tasks', field: 'tasks.1.name'}, screenReader: true, columns: 400});
    await w.waitForText('Focus: Task table, Task 2 of 6');
    await w.type('u');
    await w.waitForText(/^Nothing to undo\.$/m);
    await w.type('d');
    await w.waitForText(/^Deleted task 2 “Fault-finding and testing live installations”, u undoes$/m);
    // The task time total, now short, is said first among the figures that changed.
    await w.waitForText(/^Task time totals 80 percent, 20 unaccounted for\. /m);
    await w.type('u');
    await w.waitForText(/^Restored task 2\.$/m);
    await w.press('right', 'right');
    await w.waitForText('Focus: Column Score (1 to 5)');
    await w.type('7');
    await w.waitForText(/^Score is 1 to 5\.$/m);
    expect(count(w, /^Deleted task 2/)).toBe(1);
    w.unmount();
  });
  it('figures are said when they change, the task time total first while it is not 100 percent', async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'tasks', field: 'tasks.1.timePercent'}, screenReader: true, columns: 400});
    await w.waitForText('Column Time percent, value: 20 percent');
    // Digits typed on a cell replace its value: 3, then 30.
    await w.type('30');
    const f = await w.waitForText(/^Time percent: 30 percent\. Task time totals 110 percent, 10 too much\. /m);
    const line = f.split('\n').find((l) => l.startsWith('Time percent: 30 percent.'))!;
    expect(line).toMatch(/Weighted total [\d.]+\./);
    expect(line).toMatch(/JobZone score [\d.]+ of 100/);
    // Another figure changes: the total still leads.
    await w.press('right');
    await w.type('5');
    await w.waitForText(/^Score \(1 to 5\): 5, [^\n]*; weighted 1\.50\. Task time totals 110 percent, 10 too much\. Task time split: /m);
    // Fixed: the total is said as it is now, and no longer leads.
    await w.press('left', 'backspace', 'backspace');
    await w.type('20');
    await w.waitForText(/^Time percent: 20 percent\. Task time totals 100 percent\./m);
    w.unmount();
  });
  it('the override that is not a score is said', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'composite'}, screenReader: true, columns: 400});
    await w.waitForText('Focus: Assessor override score');
    // The composite table is read when its step opens.
    const f = await w.waitForText(/^Composite table: Task Resistance Score: [\d.]+ of 5\.0; Evidence Modifier: /m);
    expect(f).toMatch(/JobZone Score: [^;]+ equals 86\.1 of 100; Zone: GREEN \(Green at least 48/);
    await w.type('150');
    await w.waitForText(/^150 refused: a score is 0 to 100 \(it stays 15\)$/m);
    w.unmount();
  });
  it('the export reads its path, asks with the default said, and says the result with the path', async () => {
    const a = seedAssessment();
    a.commentary.biggestFactor = '';
    let exists = true;
    const w = renderWizard({
      assessment: a,
      position: {step: 'review', field: 'review.export'},
      screenReader: true,
      columns: 400,
      exportReport: async (path, o) => (exists && !o.overwrite ? {status: 'exists', path} : {status: 'written', path}),
    });
    await w.waitForText('Focus: Export to Markdown, path: ./model-alignment-researcher.md. Enter writes the report there');
    await w.press('enter');
    await w.waitForText(/^Not finished: export marked "Draft, incomplete"\? \(y or n; default no\)$/m);
    await w.type('n');
    await w.waitForText(/^Not exported\.$/m);
    await w.press('enter');
    await w.type('y');
    await w.waitForText(/^\.\/model-alignment-researcher\.md exists\. Overwrite it\? \(y or n; default no\)$/m);
    await w.type('y');
    await w.waitForText(/^Wrote \.\/model-alignment-researcher\.md$/m);
    exists = false;
    w.unmount();
  });
  it('help is read as a list, a line per arrow, each line once; Ctrl+R is in it and reads the status', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'role'}, screenReader: true, columns: 400});
    await w.waitForText('Focus: Job Title');
    await w.burst('\u001bOP');
    await w.waitForText(/^Focus: Help window open, a list of keys: down and up arrows read it one line at a time/m);
    await w.press('down');
    await w.waitForText(/^Everywhere:$/m);
    await w.press('down');
    await w.waitForText(/^F1: this help window\.$/m);
    // ?, Ctrl+C, Ctrl+Z and q come before it.
    for (let i = 0; i < 5; i++) await w.press('down');
    const f = await w.waitForText(/^Ctrl\+R: screen reader mode: read the status aloud/m);
    expect(f).not.toMatch(/[↑↓←→·]/);
    await w.press('up');
    await w.waitForFrame(() => count(w, /^q: save and leave/) === 2);
    expect(count(w, /^Everywhere:$/)).toBe(1);
    await w.press('esc');
    await w.waitForText(/^Focus: Job Title/m);
    await w.press('ctrl-r');
    await w.waitForText(/^Step 1 of 10: Role Definition\. Focus: Job Title: Model Alignment Researcher\. JobZone score 86\.1 of 100, [^\n]* 0 fields missing\. Draft not saved yet\.$/m);
    w.unmount();
  });
  it('the step list says each step as the arrows reach it; Enter goes there', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'role'}, screenReader: true, columns: 400});
    await w.waitForText('Focus: Job Title');
    await w.press('ctrl-g');
    await w.waitForText('Focus: Step list open, at step 1 of 10');
    await w.press('down', 'down');
    await w.waitForText(/^Step 3 of 10: Task Decomposition \(Agentic AI Scoring\), complete\. Enter goes there\.$/m);
    await w.press('enter');
    await w.waitForText(/^Step 3 of 10: Task Decomposition \(Agentic AI Scoring\)\. Focus: Task table/m);
    w.unmount();
  });
  it('the line saying where a draft came from is said at the start, before the figures', async () => {
    const notice = 'Started from Commercial Electrician (library): its title is cleared.';
    const w = mount(<Wizard draft={memoryDraft()} exportReport={async (path) => ({status: 'written', path})} color={false} notice={notice} />, {columns: 400, screenReader: true});
    const f = await w.waitForText('Focus: Job Title');
    expect(printed(w)[0]).toBe(notice);
    expect(printed(w)[1]).toMatch(/^JobZone score not computed yet\./);
    expect(f.split(notice)).toHaveLength(2);
    w.unmount();
  });
  it('typing text says nothing per key; a save that fails is said once', async () => {
    const w = renderWizard({position: {step: 'role'}, screenReader: true, columns: 400});
    await w.waitForText('Focus: Job Title');
    const before = printed(w).length;
    await w.type('Registered nurse');
    await w.press('tab', 'tab');
    await w.waitForText('Focus: Primary Function, long text field');
    await w.type('Plans and gives care on a ward.');
    expect(printed(w).length).toBe(before + 2);
    w.draft.emitStatus({state: 'error', message: 'disk full', retryingInMs: 2000});
    await w.waitForText(/^Draft save failed, retrying in 2s: disk full\.$/m);
    w.unmount();
  });
});
