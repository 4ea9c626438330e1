/** A team repository in a temporary folder: a config file naming the library, and reports/ of generated reports. */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Assessment} from '../../src/method/types.js';
import {renderReport} from '../../src/report/render.js';
import {readFixture} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

const FIXTURES = ['model-alignment-researcher.json', 'red-data-entry-clerk.json', 'yellow-paralegal.json'];

/** A seeded generator, so every run makes the same reports. */
function generator(seed: number) {
  let s = seed >>> 0;
  return (min: number, max: number) => {
    s = (s * 1103515245 + 12345) >>> 0;
    return min + Math.floor((s / 2 ** 32) * (max - min + 1));
  };
}

/** The i-th generated role: a fixture with its scores redrawn and a title of its own. */
export function generatedRole(i: number): Assessment {
  const int = generator(0x9e3779b9 ^ i);
  const a = structuredClone(readFixture(FIXTURES[i % FIXTURES.length]!)) as Assessment;
  for (const p of Object.values(a.protective)) p.score = int(0, 3);
  a.growth.score = int(-2, 2);
  // The growth check's "Confirmed at +2" follows the growth drawn, so that the prose stays true.
  const growth = a.growth.score;
  a.growthCheck = a.growthCheck.replace(/Confirmed at [+-]?\d/, `Confirmed at ${growth > 0 ? '+' : ''}${growth}`);
  for (const e of Object.values(a.evidence)) e.score = int(-2, 2);
  for (const b of Object.values(a.barriers)) if (typeof b === 'object') b.score = int(0, 2);
  for (const t of a.tasks) t.score = int(1, 5);
  a.role.jobTitle = `${a.role.jobTitle} ${String(i).padStart(3, '0')}`;
  return a;
}

export const reportOf = (a: Assessment) => renderReport(a, {appendix: true, allowIncomplete: true});

/** The report with its Raw figure stated wrong (one arithmetic error). */
export function withWrongRaw(text: string): string {
  const wrong = text.replace(/(Raw: [^\n]*= )(\d+\.\d+)/, (_m, head: string, n: string) => `${head}${(Number(n) + 1).toFixed(4)}`);
  if (wrong === text) throw new Error('no Raw line to break');
  return wrong;
}

export type TeamRepo = {root: string; reports: string; bad: string; files: string[]};

/** `count` good reports in reports/ and one whose Raw is wrong (reports/zz-wrong-raw.md). */
export function makeTeamRepo(count: number, config: object = {library: 'reports'}): TeamRepo {
  const root = tempFolder('rw-team-');
  const reports = join(root, 'reports');
  mkdirSync(reports);
  writeFileSync(join(root, 'role-wizard.config.json'), `${JSON.stringify(config, null, 2)}\n`);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = join(reports, `role-${String(i).padStart(3, '0')}.md`);
    writeFileSync(file, reportOf(generatedRole(i)));
    files.push(file);
  }
  const bad = join(reports, 'zz-wrong-raw.md');
  writeFileSync(bad, withWrongRaw(reportOf(generatedRole(count))));
  files.push(bad);
  return {root, reports, bad, files};
}

export const read = (file: string) => readFileSync(file, 'utf8');

/** A report cut short: its first 40 lines (a few sections), the rest lost. */
export const cutShort = (text: string): string => `${text.split('\n').slice(0, 40).join('\n')}\n`;
