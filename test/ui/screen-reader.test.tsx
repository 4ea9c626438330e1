import {describe, expect, it} from 'vitest';
import {renderWizard} from './support/render-wizard.js';
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
