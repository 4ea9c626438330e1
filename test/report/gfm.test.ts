import fc from 'fast-check';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {SECTIONS} from '../../src/method/fields.js';
import {renderReport} from '../../src/report/render.js';
import {SUBHEADINGS} from '../../src/report/vocabulary.js';
import {arbAssessment, hostileText, structureToken} from '../support/arbitraries.js';
import {assertProperty} from '../support/property.js';
import {readFixture} from '../support/paths.js';

type Node = {type: string; depth?: number; value?: string; url?: string; lang?: string | null; children?: Node[]};

const gfm = remark().use(remarkGfm).freeze();
const parseGfm = (markdown: string) => gfm.parse(markdown) as unknown as Node;
// remark reads a report in tens of milliseconds, more on a busy machine: the properties get time.
const PROPERTY_TIMEOUT = 180_000;
const all = (node: Node, type: string): Node[] => [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, type))];
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

/** [header cells, body rows] of each table, and the cell count of each body row. */
const tableShapes = (tree: Node) =>
  all(tree, 'table').map((t) => ({columns: t.children![0]!.children!.length, rows: t.children!.slice(1).map((r) => r.children!.length)}));

/** The expected shape of the seven tables for an assessment with `n` tasks. */
const expectedShapes = (n: number) => [
  {columns: 2, rows: [2, 2, 2, 2, 2]},
  {columns: 3, rows: [3, 3, 3, 3, 3]},
  {columns: 6, rows: [...Array.from({length: n}, () => 6), 6]},
  {columns: 3, rows: [3, 3, 3, 3, 3, 3]},
  {columns: 3, rows: [3, 3, 3, 3, 3, 3]},
  {columns: 2, rows: [2, 2, 2, 2]},
  {columns: 2, rows: [2, 2, 2]},
];

/** The headings below the title; the title (the job title) is the document's first block and its only `#` heading. */
const headings = (tree: Node) => {
  const titles = all(tree, 'heading').filter((h) => h.depth === 1);
  const first = tree.children?.[0];
  const titleFirst = titles.length === 1 && first?.type === 'heading' && first.depth === 1;
  return [...(titleFirst ? [] : ['(the title is not the one first heading)']), ...all(tree, 'heading').filter((h) => h.depth !== 1).map((h) => `${'#'.repeat(h.depth ?? 0)} ${text(h)}`)];
};
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
    assertProperty(
      fc.property(arbAssessment({text: hostileText()}), (a) => {
        const tree = parseGfm(renderReport(a, {appendix: true, allowIncomplete: true}));
        expect(tableShapes(tree)).toEqual(expectedShapes(a.tasks.length));
        expect(headings(tree)).toEqual(expectedHeadings(true));
        // The only HTML is our own line break inside cells.
        expect(all(tree, 'html').map((h) => h.value)).toEqual(all(tree, 'html').map(() => '<br>'));
        // No user text opens a code block that would swallow the rest of the report.
        for (const code of all(tree, 'code')) expect(code.value).not.toMatch(/^## /m);
      }),
      100,
    );
  }, PROPERTY_TIMEOUT);
});

/** Every way the export's structure could be changed from inside a field, as remark reads it. */
function structureProblems(a: Assessment, markdown: string): string[] {
  const tree = parseGfm(markdown);
  const problems: string[] = [];
  const got = headings(tree);
  const want = expectedHeadings(true);
  if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`headings ${JSON.stringify(got)}`);
  if (JSON.stringify(tableShapes(tree)) !== JSON.stringify(expectedShapes(a.tasks.length))) problems.push('tables changed');
  for (const type of ['thematicBreak', 'definition', 'linkReference', 'imageReference']) {
    if (all(tree, type).length) problems.push(`a ${type}`);
  }
  for (const node of [...all(tree, 'link'), ...all(tree, 'image')]) {
    if (!/^(https?:\/\/|mailto:|xmpp:)/i.test(node.url ?? '')) problems.push(`a ${node.type} to ${JSON.stringify(node.url)}`);
  }
  if (all(tree, 'html').some((h) => h.value !== '<br>')) problems.push('raw HTML');
  // Each line of ours that starts a paragraph still starts one at the top level: no list,
  // quote or code block of user text has swallowed it.
  const topLevel = (tree.children ?? []).filter((n) => n.type === 'paragraph').map(text);
  for (const label of ['Assessor override:', 'The single biggest factor:', 'The role in 2028:', 'Survival strategy:', 'Timeline:']) {
    if (!topLevel.some((p) => p.startsWith(label))) problems.push(`"${label}" is no longer a paragraph of its own`);
  }
  return problems;
}

