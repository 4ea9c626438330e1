/**
 * The export as GitHub renders it, judged by cmark-gfm (GitHub's own Markdown renderer) against
 * the reference report's structure: the same tables, rows and cells under the same headers, the
 * same paragraphs and list items, each with its text. The reference format writes one block per
 * line (section titles, table rows, "- " list items, paragraphs), so that is its structure.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {lint} from 'markdownlint/sync';
import {describe, expect, it} from 'vitest';
import {SECTIONS} from '../../src/method/fields.js';
import type {Assessment} from '../../src/method/types.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {decodeEntities} from '../../src/report/text.js';
import {APPENDIX_TITLE, SUBHEADINGS} from '../../src/report/vocabulary.js';
import {FIXTURES, readFixture, SEED_REPORT, seedAvailable, seedMissingReason} from '../support/paths.js';
import {asSeedLayout, normaliseHeadingsAndWhitespace} from './support.js';

const cmarkAvailable = spawnSync('cmark-gfm', ['--version'], {encoding: 'utf8'}).status === 0;
if (!cmarkAvailable) console.warn('cmark-gfm is not installed (Debian: apt-get install cmark-gfm): the GitHub rendering tests are skipped');
if (!seedAvailable) console.warn(seedMissingReason);

type Row = Record<string, string>;
type Structure = {headings: string[]; tables: Array<{header: string[]; rows: Row[]}>; paragraphs: string[]; items: string[]};

const TITLES = new Set<string>([...SECTIONS.map((s) => s.title), ...Object.values(SUBHEADINGS), APPENDIX_TITLE]);
const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
/** A row as header → cell, empty cells left out. */
const rowOf = (header: string[], cells: string[]): Row => Object.fromEntries(cells.flatMap((c, i) => (c === '' ? [] : [[header[i] ?? `(column ${i + 1})`, c]])));

/**
 * The structure of a report in the reference format. The reference writes the task table's Total
 * row short, `| Total | 100% | 1.30 |`: its last figure is the Weighted total.
 */
function referenceStructure(lines: readonly string[]): Structure {
  const s: Structure = {headings: [], tables: [], paragraphs: [], items: []};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (TITLES.has(line)) s.headings.push(line);
    else if (line.startsWith('|')) {
      const header = cellsOf(line);
      const rows: Row[] = [];
      for (i += 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
        const cells = cellsOf(lines[i]!);
        const short = cells[0] === 'Total' && header[3] === 'Weighted' && cells.length === 3;
        rows.push(short ? rowOf(['Task', 'Time %', 'Weighted'], cells) : rowOf(header, cells));
      }
      i--;
      s.tables.push({header, rows});
    } else if (line.startsWith('- ')) s.items.push(line.slice(2));
    else s.paragraphs.push(line);
  }
  return s;
}

const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).trim();
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1] as string);

/** The structure GitHub shows: cmark-gfm's HTML of the Markdown, read back into the same shape. */
function renderedStructure(markdown: string): Structure {
  const run = spawnSync('cmark-gfm', ['-e', 'table'], {input: markdown, encoding: 'utf8'});
  if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr}`);
  let html = run.stdout.replace(/<pre[\s\S]*?<\/pre>/g, '');
  const tables = all(html, /<table>([\s\S]*?)<\/table>/g).map((t) => {
    const header = all(t, /<th[^>]*>([\s\S]*?)<\/th>/g).map(text);
    const body = all(t, /<tbody>([\s\S]*?)<\/tbody>/g)[0] ?? '';
    return {header, rows: all(body, /<tr>([\s\S]*?)<\/tr>/g).map((r) => rowOf(header, all(r, /<td[^>]*>([\s\S]*?)<\/td>/g).map(text)))};
  });
  html = html.replace(/<table>[\s\S]*?<\/table>/g, '');
  const headings = all(html, /<h[2-6]>([\s\S]*?)<\/h[2-6]>/g).map(text);
  const items = all(html, /<li>([\s\S]*?)<\/li>/g).map(text);
  html = html.replace(/<li>[\s\S]*?<\/li>/g, '');
  return {headings, tables, paragraphs: all(html, /<p>([\s\S]*?)<\/p>/g).map(text), items};
}

/** The reference format of one of our exports: heading markers and blank lines gone, the seed's layout, no title. */
const asReference = (exported: string) => normaliseHeadingsAndWhitespace(exported).slice(1).map(asSeedLayout);

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
const counts = (s: Structure) => ({tables: s.tables.length, rows: s.tables.reduce((n, t) => n + t.rows.length, 0), paragraphs: s.paragraphs.length, items: s.items.length});

describe.skipIf(!cmarkAvailable)('GitHub (cmark-gfm) renders the export as it reads', () => {
  it.skipIf(!seedAvailable)('the seed, imported then exported: the reference report\'s tables, cells, paragraphs and list items', () => {
    const seed = readFileSync(SEED_REPORT, 'utf8');
    const expected = referenceStructure(seed.split('\n'));
    // What the seed holds: 7 tables of 37 rows, 19 paragraphs (the two "If you're …" among them), 12 list items.
    expect(counts(expected)).toEqual({tables: 7, rows: 37, paragraphs: 19, items: 12});
    const got = renderedStructure(renderReport(parseReport(seed).assessment, {appendix: false}));
    expect(got).toEqual(expected);
    expect(got.tables[2]!.rows.at(-1)).toEqual({Task: 'Total', 'Time %': '100%', Weighted: '1.30'});
    expect(got.paragraphs.filter((p) => p.startsWith("If you're"))).toHaveLength(2);
    expect(got.paragraphs).toContain('This qualifies as Green Zone (Accelerated): AI Growth Correlation = 2 AND JobZone Score >= 48.');
  });

  it.each(fixtures)('fixture %s, with the appendix: the structure of its reference format', (name) => {
    const exported = renderReport(readFixture(name) as Assessment, {appendix: true});
    const expected = referenceStructure(asReference(exported));
    expect(renderedStructure(exported)).toEqual(expected);
    expect(expected.tables.map((t) => t.rows.length)).toEqual([5, 5, (readFixture(name) as Assessment).tasks.length + 1, 6, 6, 4, 3]);
  });

  it('the judge sees a short Total row, a line run into a list item and two lines merged', () => {
    const exported = renderReport(readFixture('model-alignment-researcher.json') as Assessment, {appendix: false});
    const expected = referenceStructure(asReference(exported));
    const broken = [
      exported.replace(/^\| Total \| 100% \| \| 1\.30 \| \| \|$/m, '| Total | 100% | 1.30 |'),
      exported.replace('- Agentic systems add problems that did not exist before.\n', '- Agentic systems add problems that did not exist before.\nThis qualifies.\n'),
      exported.replace('4.70/5.0\n\nDisplacement', '4.70/5.0\nDisplacement'),
    ];
    for (const b of broken) expect(renderedStructure(b)).not.toEqual(expected);
  });
});

describe('the export passes markdownlint\'s default rules, line length aside', () => {
  const config = {default: true, MD013: false};
  const problems = (markdown: string) =>
    (lint({strings: {report: markdown}, config}).report ?? []).map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`);

  it.each(fixtures)('fixture %s, with the appendix and the chart', (name) => {
    expect(problems(renderReport(readFixture(name) as Assessment, {appendix: true, mermaid: true}))).toEqual([]);
  });

  it.skipIf(!seedAvailable)('the seed, imported then exported', () => {
    expect(problems(renderReport(parseReport(readFileSync(SEED_REPORT, 'utf8')).assessment, {appendix: true}))).toEqual([]);
  });
});
