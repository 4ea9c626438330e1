/**
 * The reader accepts the GFM a person may write for the same report: table rows without outer
 * pipes, setext headings, emphasis around a heading's text. remark + remark-gfm judge that each
 * rewritten report means the same as the original to GitHub; the reader must then read the same
 * assessment and check it clean.
 */
import {readFileSync} from 'node:fs';
import {remark} from 'remark';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {checkParsedReport} from '../../src/report/check/check.js';
import {parseReport} from '../../src/report/parse.js';
import {renderReport} from '../../src/report/render.js';
import {readFixture, SEED_REPORT, seedAvailable} from '../support/paths.js';

type Node = {type: string; depth?: number; value?: string; children?: Node[]};
const gfm = remark().use(remarkGfm).freeze();
const all = (node: Node, type: string): Node[] => [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((c) => all(c, type))];
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');

/** What GitHub shows of a report's structure: each heading's level and text, each table's cells. */
function meaning(markdown: string) {
  const tree = gfm.parse(markdown) as unknown as Node;
  return {
    headings: all(tree, 'heading').map((h) => [h.depth, text(h)]),
    tables: all(tree, 'table').map((t) => t.children!.map((row) => row.children!.map(text))),
  };
}

/** Table lines without their outer pipes. */
const withoutOuterPipes = (md: string) =>
  md.replace(/^\|(.*)$/gm, (_m, rest: string) => (/[^|\s\\]\s*\|\s*$/.test(rest) ? rest.replace(/\|\s*$/, '') : rest));
/** `## Title` as `Title` over `===`, `### Sub` over `---`. */
const setext = (md: string) => md.replace(/^## (.+)$/gm, (_m, t: string) => `${t}\n${'='.repeat(t.length)}`).replace(/^### (.+)$/gm, (_m, t: string) => `${t}\n---`);
/** `## **Title**`. */
const emphasised = (md: string) => md.replace(/^(#{2,3}) (.+)$/gm, '$1 **$2**');

// The title stays an ATX `#` heading; `##` become `===` (level 1) and `###` become `---` (level 2).
const levelsAsSetext = (m: ReturnType<typeof meaning>) => ({...m, headings: m.headings.map(([d, t]) => [d === 1 || d === 2 ? 1 : 2, t])});

describe('the reader reads what GitHub reads', () => {
  const a = readFixture('model-alignment-researcher.json') as Assessment;
  const original = renderReport(a, {appendix: true});
  const expected = parseReport(original).assessment;

  const cases: Array<[string, string, ReturnType<typeof meaning>]> = [
    ['tables without outer pipes', withoutOuterPipes(original), meaning(original)],
    ['setext headings', setext(original), levelsAsSetext(meaning(original))],
    ['emphasis around a heading', emphasised(original), meaning(original)],
    ['all three at once', setext(withoutOuterPipes(emphasised(original))), levelsAsSetext(meaning(original))],
  ];

  it.each(cases)('%s: GitHub sees the same report, and so does import and check', (_name, rewritten, gitHubSees) => {
    expect(rewritten).not.toBe(original);
    expect(meaning(rewritten)).toEqual(gitHubSees);
    const parsed = parseReport(rewritten);
    expect(parsed.assessment).toEqual(expected);
    expect(checkParsedReport(parsed).discrepancies).toEqual([]);
  });

  it('a thematic break between sections is read as the blank it is', () => {
    const ruled = original.replace(/\n## /g, '\n---\n\n## ').replace(/\n\n---\n\n## Role/, '\n## Role');
    expect(meaning(ruled)).toEqual(meaning(original));
    expect(parseReport(ruled).assessment).toEqual(expected);
  });

  it.skipIf(!seedAvailable)('the reference report without outer pipes: "Seniority note:" right after a table stays a line of its own', () => {
    const seed = readFileSync(SEED_REPORT, 'utf8');
    const rewritten = withoutOuterPipes(seed);
    expect(rewritten).not.toBe(seed);
    const parsed = parseReport(rewritten);
    expect(parsed.assessment).toEqual(parseReport(seed).assessment);
    expect(parsed.assessment.role.seniorityNote).not.toBe('');
    // The same findings as the seed as written: no error, the note's one variant claim.
    expect(checkParsedReport(parsed).discrepancies).toEqual(checkParsedReport(parseReport(seed)).discrepancies);
    expect(checkParsedReport(parsed).discrepancies.map((d) => [d.severity, d.defaultRule])).toEqual([['warning', 'variantClaims']]);
  });
});
