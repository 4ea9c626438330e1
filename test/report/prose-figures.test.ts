/**
 * check on the figures a report states in its prose: the seed's, listed and true; the seed with
 * one task score changed, its stale sentences found on their lines and rewritten by --fix (the
 * numbers and nothing else); citations of other roles checked against a library.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {fieldAt, getAt} from '../../src/method/fields.js';
import type {Assessment} from '../../src/method/types.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {readFixture, ROOT, SEED_REPORT, seedAvailable, seedMissingReason} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {folderWith, tempFolder} from '../support/temp.js';

if (!seedAvailable) console.warn(seedMissingReason);

const tmp = tempFolder('rw-prose-');

type Statement = {line: number; field: string; kind: string; text: string; stated: string; computed: string | null; status: string; cited?: {title: string | null}};
type Result = {ok: boolean; errors: number; warnings: number; discrepancies: Array<{line: number; field: string; stated: string; expected: string; defaultRule?: string}>; statements: Statement[]; fixed?: number};
const checkJson = (args: string[]): Result[] => JSON.parse(runCli(['check', '--json', ...args], {cwd: ROOT}).stdout);

/** The seed's lines with the figures its prose states, as a reader reads them. */
const SEED_STATEMENTS: Array<[number, string, string]> = [
  [7, 'citation', 'scored 85.2 Green'],
  [7, 'citation', 'scored 64.7 Green'],
  [53, 'growth', 'Confirmed at +2'],
  [59, 'zone', 'This qualifies as Green Zone (Accelerated)'],
  [76, 'score', 'The 86.1'],
  [76, 'citation', 'AI Safety Researcher (85.2)'],
  [76, 'share', '70% of task time is irreducible'],
  [76, 'evidenceTotal', 'evidence (8 vs 9)'],
  [76, 'barrierTotal', 'barriers (4 vs 3)'],
  [79, 'score', 'The 86.1'],
  [79, 'rank', 'the highest-scoring role in the project'],
  [79, 'citation', 'AI Safety Researcher (85.2)'],
  [79, 'share', '70% of task time at Score 1'],
  [79, 'taskResistance', '4.70 Task Resistance'],
  [79, 'barrierTotal', 'barrier score (4/10'],
  [79, 'threshold', '38 points above the Green threshold'],
  [87, 'citation', 'RL Engineer (64.7)'],
  [87, 'score', 'Alignment Researcher (86.1)'],
];

/** The findings of the prose rule, and errors: not those of other default rules (the variants' claims). */
const prose = <D extends {defaultRule?: string | undefined; severity?: string}>(ds: D[]): D[] => ds.filter((d) => d.defaultRule === undefined || d.defaultRule === 'proseFigures');

