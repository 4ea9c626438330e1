import {exampleAssessment} from '../../src/examples/commercial-electrician.js';
import {describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {seedAssessment} from './support/fixtures.js';
import {renderWizard} from './support/render-wizard.js';

describe('Protective Principles + AI Growth Correlation step', () => {
  it('scores with digits, shows each level meaning, and the quick screen below', async () => {
    const w = renderWizard({position: {step: 'protective'}, columns: 100, rows: 28});
    await w.waitForText('› Embodied Physicality score (0–3)');
    expect(w.frame()).toContain('Fully digital: the work never needs a body in a place.');
    await w.type('0');
    await w.press('enter');
    await w.waitForText('› Embodied Physicality rationale');
    expect(w.frame()).toContain('Embodied Physicality score: 0 — Fully digital');
    await w.paste('Keyboard work.');
    await w.press('tab');
    await w.type('1');
    await w.press('tab', 'tab');
    await w.type('3');
    await w.press('tab', 'tab');
    await w.waitForText('› AI Growth Correlation score');
    await w.type('-');
    await w.type('1');
    await w.waitForText('Protective Total: 4/9');
    expect(w.frame()).toContain('Protective 4 + Correlation -1 = Likely Yellow Zone');
    expect(w.draft.latest.growth.score).toBe(-1);
    expect(w.draft.latest.protective.embodiedPhysicality).toEqual({score: 0, rationale: 'Keyboard work.'});
    w.unmount();
  });
});

describe('Evidence and Barrier steps', () => {
  it('Evidence total and modifier follow the scores', async () => {
    const w = renderWizard({position: {step: 'evidence'}});
    await w.waitForText('› Job Posting Trends score');
    for (const s of ['2', '2', '1', '1']) {
      await w.type(s);
      await w.press('tab', 'tab');
    }
    await w.type('2');
    await w.waitForText('Evidence total: 8');
    expect(w.frame()).toContain('1.0 + (8 x 0.04) = 1.32');
    w.unmount();
  });

  it('opens on the first score with the reframed question filled in above; Barrier total follows the scores', async () => {
    const w = renderWizard({position: {step: 'barriers'}});
    await w.waitForText('› Regulatory/Licensing score');
    expect(w.frame()).toContain('Reframed question: What prevents AI execution');
    for (const s of ['1', '0', '0', '1']) {
      await w.type(s);
      await w.press('tab', 'tab');
    }
    await w.type('2');
    await w.waitForText('Barrier total: 4/10');
    w.unmount();
  });
});

describe('AI Growth Correlation Check step', () => {
  it('shows the growth score set earlier beside the check text', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'growthCheck'}});
    const f = await w.waitForText('6/10 AI Growth Correlation Check');
    expect(f).toContain('AI Growth Correlation (step 2): 2');
    expect(f).toContain('More capable models raise new alignment problems.');
    w.unmount();
  });
});

describe('Composite and Sub-label step', () => {
  it('shows the composite table in the seed forms', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'composite'}});
    const f = await w.waitForText('Raw: 4.70 x 1.32 x 1.08 x 1.10 = 7.3704');
    expect(f).toContain('JobZone Score: (7.3704 - 0.54) / 7.93 x 100 = 86.1/100');
    expect(f).toContain('Zone: GREEN (Green >= 48, Yellow 25-47, Red <25)');
    expect(f).toMatch(/Green \(Accelerated\) — Growth Correlation = 2 AND\s+JobZone Score >= 48/);
    w.unmount();
  });

  it('an override score needs a reason; clearing it restores the formula', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'composite'}, columns: 120, rows: 40});
    await w.waitForText('› Assessor override score');
    await w.type('45');
    await w.waitForText('JobZone 45.0/100 YELLOW (override)');
    await w.type('x');
    expect(w.draft.latest.override.score).toBe(45);
    await w.press('backspace', 'backspace');
    await w.waitForText('JobZone 86.1/100 GREEN');
    expect(w.draft.latest.override.score).toBeNull();
    w.unmount();
  });

  it('an override typed past 100 is refused as typed, with a word, and the score stays what it was', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'composite'}, columns: 120, rows: 40});
    await w.waitForText('› Assessor override score');
    await w.type('15');
    await w.waitForText('JobZone 15.0/100');
    await w.type('0');
    const f = await w.waitForText('150 refused: a score is 0 to 100 (it stays 15)');
    expect(f).toContain('JobZone 15.0/100');
    expect(w.draft.latest.override.score).toBe(15);
    await w.type('a');
    await w.waitForText('15a refused');
    await w.press('tab');
    await w.waitForText('› Assessor override (optional)');
    expect(w.frame()).toMatch(/Assessor override score: 15\b/);
    expect(w.draft.latest.override.score).toBe(15);
    w.unmount();
  });
});

describe('Assessor Commentary and What This Means steps', () => {
  it('show their fields in the seed words', async () => {
    const w = renderWizard({position: {step: 'commentary'}});
    const f = await w.waitForText('› Score vs Reality Check');
    for (const l of ["What the Numbers Don't Capture", "Who Should Worry (and Who Shouldn't)", 'The single biggest factor']) expect(f).toContain(l);
    await w.press('pagedown');
    const g = await w.waitForText('› The role in 2028');
    expect(g).toContain('Survival strategy');
    expect(g).toContain('Timeline');
    w.unmount();
  });
});

