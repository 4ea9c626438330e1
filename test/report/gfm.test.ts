import fc from 'fast-check';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {SECTIONS} from '../../src/method/fields.js';
import {renderReport} from '../../src/report/render.js';
import {SUBHEADINGS} from '../../src/report/vocabulary.js';
import {arbAssessment, hostileText} from '../support/arbitraries.js';
import {readFixture} from '../support/paths.js';

type Node = {type: string; depth?: number; value?: string; lang?: string | null; children?: Node[]};

const parseGfm = (markdown: string) => remark().use(remarkGfm).parse(markdown) as unknown as Node;
const all = (node: Node, type: string): Node[] => [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, type))];
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

/** [header cells, body rows] of each table, and the cell count of each body row. */
const tableShapes = (tree: Node) =>
  all(tree, 'table').map((t) => ({columns: t.children![0]!.children!.length, rows: t.children!.slice(1).map((r) => r.children!.length)}));

/** The expected shape of the seven tables for an assessment with `n` tasks. */
const expectedShapes = (n: number) => [
  {columns: 2, rows: [2, 2, 2, 2, 2]},
  {columns: 3, rows: [3, 3, 3, 3, 3]},
  {columns: 6, rows: [...Array.from({length: n}, () => 6), 3]},
  {columns: 3, rows: [3, 3, 3, 3, 3, 2]},
  {columns: 3, rows: [3, 3, 3, 3, 3, 2]},
  {columns: 2, rows: [2, 2, 2, 2]},
  {columns: 2, rows: [2, 2, 2]},
];

const headings = (tree: Node) => all(tree, 'heading').map((h) => `${'#'.repeat(h.depth ?? 0)} ${text(h)}`);
const expectedHeadings = (appendix: boolean) => [
  ...SECTIONS.slice(0, 8).map((s) => `## ${s.title}`),
  `## ${SECTIONS[8].title}`,
  ...Object.values(SUBHEADINGS).map((s) => `### ${s}`),
  `## ${SECTIONS[9].title}`,
  ...(appendix ? ['## Method notes'] : []),
];

describe('the export is GitHub-flavoured Markdown (checked with remark + remark-gfm)', () => {
  it('the seed fixture: seven tables of the expected rows and columns, the sections as headings, first cells as in the seed', () => {
    const a = readFixture('model-alignment-researcher.json') as Assessment;
    const tree = parseGfm(renderReport(a, {appendix: true, mermaid: true}));
    expect(tableShapes(tree)).toEqual(expectedShapes(7));
    expect(headings(tree)).toEqual(expectedHeadings(true));
    const firstCells = all(tree, 'table').map((t) => t.children!.map((r) => text(r.children![0]!)));
    expect(firstCells[1]).toEqual(['Principle', 'Embodied Physicality', 'Deep Interpersonal Connection', 'Goal-Setting & Moral Judgment', 'Protective Total', 'AI Growth Correlation']);
    expect(firstCells[6]).toEqual(['Metric', '% of task time scoring 3+', 'AI Growth Correlation', 'Sub-label']);
    const charts = all(tree, 'code').filter((c) => c.lang === 'mermaid');
    expect(charts).toHaveLength(1);
    expect(charts[0]!.value).toContain('"Not involved" : 70');
  });

  it('hostile text never adds a table, a row, a column, a heading or raw HTML', () => {
    fc.assert(
      fc.property(arbAssessment({text: hostileText()}), (a) => {
        const tree = parseGfm(renderReport(a, {appendix: true, allowIncomplete: true}));
        expect(tableShapes(tree)).toEqual(expectedShapes(a.tasks.length));
        expect(headings(tree)).toEqual(expectedHeadings(true));
        // The only HTML is our own line break inside cells.
        expect(all(tree, 'html').map((h) => h.value)).toEqual(all(tree, 'html').map(() => '<br>'));
        // No user text opens a code block that would swallow the rest of the report.
        for (const code of all(tree, 'code')) expect(code.value).not.toMatch(/^## /m);
      }),
      {numRuns: 100},
    );
  });
});
