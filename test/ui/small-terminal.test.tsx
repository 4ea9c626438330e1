/** At 80×24 nothing that matters is cut without a word: step titles whole, cut text ending in "…". */
import {describe, expect, it} from 'vitest';
import {exampleAssessment} from '../../src/examples/commercial-electrician.js';
import {renderWizard} from './support/render-wizard.js';

describe('at 80×24', () => {
  it("step 7's title is whole: the role's title gives way first, ending in …", async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'composite'}, columns: 80, rows: 24});
    const f = await w.waitForText('7/10');
    const header = f.split('\n')[0]!;
    expect(header).toMatch(/^7\/10 JobZone Composite Score \(AIJRI\) \+ Sub-Label Determination — Comm.*…$/);
    w.unmount();
  });

  it('a task rationale cut short in the table footer ends with …', async () => {
    const a = exampleAssessment();
    a.tasks[0]!.rationale = 'Physical work in ceiling voids and risers. '.repeat(6).trim();
    const w = renderWizard({assessment: a, position: {step: 'tasks'}, columns: 80, rows: 24});
    await w.waitForText('Task 1 of 6');
    await w.press('right', 'right', 'right', 'right');
    const f = await w.waitForText('Rationale: ');
    const lines = f.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Rationale: '));
    const rationale = a.tasks[0]!.rationale;
    const shown = lines.slice(at, at + 2).join(' ');
    // Longer than the two lines there are.
    expect(rationale.length).toBeGreaterThan(shown.length);
    expect(lines[at + 1]!.trimEnd()).toMatch(/…$/);
    w.unmount();
  });
});
