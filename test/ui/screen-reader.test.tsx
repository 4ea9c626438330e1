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
});
