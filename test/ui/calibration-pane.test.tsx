import {describe, expect, it} from 'vitest';
import {score} from '../../src/method/score.js';
import {vectorLines} from '../../src/ui/pane/vector-lines.js';
import {seedAssessment} from './support/fixtures.js';
import {renderWizardWithLibrary, threeRoles} from './support/library.js';

const SEED_VECTOR = 'AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2';

/** The pane's column of a frame: the text between its borders, one entry a row. */
const paneRows = (frame: string) =>
  frame
    .split('\n')
    .map((l) => /│([^│]*)│\s*$/.exec(l)?.[1]?.trimEnd())
    .filter((l): l is string => l !== undefined);

describe('vectorLines', () => {
  it('breaks after a "/" or "," and gives the vector back when joined', () => {
    for (const width of [12, 20, 38, 46, 200]) {
      const lines = vectorLines(SEED_VECTOR, width);
      expect(lines.join('')).toBe(SEED_VECTOR);
      for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
      for (const l of lines.slice(0, -1)) expect(l).toMatch(/[/,]$/);
    }
    expect(vectorLines(SEED_VECTOR, 46)).toEqual(['AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,', '15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2']);
  });

  it('ends the last line with "…" when the vector needs more lines than allowed', () => {
    const lines = vectorLines(SEED_VECTOR, 20, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines[1]!.length).toBeLessThanOrEqual(20);
    expect(vectorLines(SEED_VECTOR, 20, 99).length).toBeGreaterThan(2);
  });
});

describe('side pane: score vector and calibration', () => {
  it('shows the vector and the three nearest roles, the library beside the published points', async () => {
    const asked: string[] = [];
    const w = renderWizardWithLibrary({source: async (id) => (asked.push(id), threeRoles())});
    const f = await w.waitForText('Interpretability Researcher');
    const rows = paneRows(f);
    expect(score(seedAssessment()).vector).toBe(SEED_VECTOR);
    const at = rows.indexOf('Vector');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(at + 1, at + 3).join('')).toBe(SEED_VECTOR);
    const near = rows.indexOf('Nearest roles (* published)');
    expect(rows.slice(near + 1, near + 5)).toEqual([
      '85.2 GREEN  AI Safety Researcher*',
      '88.9 GREEN  Interpretability Researcher',
      '  Wage Trends 1 vs 2',
      '64.7 GREEN  Reinforcement Learning Engineer*',
    ]);
    // Read once, leaving out the draft being edited; the far roles are not among the nearest.
    expect(asked).toEqual(['d-test']);
    expect(f).not.toContain('Paralegal');
    w.unmount();
  });

  it('reads the library after the first frame and shows the published points meanwhile', async () => {
    let release: () => void = () => {};
    let framesWhenAsked = -1;
    const w = renderWizardWithLibrary({
      source: () => {
        framesWhenAsked = w.stdout.frames.length;
        return new Promise((resolve) => (release = () => resolve(threeRoles())));
      },
    });
    const first = await w.waitForText('Nearest roles (* published), library loading');
    expect(first).toContain('85.2 GREEN  AI Safety Researcher*');
    await w.waitForFrame(() => framesWhenAsked !== -1);
    expect(framesWhenAsked).toBeGreaterThan(0);
    release();
    const loaded = await w.waitForText('88.9 GREEN  Interpretability Researcher');
    expect(loaded).not.toContain('library loading');
    w.unmount();
  });

  it('leaves out the current draft even when the library holds it', async () => {
    const roles = threeRoles();
    roles.push({...roles[0]!, id: 'd-test', title: 'The draft itself'});
    const w = renderWizardWithLibrary({source: async () => roles, position: {step: 'growthCheck'}});
    await w.waitForText('88.9 GREEN  Interpretability Researcher');
    expect(w.frame()).not.toContain('The draft itself');
    w.unmount();
  });

  it('is left out of the one-line summary at 80×24', async () => {
    const w = renderWizardWithLibrary({source: async () => threeRoles(), columns: 80, rows: 24});
    const f = await w.waitForText('86.1/100 GREEN · time');
    await new Promise((r) => setTimeout(r, 50));
    expect(w.frame()).not.toContain('Nearest roles');
    expect(w.frame()).not.toContain('AIJRI:');
    expect(f.split('\n').length).toBeLessThanOrEqual(24);
    w.unmount();
  });

  it('at 120×40 the vector and the roles fit under the figures', async () => {
    const w = renderWizardWithLibrary({source: async () => threeRoles(), columns: 120, rows: 40});
    const f = await w.waitForText('88.9 GREEN  Interpretability Research…');
    const rows = paneRows(f);
    expect(rows).toContain('Vector');
    expect(rows).toContain('✓ nothing missing');
    w.unmount();
  });
});