describe.skipIf(!seedAvailable)('figures stated in the prose of the reference report', () => {
  it('check lists every one with its line, and finds none stale', () => {
    const [result] = checkJson([SEED_REPORT]);
    expect(result!.ok).toBe(true);
    // Nothing of the prose rule (the Seniority note's claim about a variant is a rule of its own).
    expect(prose(result!.discrepancies)).toEqual([]);
    const listed = result!.statements.map((s) => [s.line, s.kind, s.text]);
    for (const want of SEED_STATEMENTS) expect(listed).toContainEqual(want);
    expect(result!.statements.filter((s) => s.status === 'stale')).toEqual([]);
    // The two it cannot verify without a library (a rank) or a declared name (an abbreviation), listed as such.
    expect(result!.statements.filter((s) => s.status === 'unverified').map((s) => s.text)).toEqual(['the highest-scoring role in the project', 'RL Engineer (64.7)']);
    const seed = readFileSync(SEED_REPORT, 'utf8').split('\n');
    for (const s of result!.statements) expect(seed[s.line - 1], s.text).toContain(s.text);
  });

  it('one task score changed and exported: each stale sentence on its line; --fix rewrites those numbers and nothing else', () => {
    const seed = parseReport(readFileSync(SEED_REPORT, 'utf8')).assessment;
    const changed: Assessment = structuredClone(seed);
    changed.tasks[0]!.score = 3;
    const file = join(tmp, 'changed.md');
    const before = renderReport(changed, {appendix: true});
    writeFileSync(file, before);

    const [result] = checkJson([file]);
    // Still Green and Accelerated: the export's computed lines are right, only prose is stale.
    expect(result!.errors).toBe(0);
    const stale = prose(result!.discrepancies).map((d) => [d.field, d.stated, d.expected.split(' ')[0], d.defaultRule]);
    expect(stale).toEqual([
      ['override.note', '86.1', '76.2', 'proseFigures'],
      ['override.note', '70', '45', 'proseFigures'],
      ['commentary.scoreVsReality', '86.1', '76.2', 'proseFigures'],
      ['commentary.scoreVsReality', '70', '45', 'proseFigures'],
      ['commentary.scoreVsReality', '4.70', '4.20', 'proseFigures'],
      ['commentary.scoreVsReality', '38 points above', '28', 'proseFigures'],
      ['commentary.whoShouldWorry', '86.1', '76.2', 'proseFigures'],
    ]);
    const lines = before.split('\n');
    for (const d of prose(result!.discrepancies)) expect(lines[d.line - 1]).toContain(d.stated.split(' ')[0]);
    const text = runCli(['check', file]);
    expect(text.stdout).toMatch(/line \d+: warning: Score vs Reality Check: "4\.70 Task Resistance" states 4\.70; now 4\.20/);

    const fix = runCli(['check', '--fix', file]);
    expect(fix.code).toBe(0);
    expect(fix.stdout).toContain('fixed 7 figures');
    const after = readFileSync(file, 'utf8');
    const [again] = checkJson([file]);
    expect(prose(again!.discrepancies)).toEqual([]);

    // The diff: only the lines that held a stale figure, and in them only numbers.
    const afterLines = after.split('\n');
    expect(afterLines.length).toBe(lines.length);
    const changedLines = lines.flatMap((l, i) => (l === afterLines[i] ? [] : [i + 1]));
    expect(changedLines).toEqual([...new Set(prose(result!.discrepancies).map((d) => d.line))]);
    const words = (l: string) => l.split(/\d+(?:\.\d+)?/);
    for (const n of changedLines) expect(words(afterLines[n - 1]!)).toEqual(words(lines[n - 1]!));

    // import ∘ export: the same assessment, but for the numbers rewritten in those fields.
    const fixedBack = parseReport(after).assessment;
    const staleFields = new Set(prose(result!.discrepancies).map((d) => d.field));
    const restored: Assessment = structuredClone(fixedBack);
    for (const field of staleFields) {
      expect(fieldAt(field)).toBeDefined();
      const [head, key] = field.split('.') as [keyof Assessment, string];
      (restored[head] as Record<string, unknown>)[key] = getAt(changed, field);
    }
    expect(restored).toEqual(parseReport(before).assessment);
    expect(parseReport(before).assessment).toEqual(changed);
  });

  it('a library with an "AI Safety Researcher" report at 84.0: the citations of 85.2 are stale; at 85.2, none', () => {
    const safety: Assessment = {...(readFixture('model-alignment-researcher.json') as Assessment), role: {...(readFixture('model-alignment-researcher.json') as Assessment).role, jobTitle: 'AI Safety Researcher'}};
    const at = (score: number) => renderReport({...safety, override: {score, note: 'Scored for the library.'}}, {appendix: true});
    const seedText = readFileSync(SEED_REPORT, 'utf8');
    const library = folderWith(tmp, 'library', {'model-alignment-researcher.md': seedText, 'ai-safety-researcher.md': at(84.0)});
    const seedInLibrary = join(library, 'model-alignment-researcher.md');

    const [stale] = checkJson(['--library', library, seedInLibrary]);
    expect(prose(stale!.discrepancies).map((d) => [d.line, d.stated])).toEqual([
      [7, '85.2 Green'],
      [76, '85.2'],
      [79, '85.2'],
    ]);
    for (const d of prose(stale!.discrepancies)) expect(d.expected).toMatch(/^84\.0( Green)? \(AI Safety Researcher: .*ai-safety-researcher\.md\)$/);
    // The rank is now checked against the library: 86.1 is above 84.0.
    expect(stale!.statements.find((s) => s.kind === 'rank')).toMatchObject({status: 'ok'});

    writeFileSync(join(library, 'ai-safety-researcher.md'), at(85.2));
    const [clean] = checkJson(['--library', library, seedInLibrary]);
    expect(prose(clean!.discrepancies)).toEqual([]);
    expect(clean!.statements.filter((s) => s.kind === 'citation' && s.cited?.title === 'AI Safety Researcher').map((s) => s.status)).toEqual(['ok', 'ok', 'ok']);

    // The same library named by ROLE_WIZARD_LIBRARY.
    writeFileSync(join(library, 'ai-safety-researcher.md'), at(84.0));
    const env = runCli(['check', seedInLibrary], {env: {ROLE_WIZARD_LIBRARY: library}});
    expect(env.stdout).toMatch(/line 7: warning: What This Role Is NOT: "scored 85\.2 Green" states 85\.2 Green; now 84\.0 Green/);
  });

  it('a name a library report declares in its Method notes matches a citation of it', () => {
    const rl: Assessment = {...(readFixture('model-alignment-researcher.json') as Assessment), aliases: ['RL Engineer']};
    rl.role = {...rl.role, jobTitle: 'Reinforcement Learning Engineer'};
    const report = renderReport({...rl, override: {score: 60.0, note: 'Scored for the library.'}}, {appendix: true});
    expect(report).toContain('- Also cited as: RL Engineer');
    expect(parseReport(report).assessment.aliases).toEqual(['RL Engineer']);
    const library = folderWith(tmp, 'aliases', {'rl.md': report});
    const [result] = checkJson(['--library', library, SEED_REPORT]);
    const rlCitations = result!.statements.filter((s) => s.cited?.title === 'Reinforcement Learning Engineer');
    expect(rlCitations.map((s) => [s.line, s.stated, s.computed, s.status])).toEqual([
      [7, '64.7 Green', '60.0 Green', 'stale'],
      [87, '64.7', '60.0', 'stale'],
    ]);
  });
});

