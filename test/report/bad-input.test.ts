import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {readFixture} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-bad-');
const good = renderReport(readFixture('model-alignment-researcher.json') as Assessment);
const lines = good.split('\n');
const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix)) + 1;
const write = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

/** Import a report through the CLI: it must fail with exit 1, one message, no stack trace. */
function importFails(name: string, text: string): string {
  const r = runCli(['import', write(name, text)]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toContain('unexpected error');
  return r.stderr;
}

describe('a report that cannot be read: the section and line, exit 1, no stack trace', () => {
  it('a truncated report', () => {
    const cut = lines.slice(0, lineOf('## Evidence Score') + 4).join('\n');
    const err = importFails('cut.md', cut);
    expect(err).toMatch(/cut\.md:\d+: section "Evidence Score": the row "Company Actions" is missing/);
  });

  it('a report cut before its last sections', () => {
    const cut = lines.slice(0, lineOf('## Assessor Commentary') - 1).join('\n');
    const err = importFails('short.md', cut);
    const last = lineOf('## Assessor Commentary') - 1;
    expect(err).toMatch(new RegExp(`short\\.md:${last}: section "Assessor Commentary": missing: the report ends at line ${last}`));
  });

  it('a missing section', () => {
    const start = lineOf('## Barrier Assessment') - 1;
    const end = lineOf('## AI Growth Correlation Check') - 1;
    const text = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    const err = importFails('missing.md', text);
    expect(err).toMatch(new RegExp(`missing\\.md:${start + 1}: section "Barrier Assessment": missing: expected before "AI Growth Correlation Check"`));
  });

  it('a score off its scale and a task row cut short', () => {
    const bad = good.replace('| Physical Presence | 0 |', '| Physical Presence | 7 |');
    expect(importFails('scale.md', bad)).toMatch(/scale\.md:\d+: section "Barrier Assessment": Physical Presence score is "7"; expected a whole number from 0 to 2/);
    const row = lineOf('| Publishing');
    const cut = lines.map((l, i) => (i === row - 1 ? '| Publishing | 10% | 2 |' : l)).join('\n');
    expect(importFails('row.md', cut)).toContain(`row.md:${row}: section "Task Decomposition (Agentic AI Scoring)": task 5 has 3 cells; expected 6`);
  });

  it('a report over 5 MB is refused before it is read', () => {
    const big = `${good}\n${'x'.repeat(5 * 1024 * 1024)}`;
    const started = Date.now();
    const err = importFails('big.md', big);
    expect(err).toMatch(/big\.md: the report is 5\.\d MB; reports over 5\.0 MB are refused/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a table of over 1,000 rows is refused, in bounded time', () => {
    const at = lineOf('| Total | 100%');
    const rows = Array.from({length: 1001}, (_, i) => `| Task ${i} | 0% | 1 | 0.00 | NOT INVOLVED | r |`);
    const text = [...lines.slice(0, at - 1), ...rows, ...lines.slice(at - 1)].join('\n');
    const started = Date.now();
    const err = importFails('rows.md', text);
    // The header, the delimiter row and 1,000 rows are allowed: the next row is refused.
    const refused = lineOf('| Task | Time %') + 1002;
    expect(err).toMatch(new RegExp(`rows\\.md:${refused}: section "Task Decomposition \\(Agentic AI Scoring\\)": a table of over 1,000 rows is refused`));
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a long hostile line is read in linear time', () => {
    const line = `${'#'.repeat(1000)}${' '.repeat(2_000_000)}${'#'.repeat(1000)}x`;
    const started = Date.now();
    expect(() => parseReport(`${line}\n${good}`)).not.toThrow();
    expect(() => parseReport(good.replace('Timeline: ', `Timeline: ${'| \\'.repeat(500_000)}`))).not.toThrow();
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('the same section twice, or out of order', () => {
    const twice = `${good}\n## Evidence Score\n`;
    expect(importFails('twice.md', twice)).toMatch(/twice\.md:\d+: section "Evidence Score": the section appears a second time \(first at line \d+\)/);
  });
});