describe('Review & Export step', () => {
  it('lists every problem and jumps to its field', async () => {
    const w = renderWizard({assessment: emptyAssessment(), position: {step: 'review'}, rows: 30});
    const f = await w.waitForText('problems to fix');
    expect(f).toContain('Job Title is empty.');
    await w.press('down', 'enter');
    await w.waitForText('› Seniority Level');
    expect(w.frame()).toContain('1/10 Role Definition');
    w.unmount();
  });

  it('a task problem jumps to the task table', async () => {
    const a = seedAssessment();
    a.tasks[1]!.timePercent = 10;
    const w = renderWizard({assessment: a, position: {step: 'review'}});
    await w.waitForText('Task times sum to 90%, not 100% (10% unaccounted for).');
    await w.press('enter');
    await w.waitForText('3/10 Task Decomposition');
    w.unmount();
  });

  it('exports to the title slug; a finished assessment needs no question', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'review', field: 'review.export'}, rows: 30});
    await w.waitForText('./model-alignment-researcher.md');
    await w.press('enter');
    await w.waitForText('✓ Wrote ./model-alignment-researcher.md');
    expect(w.exports).toEqual([{path: './model-alignment-researcher.md', overwrite: false, incomplete: false, assessment: expect.anything()}]);
    w.unmount();
  });

  it('asks before an unfinished export and before overwriting', async () => {
    const calls: Array<{path: string; overwrite: boolean; incomplete: boolean}> = [];
    const a = seedAssessment();
    a.commentary.biggestFactor = '';
    const w = renderWizard({
      assessment: a,
      position: {step: 'review', field: 'review.export'},
      rows: 30,
      exportReport: async (path, o) => {
        calls.push({path, overwrite: o.overwrite, incomplete: o.incomplete});
        return o.overwrite ? {status: 'written', path} : {status: 'exists', path};
      },
    });
    await w.waitForText('› Export to Markdown');
    await w.press('enter');
    await w.waitForText('Not finished: export marked "Draft — incomplete"? (y/N)');
    await w.type('y');
    await w.waitForText('exists. Overwrite it? (y/N)');
    await w.type('n');
    await w.waitForFrame((f) => !f.includes('Overwrite it?'));
    expect(calls).toEqual([{path: './model-alignment-researcher.md', overwrite: false, incomplete: true}]);
    await w.press('enter');
    await w.type('y');
    await w.waitForText('exists. Overwrite it? (y/N)');
    await w.type('y');
    await w.waitForText('✓ Wrote');
    expect(calls.at(-1)).toEqual({path: './model-alignment-researcher.md', overwrite: true, incomplete: true});
    w.unmount();
  });
});

describe('Task Decomposition step', () => {
  it('shows every task row while the cursor is below the table, in the Reinstatement check', async () => {
    const w = renderWizard({assessment: seedAssessment(), position: {step: 'tasks', field: 'reinstatementCheck'}, columns: 120, rows: 40});
    await w.waitForText('› Reinstatement check');
    // The seed's seven tasks, each on its own row of the unfocused table.
    for (const name of ['Novel alignment', 'Mechanistic int', 'Reward modellin', 'Experimental im', 'Publishing, pee', 'Cross-team coll', 'Prototype align']) {
      expect(w.frame()).toContain(name);
    }
    w.unmount();
  });

  it('at 80x24 with Reinstatement focused shows as many task rows as fit: all six of the example', async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'tasks', field: 'reinstatementCheck'}, columns: 80, rows: 24});
    const f = await w.waitForText('› Reinstatement check');
    const lines = f.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    const header = lines.findIndex((l) => l.includes('Time %'));
    const rows = lines.slice(header + 1).filter((l) => /^ {2}\S.*\d+% /.test(l));
    expect(rows).toHaveLength(exampleAssessment().tasks.length);
    expect(f).not.toMatch(/↑ \d+ more|↓ \d+ more/);
    // The check is still given room to write in: its text and at least two more lines.
    const check = lines.findIndex((l) => l.startsWith('› Reinstatement check'));
    const pane = lines.findIndex((l) => l.startsWith('63.2/100'));
    expect(pane - check - 1).toBeGreaterThanOrEqual(4);
    w.unmount();
  });

  it('with more tasks than fit, the unfocused table fills its window and says how many more', async () => {
    const a = exampleAssessment();
    a.tasks = Array.from({length: 20}, (_, i) => ({...a.tasks[i % a.tasks.length]!, name: `Task number ${i + 1}`}));
    const w = renderWizard({assessment: a, position: {step: 'tasks', field: 'reinstatementCheck'}, columns: 80, rows: 24});
    const f = await w.waitForText('› Reinstatement check');
    const shown = f.split('\n').filter((l) => /^ {2}Task number \d+/.test(l)).length;
    expect(f).toContain(`↓ ${20 - shown} more`);
    expect(f.split('\n').length).toBeLessThanOrEqual(23);
    expect(shown).toBeGreaterThanOrEqual(8);
    w.unmount();
  });
});