describe('a cited name the assessor confirmed', () => {
  it('is recorded in the Method notes, read back, and checked against the role it names', () => {
    const a: Assessment = {...(readFixture('model-alignment-researcher.json') as Assessment)};
    a.commentary = {...a.commentary, whoShouldWorry: 'Pipeline work is closer to an RL Engineer (64.7) than to this role.'};
    const unconfirmed = join(tmp, 'unconfirmed.md');
    writeFileSync(unconfirmed, renderReport(a, {appendix: true}));
    expect(checkJson([unconfirmed])[0]!.statements.find((s) => s.text === 'RL Engineer (64.7)')).toMatchObject({status: 'unverified', suggestion: 'Reinforcement Learning Engineer'});

    const confirmed: Assessment = {...a, citedAs: {'RL Engineer': 'Reinforcement Learning Engineer'}};
    const report = renderReport(confirmed, {appendix: true});
    expect(report).toContain('- Cited names confirmed: RL Engineer = Reinforcement Learning Engineer');
    expect(parseReport(report).assessment.citedAs).toEqual({'RL Engineer': 'Reinforcement Learning Engineer'});
    const file = join(tmp, 'confirmed.md');
    writeFileSync(file, report.replace('RL Engineer (64.7)', 'RL Engineer (61.0)'));
    const [result] = checkJson([file]);
    expect(result!.statements.find((s) => s.text === 'RL Engineer (61.0)')).toMatchObject({status: 'stale', computed: '64.7', cited: {title: 'Reinforcement Learning Engineer'}});
  });
});