/** Each counterexample found so far, kept: the field and the text that restructured the export. */
const REGRESSIONS: Array<[string, string]> = [
  ['commentary.scoreVsReality', '>## Evidence Score'],
  ['commentary.whoShouldWorry', '> # Title'],
  ['commentary.numbersDontCapture', '- point\n- ## Heading in a list'],
  ['commentary.numbersDontCapture', '1. # numbered heading'],
  ['commentary.biggestFactor', 'x\n* * *'],
  ['whatThisMeans.survivalStrategy', '___'],
  ['whatThisMeans.roleIn2028', 'line\n- - -'],
  ['whatThisMeans.roleIn2028', 'Title\n==='],
  ['commentary.scoreVsReality', 'Title\n> ==='],
  ['commentary.scoreVsReality', 'a | b\n--|--'],
  ['growthCheck', '> ```\n## inside'],
  ['reinstatementCheck', '[click](javascript:alert(1))'],
  ['commentary.whoShouldWorry', '![x](data:image/png;base64,AAAA)'],
  ['commentary.whoShouldWorry', 'see [x]\n\n[x]: /somewhere'],
  ['whatThisMeans.timeline', '[x]: javascript:alert(1)'],
  ['role.seniorityNote', '[a][b] and [b]: /x'],
  ['tasks.0.rationale', '[cell](javascript:alert(1))'],
  ['evidence.jobPostingTrends.evidence', '[r][x]'],
  ['whatThisMeans.survivalStrategy', '- item\n\nTimeline: taken'],
  ['override.note', 'x\n---'],
];

function withText(a: Assessment, path: string, value: string): Assessment {
  const copy = structuredClone(a) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return copy as unknown as Assessment;
}

describe('no text typed in a field can restructure the export (judged by remark + remark-gfm)', () => {
  const base = readFixture('model-alignment-researcher.json') as Assessment;

  it('the fixture itself passes the judge (it could fail: see the next test)', () => {
    expect(structureProblems(base, renderReport(base, {appendix: true}))).toEqual([]);
  });

  it('the judge sees each kind of change when it is written raw', () => {
    const raw = renderReport(base, {appendix: true});
    const broken = [
      raw.replace('### Score vs Reality Check\n', '### Score vs Reality Check\n\n>## Evidence Score\n'),
      raw.replace('Timeline:', '* * *\n\nTimeline:'),
      raw.replace('Timeline:', '[x]: /url\n\nTimeline:'),
      raw.replace('Timeline:', '[a](javascript:alert(1))\n\nTimeline:'),
      raw.replace('\nTimeline:', '\n- item\nTimeline:'),
    ];
    expect(broken.map((b) => structureProblems(base, b).length > 0)).toEqual([true, true, true, true, true]);
  });

  it.each(REGRESSIONS)('fixed case: %s = %j', (path, value) => {
    const a = withText(base, path, value);
    expect(structureProblems(a, renderReport(a, {appendix: true}))).toEqual([]);
  });

  it('any mix of structure in any field', () => {
    assertProperty(
      fc.property(arbAssessment({text: fc.array(fc.oneof(structureToken(), fc.string({maxLength: 6})), {maxLength: 6}).map((p) => p.join(''))}), (a) => {
        expect(structureProblems(a, renderReport(a, {appendix: true, allowIncomplete: true}))).toEqual([]);
      }),
      100,
    );
  }, PROPERTY_TIMEOUT);
});
