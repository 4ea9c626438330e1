import {describe, expect, it} from 'vitest';
import {renderWizard} from './support/render-wizard.js';
import {seedAssessment} from './support/fixtures.js';

describe('screen reader mode and no colour', () => {
  it('announces the focused score with its label, value and allowed values, and the figures in words; no bars or boxes', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'protective'}, screenReader: true});
    const f = await w.waitForText('Focus: Embodied Physicality score, score field.');
    expect(f).toContain('Step 2 of 10: Protective Principles + AI Growth Correlation.');
    expect(f).toMatch(/Value: 0, .*Takes 0–3/s);
    expect(f).toMatch(/JobZone score 86\.1 of 100, Green, 38\.1 above the Green threshold/);
    expect(f).not.toMatch(/[░▒▓│╭╮╰╯]/);
    await w.type('2');
    await w.waitForText('Value: 2,');
    await w.press('tab');
    await w.waitForText('Focus: Embodied Physicality rationale, long text field.');
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