describe('a figure equal to the method\'s, written otherwise', () => {
  it('is no discrepancy: 0.250 for 0.25, 1.320 for 1.32, × for x, -0 for 0, +8 for 8', () => {
    const a = readFixture('model-alignment-researcher.json') as Assessment;
    let text = renderReport(a, {appendix: true});
    text = text.replace('| 0.25 |', '| 0.250 |').replace('(8 x 0.04) = 1.32', '(8 × 0.04) = 1.320').replace('| 0% |', '| -0% |').replace(/\| Total \| 8 \|/, '| Total | +8 |');
    const file = join(tmp, 'forms.md');
    writeFileSync(file, text);
    const [result] = checkJson([file]);
    expect(text).toContain('0.250');
    expect(text).toContain('-0%');
    expect(prose(result!.discrepancies)).toEqual([]);
  });

  it('--fix rewrites a wrong computed figure to the right one, and only its number', () => {
    const a = readFixture('model-alignment-researcher.json') as Assessment;
    const text = renderReport(a, {appendix: true});
    const wrong = text.replace('= 7.3704', '= 7.4704');
    const file = join(tmp, 'raw.md');
    writeFileSync(file, wrong);
    expect(checkJson([file])[0]!.errors).toBe(1);
    expect(runCli(['check', '--fix', file]).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('a report whose prose holds thousands of figures', () => {
  it('is checked and fixed in linear time: 30,000 stale distances in one field', () => {
    const a = readFixture('model-alignment-researcher.json') as Assessment;
    a.commentary = {...a.commentary, scoreVsReality: 'The 86.1 is honest, 36 points above the Green threshold. '.repeat(30_000).trim()};
    const file = join(tmp, 'many.md');
    writeFileSync(file, renderReport(a, {appendix: true}));
    const started = Date.now();
    const fix = runCli(['check', '--fix', file]);
    expect(fix.stdout).toContain('fixed 30,000 figures');
    expect(fix.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('36 points');
    // Quadratic work here took minutes; linear takes about a second.
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('declared names stay with their role', () => {
  it('a new role started from a similar one does not inherit the names the source is cited by', async () => {
    const {fromSimilarRole} = await import('../../src/commands/new.js');
    const source: Assessment = {...(readFixture('model-alignment-researcher.json') as Assessment), aliases: ['Alignment Scientist'], citedAs: {'RL Engineer': 'Reinforcement Learning Engineer'}};
    const started = fromSimilarRole(source);
    expect(started.aliases).toBeUndefined();
    // The prose is kept, and with it the names its citations were confirmed as.
    expect(started.citedAs).toEqual(source.citedAs);
    expect(started.role.jobTitle).toBe('');
  });
});

describe('a library that cannot be read', () => {
  it('is said on stderr, and the rank stays unverified (not true against nothing)', () => {
    const a: Assessment = {...(readFixture('model-alignment-researcher.json') as Assessment)};
    a.commentary = {...a.commentary, scoreVsReality: 'The 86.1 is the highest-scoring role in the library.'};
    const file = join(tmp, 'rank.md');
    writeFileSync(file, renderReport(a, {appendix: true}));
    const r = runCli(['check', '--json', '--library', join(tmp, 'no-such-folder'), file]);
    expect(r.stderr).toMatch(/no-such-folder: cannot read the library folder \(it does not exist\) \(named by --library\)/);
    const [result] = JSON.parse(r.stdout) as Result[];
    expect(result!.statements.find((s) => s.kind === 'rank')).toMatchObject({status: 'unverified'});
    const library = folderWith(tmp, 'ranked', {'higher.md': renderReport({...a, role: {...a.role, jobTitle: 'Higher Role'}, override: {score: 90, note: 'Higher.'}}, {appendix: true})});
    const [ranked] = checkJson(['--library', library, file]);
    expect(ranked!.statements.find((s) => s.kind === 'rank')).toMatchObject({status: 'stale', computed: 'ranked 2 of 2'});
  });
});
