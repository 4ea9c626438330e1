import {describe, expect, it} from 'vitest';
import {score} from '../../src/method/score.js';
import {sensitivity} from '../../src/method/sensitivity.js';
import type {Assessment} from '../../src/method/types.js';
import {fileExporter, type RenderMarkdownOptions} from '../../src/ui/export-file.js';
import {shortLabel} from '../../src/ui/pane/calibration.js';
import {fitLines} from '../../src/ui/steps/review-analysis.js';
import {sensitivityLines} from '../../src/ui/steps/review-sensitivity.js';
import {readFixture} from '../support/paths.js';
import {seedAssessment} from './support/fixtures.js';
import {renderWizardWithLibrary, threeRoles} from './support/library.js';
import {tempFolder} from '../support/temp.js';

const SEED_VECTOR = 'AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2';
const review = {step: 'review'};

describe('Review & Export: sensitivity, calibration, vector', () => {
  it("names the seed's sub-label change, the lowest and highest one input reaches, and its most sensitive inputs", async () => {
    const w = renderWizardWithLibrary({position: review, source: async () => threeRoles()});
    const f = await w.waitForText('Interpretability Researcher (library, draft-near)');
    for (const text of [
      'Sensitivity — smallest single-input changes (formula 86.1 GREEN)',
      '  Sub-label: AI Growth Correlation 2 → 1 moves it to 81.9, GREEN, Green (Stable)',
      '  Zone down: none (lowest one input reaches: Task 1 score 1 → 5 moves it to 66.4, GREEN, Green (Accelerated))',
      'Zone up:   none (highest one input reaches: Physical Presence 0 → 2 moves it to 89.6, GREEN',
      'Most sensitive: Task 1 score −4.94 · AI Growth Correlation +4.22 · Task 2 score −3.96 · Task 3 score −2.97',
      'Nearest roles by score',
      ' 85.2 GREEN   −0.9  AI Safety Researcher (published point',
      ' 88.9 GREEN   +2.8  Interpretability Researcher (library, draft-near)',
      'differs most: Wage Trends, 1 here and 2 there (moves this score +2.8)',
      ' 64.7 GREEN  −21.4  Reinforcement Learning Engineer (published point',
      'Score vector',
      `  ${SEED_VECTOR}`,
      '✓ No problems: the assessment is finished.',
      'Export to Markdown — path (Enter writes):',
    ])
      expect(f).toContain(text);
    w.unmount();
  });

  it('lists the smallest changes that move a Yellow role up and down, as sensitivity() finds them', async () => {
    const a = readFixture('yellow-paralegal.json') as Assessment;
    const s = sensitivity(a);
    if (!s.ok) throw new Error('the paralegal fixture scores');
    expect(s.zoneDown.length).toBeGreaterThan(0);
    const w = renderWizardWithLibrary({assessment: a, position: review});
    const f = await w.waitForText('Sensitivity — smallest single-input changes (formula 34.4 YELLOW)');
    expect(f).toContain(s.zoneUp[0] ? `  Zone up:   ${shortLabel(s.zoneUp[0].text)}` : '  Zone up:   none (highest one input reaches: ');
    expect(f).toContain(`  Zone down: ${shortLabel(s.zoneDown[0]!.text)}`);
    expect(f).toMatch(/Zone down: .*moves it to \d+\.\d, RED/);
    w.unmount();
  });

  it('says why there is no sensitivity yet on an unfinished assessment, and keeps the problem list', async () => {
    const a = seedAssessment();
    a.growth.score = null;
    const w = renderWizardWithLibrary({assessment: a, position: review, columns: 120, rows: 40});
    const f = await w.waitForText('Sensitivity');
    expect(f).toContain('problem');
    expect(f).toMatch(/None yet: .+\./);
    expect(f).toContain('None yet: no score.');
    expect(f).toContain('AIJRI:1.0/P:0,1,3/G:_/');
    w.unmount();
  });

  it('fits 80×24: the figures first, the export prompt stays, the analysis is cut to the room left', async () => {
    const w = renderWizardWithLibrary({position: review, columns: 80, rows: 24, source: async () => threeRoles()});
    const f = await w.waitForText('more lines: Tab from the export path scrolls them');
    expect(f).toContain('JobZone Score: (7.3704 - 0.54) / 7.93 x 100 = 86.1/100');
    expect(f.indexOf('Task Resistance Score')).toBeLessThan(f.indexOf('No problems'));
    expect(f).toContain('./model-alignment-researcher.md');
    expect(f.split('\n').length).toBeLessThanOrEqual(24);
    for (const line of f.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    w.unmount();
  });

  it('at 80×24 the analysis scrolls: Tab from the export path, ↓ ↑ Home End, with what is above and below', async () => {
    const w = renderWizardWithLibrary({position: {step: 'review', field: 'review.export'}, columns: 80, rows: 24, source: async () => threeRoles()});
    await w.waitForText('more lines: Tab from the export path scrolls them');
    await w.press('tab');
    let f = await w.waitForText('› Analysis, lines 1-');
    const total = Number(/of (\d+) \(/.exec(f)?.[1]);
    expect(f).toMatch(/↓ \d+ more below/);
    expect(f.split('\n').length).toBeLessThanOrEqual(24);
    await w.press('down');
    f = await w.waitForText('↑ 1 more above');
    expect(f).toContain('› Analysis, lines 2-');
    await w.press('end');
    f = await w.waitForText(`of ${total}`);
    await w.waitForFrame((fr) => !/more below/.test(fr));
    expect(w.frame()).toContain('Score vector');
    expect(w.frame()).toContain(`-${total} of ${total}`);
    await w.press('home');
    await w.waitForText('› Analysis, lines 1-');
    await w.press('up');
    await w.waitForText('› Export to Markdown');
    w.unmount();
  });

  it('exports as role-wizard export does unless asked: Ctrl+T adds the Mermaid pie, Ctrl+L the calibration line', async () => {
    const w = renderWizardWithLibrary({position: {step: 'review', field: 'review.export'}, source: async () => threeRoles()});
    await w.waitForText('Interpretability Researcher (library');
    await w.waitForText('Mermaid pie: no (Ctrl+T) · Calibration line: no (Ctrl+L)');
    await w.press('enter');
    await w.waitForText('✓ Wrote ./model-alignment-researcher.md');
    expect(w.exports[0]).not.toHaveProperty('calibration');
    expect(w.exports[0]).not.toHaveProperty('mermaid');
    await w.press('ctrl-t', 'ctrl-l');
    await w.waitForText('Mermaid pie: yes (Ctrl+T) · Calibration line: yes (Ctrl+L)');
    await w.press('enter');
    await w.waitForFrame(() => w.exports.length === 2);
    expect(w.exports[1]).toMatchObject({
      mermaid: true,
      calibration: 'Calibration: 86.1 sits between AI Safety Researcher (85.2, reference) and Interpretability Researcher (88.9, library).',
    });
    w.unmount();
  });

  it('without a library the export carries no calibration line, even when asked', async () => {
    const w = renderWizardWithLibrary({position: {step: 'review', field: 'review.export'}});
    const f = await w.waitForText('Mermaid pie: no (Ctrl+T)');
    expect(f).not.toContain('Calibration line');
    await w.press('ctrl-l');
    await w.press('enter');
    await w.waitForText('✓ Wrote');
    expect(w.exports[0]).not.toHaveProperty('calibration');
    expect(w.exports[0]).not.toHaveProperty('mermaid');
    w.unmount();
  });
});

describe('the wizard exporter', () => {
  it('hands the renderer the vector always, the calibration line, Mermaid when asked', async () => {
    const seen: RenderMarkdownOptions[] = [];
    const exporter = fileExporter(tempFolder('rw-wizard-export-'), async (_a, o) => (seen.push(o), 'report\n'));
    const assessment = seedAssessment();
    await exporter('a.md', {overwrite: false, incomplete: false, assessment, mermaid: true, calibration: 'Calibration: 86.1 sits above X.'});
    await exporter('b.md', {overwrite: false, incomplete: false, assessment});
    expect(seen).toEqual([
      {incomplete: false, vector: score(assessment).vector, mermaid: true, calibration: 'Calibration: 86.1 sits above X.'},
      {incomplete: false, vector: SEED_VECTOR},
    ]);
  });
});

describe('fitLines', () => {
  const lines = sensitivityLines(sensitivity(seedAssessment()));
  it('wraps when the wrapped lines fit, else keeps one line each, else cuts with a count', () => {
    expect(fitLines(lines, 60, 50).length).toBeGreaterThan(lines.length);
    expect(fitLines(lines, 60, lines.length)).toEqual(lines);
    const cut = fitLines(lines, 60, 3);
    expect(cut).toHaveLength(3);
    expect(cut[2]!.text).toBe(`… ${lines.length - 2} more lines: Tab from the export path scrolls them`);
  });
});
