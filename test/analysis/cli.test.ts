import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, SEED_FIXTURE, SEED_REPORT, seedAvailable, seedMissingReason} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-analysis-');
const seedJson = () => JSON.parse(readFileSync(SEED_FIXTURE, 'utf8'));
const write = (name: string, data: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
};
const SEED_VECTOR = 'AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2';
// The seed's figures with growth 1: TR 4.70 x evidence 1.32 x barriers 1.08 x growth 1.05.
const growth1 = (Math.round(((4.7 * 1.32 * 1.08 * 1.05 - 0.54) / 7.93) * 1000) / 10).toFixed(1);

describe('role-wizard sensitivity', () => {
  it('the seed role, as text', () => {
    const r = runCli(['sensitivity', SEED_FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Model Alignment Researcher: 86.1 GREEN · Green (Accelerated)');
    expect(r.stdout).toContain(`Vector: ${SEED_VECTOR}`);
    expect(r.stdout).toContain('No single-input change moves the zone.');
    expect(r.stdout).toContain(`AI Growth Correlation 2 → 1 moves it to ${growth1}, GREEN, Green (Stable)`);
    expect(r.stdout).toMatch(/Most sensitive inputs[^\n]*\n {2}Task 1 \("Novel alignment/);
    // The vector stays on one line, whatever the width, so that it can be copied whole.
    for (const line of r.stdout.split('\n').filter((l) => !l.startsWith('Vector: '))) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('--json', () => {
    const r = runCli(['sensitivity', SEED_FIXTURE, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ok: true, score: 86.1, zone: 'GREEN', vector: SEED_VECTOR, zoneUp: [], zoneDown: []});
    expect(json.subLabelChanges[0]).toMatchObject({input: {kind: 'growth'}, from: 2, to: 1, zone: 'GREEN', subLabel: 'Green (Stable)'});
  });

  it('a Yellow role names the change that makes it Red', () => {
    const r = runCli(['sensitivity', `${ROOT}test/fixtures/yellow-paralegal.json`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Moves the zone down[^\n]*\n {2}Task \d[^\n]* moves it to \d+\.\d, RED/);
  });

  it('an unfinished assessment: exit 1, says why', () => {
    const a = seedJson();
    a.evidence.wageTrends.score = null;
    const r = runCli(['sensitivity', write('unfinished.json', a)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unfinished\.json: no sensitivity: the score cannot be computed yet/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('role-wizard diff', () => {
  const changed = () => {
    const a = seedJson();
    a.evidence.wageTrends.score = 0;
    a.tasks[2].score = 3;
    return write('changed.json', a);
  };

  it('the seed against a copy with two inputs changed names exactly those two (--json)', () => {
    const r = runCli(['diff', SEED_FIXTURE, changed(), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.inputs.map((d: {path: string}) => d.path)).toEqual(['tasks.2.score', 'evidence.wageTrends.score']);
    expect(json.text).toEqual([]);
  });

  it('side by side in the terminal', () => {
    const r = runCli(['diff', SEED_FIXTURE, changed()]);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^ {2}(Task 3|Wage Trends)/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^ {2}Wage Trends +1 +0 +−2\.8 GREEN$/);
    expect(r.stdout).toContain('No text field differs.');
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('a JSON file against its own exported Markdown report: nothing differs', () => {
    const md = join(tmp, 'seed.md');
    expect(runCli(['export', SEED_FIXTURE, '-o', md, '-f']).code).toBe(0);
    const r = runCli(['diff', SEED_FIXTURE, md, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.inputs).toEqual([]);
    expect(json.text).toEqual([]);
  });

  it.skipIf(!seedAvailable)('the reference report against our fixture: every scored input agrees', () => {
    if (!seedAvailable) console.warn(seedMissingReason);
    const r = runCli(['diff', SEED_REPORT, SEED_FIXTURE, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).inputs).toEqual([]);
  });

  it('a missing file: exit 1; one argument: exit 2', () => {
    expect(runCli(['diff', SEED_FIXTURE, join(tmp, 'nope.json')]).code).toBe(1);
    expect(runCli(['diff', SEED_FIXTURE]).code).toBe(2);
  });
});

describe('role-wizard score --vector', () => {
  it('scores a pasted vector exactly as the file it came from', () => {
    const fromFile = JSON.parse(runCli(['score', SEED_FIXTURE, '--json']).stdout);
    expect(fromFile.vector).toBe(SEED_VECTOR);
    const r = runCli(['score', '--vector', SEED_VECTOR, '--json']);
    expect(r.code).toBe(0);
    const {vector, display, ...figures} = JSON.parse(r.stdout);
    const {vector: v2, display: d2, ...figures2} = fromFile;
    expect(figures).toEqual(figures2);
    expect(vector).toBe(v2);
    expect(display.score).toBe(d2.score);
  });

  it('a malformed vector: exit 1 with the position of the fault', () => {
    const r = runCli(['score', '--vector', 'AIJRI:1.0/P:0,1,4/G:2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("score vector: position 17: expected a protective score from 0 to 3 or '_', found '4'");
    expect(r.stderr).toContain(`  AIJRI:1.0/P:0,1,4/G:2\n  ${' '.repeat(16)}^`);
  });

  it('a file and a vector together is bad usage', () => {
    expect(runCli(['score', SEED_FIXTURE, '--vector', SEED_VECTOR]).code).toBe(2);
  });
});
