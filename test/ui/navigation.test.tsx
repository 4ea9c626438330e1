import {describe, expect, it} from 'vitest';
import {seedAssessment} from './support/fixtures.js';
import {renderWizard} from './support/render-wizard.js';

describe('navigation', () => {
  it('PageDown / Ctrl+N and PageUp / Ctrl+P change step; each step change flushes the draft', async () => {
    const w = renderWizard();
    await w.type('Nurse');
    await w.press('pagedown');
    await w.waitForText('2/10 Protective Principles');
    expect(w.draft.flushes).toBe(1);
    await w.press('ctrl-n');
    await w.waitForText('3/10 Task Decomposition');
    await w.press('ctrl-p', 'pageup');
    await w.waitForText('1/10 Role Definition');
    expect(w.frame()).toContain('— Nurse');
    expect(w.draft.flushes).toBe(4);
    w.unmount();
  });

  it('Ctrl+G opens the step list; a number or Enter jumps; Esc closes it', async () => {
    const w = renderWizard();
    await w.press('ctrl-g');
    await w.waitForText('Go to step');
    await w.press('esc');
    await w.waitForText('› Job Title');
    expect(w.frame()).not.toContain('Go to step');
    await w.press('ctrl-g');
    await w.waitForText('Go to step');
    await w.type('8');
    await w.waitForText('8/10 Assessor Commentary');
    await w.press('ctrl-g', 'down', 'down', 'enter');
    await w.waitForText('10/10 Review & Export');
    w.unmount();
  });

  it('Esc closes a window and never changes step', async () => {
    const w = renderWizard({position: {step: 'evidence'}});
    await w.waitForText('4/10 Evidence Score');
    await w.press('esc');
    expect(w.frame()).toContain('4/10 Evidence Score');
    await w.press('ctrl-g');
    await w.waitForText('Go to step');
    await w.press('esc');
    const f = await w.waitForFrame((frame) => !frame.includes('Go to step'));
    expect(f).toContain('4/10 Evidence Score');
    w.unmount();
  });

  it('Esc while a task cell is edited cancels the edit and stays on the step; a second Esc changes nothing', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'tasks', field: 'tasks.0.name'}});
    await w.waitForText('3/10 Task Decomposition');
    const before = w.draft.latest.tasks[0]!.name;
    await w.press('enter');
    await w.waitForText('Editing Task');
    await w.type('Zz');
    await w.waitForFrame(() => w.draft.latest.tasks[0]!.name === `${before}Zz`);
    await w.press('esc');
    await w.waitForText('Edit cancelled');
    await w.press('esc');
    const f = w.frame();
    expect(f).toContain('3/10 Task Decomposition');
    expect(f).toContain('Task 1 of');
    expect(w.draft.latest.tasks[0]!.name).toBe(before);
    w.unmount();
  });

  it('? shows every key outside text fields; in a text field it is text', async () => {
    const w = renderWizard({position: {step: 'protective'}, rows: 160});
    await w.waitForText('› Embodied Physicality score');
    await w.type('?');
    const help = await w.waitForText('Keys');
    for (const k of ['Ctrl+C', 'Ctrl+G', 'PageDown / Ctrl+N', 'Esc', 'Tab / ↓', 'Home / Ctrl+A', 'End / Ctrl+E', 'Ctrl+U', 'Ctrl+X Ctrl+E']) expect(help).toContain(k);
    await w.press('esc');
    await w.waitForText('› Embodied Physicality score');
    w.unmount();
  });

  it('the header marks complete steps with ✓ as well as colour', async () => {
    const w = renderWizard({position: {step: 'role'}});
    const f = await w.waitForText('✓ complete');
    expect(f).toMatch(/\[1·\]/);
    w.unmount();
  });

  it('the status line shows the save status', async () => {
    const w = renderWizard();
    await w.waitForText('[not saved yet]');
    w.draft.emitStatus({state: 'error', message: 'disk full', retryingInMs: 2000});
    await w.waitForText('[save failed, retrying in 2s: disk full]');
    w.draft.emitStatus({state: 'saved', at: new Date().toISOString()});
    await w.waitForText('[saved]');
    w.unmount();
    const ro = renderWizard({readOnly: true});
    await ro.waitForText('[read-only: changes are not saved]');
    ro.unmount();
  });
});
