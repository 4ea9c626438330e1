import {describe, expect, it} from 'vitest';
import {renderWizard} from './support/render-wizard.js';

describe('Role Definition step', () => {
  it('starts with the cursor in Job Title: typing goes straight in', async () => {
    const w = renderWizard();
    await w.waitForText('› Job Title');
    expect(w.frame()).toContain('1/10 Role Definition');
    await w.type('Veterinary Nurse');
    await w.waitForText('— Veterinary Nurse');
    expect(w.draft.latest.role.jobTitle).toBe('Veterinary Nurse');
    w.unmount();
  });

  it('Enter moves on from a one-line field; q and ? are text while typing', async () => {
    const w = renderWizard();
    await w.type('q?');
    await w.press('enter');
    await w.waitForText('› Seniority Level');
    expect(w.frame()).toContain('Job Title: q?');
    expect(w.hasExited()).toBe(false);
    w.unmount();
  });

  it('a pasted chunk with line breaks in a one-line field is joined, not submitted', async () => {
    const w = renderWizard();
    await w.paste('Veterinary\nNurse\r\nSenior');
    await w.waitForText('— Veterinary Nurse Senior');
    expect(w.frame()).toContain('› Job Title');
    w.unmount();
  });

  it('a long text takes line breaks and a multi-line paste whole', async () => {
    const w = renderWizard({position: {step: 'role', field: 'role.primaryFunction'}});
    await w.waitForText('› Primary Function');
    await w.paste('Cares for animals in surgery.\nRuns the lab.\nTeaches owners.');
    await w.press('enter');
    await w.type('More');
    await w.press('tab');
    await w.waitForText('› What This Role Is NOT');
    expect(w.draft.latest.role.primaryFunction).toBe('Cares for animals in surgery.\nRuns the lab.\nTeaches owners.\nMore');
    w.unmount();
  });

  it('Ctrl+C leaves, with every change handed to the draft', async () => {
    const w = renderWizard();
    await w.type('Nurse');
    await w.press('ctrl-c');
    await w.waitForFrame(() => w.hasExited());
    expect(w.draft.latest.role.jobTitle).toBe('Nurse');
    expect(w.draft.updates.at(-1)?.position).toEqual({step: 'role', field: 'role.jobTitle'});
  });

  it('q in a score field is refused in words, never a way out; in the step list and the help window it closes them (as in less)', async () => {
    const w = renderWizard({position: {step: 'protective'}});
    await w.waitForText('› Embodied Physicality score');
    await w.type('q');
    await w.waitForText('scores are 0–3; Tab goes to the rationale');
    expect(w.hasExited()).toBe(false);
    await w.press('ctrl-g');
    await w.waitForText('Go to step');
    await w.type('q');
    await w.waitForText('› Embodied Physicality score');
    expect(w.frame()).not.toContain('Go to step');
    await w.type('?');
    await w.waitForText('Keys (Esc or q closes');
    await w.type('q');
    await w.waitForText('› Embodied Physicality score');
    expect(w.frame()).not.toContain('Keys (');
    expect(w.hasExited()).toBe(false);
    // Ctrl+C is the way out everywhere.
    await w.press('ctrl-c');
    await w.waitForFrame(() => w.hasExited());
  });
});
