/**
 * fast-check generators of assessments, shared by the method, report and store tests.
 */
import fc from 'fast-check';
import {METHOD} from '../../src/method/definition.js';
import {emptyAssessment} from '../../src/method/empty.js';
import type {Assessment, Task} from '../../src/method/types.js';

const scoreIn = (s: {min: number; max: number}) => fc.integer({min: s.min, max: s.max});
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, {nil: null, freq: 3});

/** Whole-percent task times that sum to exactly 100, none of them 0. */
export const taskTimes = (maxTasks = 12): fc.Arbitrary<number[]> =>
  fc
    .integer({min: 1, max: maxTasks})
    .chain((n) => fc.uniqueArray(fc.integer({min: 1, max: 99}), {minLength: n - 1, maxLength: n - 1}))
    .map((cuts) => {
      const points = [0, ...cuts.sort((a, b) => a - b), 100];
      return points.slice(1).map((p, i) => p - (points[i] as number));
    });

/**
 * The pieces of Markdown that could restructure a report from inside a field: headings in
 * containers, thematic breaks, setext underlines, fences, table rows without outer pipes, links
 * and images to other schemes, reference definitions and the references that use them.
 */
export const STRUCTURE_TOKENS = [
  '>## Evidence Score', '> # Title', '> > ### deep', '- ## item heading', '* # star heading', '+ #', '1. # numbered', '2) ## paren',
  '- > # quoted in a list', '>- # list in a quote', '* * *', '***', '___', '_ _ _', '- - -', '---', '===', ' ===', '  ---  ',
  '> ---', '- ===', '```', '~~~', '> ```', 'a | b', '--|--', ':-:|:-:', '|-|', 'x|y', '[x]: /url', '[x]: javascript:alert(1)',
  '[x]', '[x][]', '[t][x]', '[a](javascript:alert(1))', '[a]( javascript:alert(1))', '![i](data:image/png;base64,AA)',
  '[ok](https://example.com)', '<javascript:alert(1)>', '<https://example.com>', 'Timeline: soon', 'Survival strategy:',
  '## Assessor Commentary', 'What This Means', '\n\n', '\n', '\n- ', '\n1. ', '\n> ', '    ', '#', '# ', '\\', '&#35;',
] as const;

/** One piece of structure, for hostileText. */
export const structureToken = (): fc.Arbitrary<string> => fc.constantFrom(...STRUCTURE_TOKENS);

/** Text that tries to break a Markdown report: pipes, breaks, backticks, HTML, emoji, CJK, RTL. */
export const hostileText = (): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.string({maxLength: 12}),
        fc.constantFrom('|', '\\', '\n', '\r\n', '`', '``', '<script>alert(1)</script>', '<br>', '# Heading', '## Evidence Score',
          '- bullet', '* star', '1. one', '&amp;', '&lt;', '🙂', '👩‍🔬', '漢字テスト', 'مرحبا بالعالم', '\u200f', '**bold**', '_x_', '[link](http://x)',
          '| a | b |', '---', '> quote', '    indented', '\t', 'Total', 'Role Definition', 'Evidence Score'),
        structureToken(),
      ),
      {maxLength: 8},
    )
    .map((parts) => parts.join(''));

/** Plain printable text without line breaks, trimmed and non-empty. */
export const plainLine = (): fc.Arbitrary<string> =>
  fc.string({minLength: 1, maxLength: 30}).map((s) => s.replace(/[\r\n]/g, ' ').trim() || 'x');

const taskArb = (time: number, complete: boolean, text: fc.Arbitrary<string>): fc.Arbitrary<Task> =>
  fc.record({
    name: text,
    timePercent: complete ? fc.constant(time) : maybe(fc.constant(time)),
    score: complete ? scoreIn(METHOD.scales.task) : maybe(scoreIn(METHOD.scales.task)),
    label: fc.option(fc.constantFrom(...METHOD.taskLabels), {nil: null}),
    rationale: text,
  });

type Options = {complete?: boolean; text?: fc.Arbitrary<string>};

/** A generated assessment: every score set when `complete`, otherwise any may be null. */
export function arbAssessment({complete = true, text = plainLine()}: Options = {}): fc.Arbitrary<Assessment> {
  const s = (scale: {min: number; max: number}) => (complete ? scoreIn(scale) : maybe(scoreIn(scale)));
  const scored = (scale: {min: number; max: number}) => fc.record({score: s(scale), rationale: text});
  return fc
    .record({
      role: fc.record({
        jobTitle: text,
        seniorityLevel: text,
        primaryFunction: text,
        whatThisRoleIsNot: text,
        typicalExperience: text,
        seniorityNote: text,
      }),
      protective: fc.record({
        embodiedPhysicality: scored(METHOD.scales.protective),
        deepInterpersonalConnection: scored(METHOD.scales.protective),
        goalSettingMoralJudgment: scored(METHOD.scales.protective),
      }),
      growth: scored(METHOD.scales.growth),
      tasks: taskTimes().chain((times) => fc.tuple(...times.map((t) => taskArb(t, complete, text)))),
      reinstatementCheck: text,
      evidence: fc.record({
        jobPostingTrends: fc.record({score: s(METHOD.scales.evidence), evidence: text}),
        companyActions: fc.record({score: s(METHOD.scales.evidence), evidence: text}),
        wageTrends: fc.record({score: s(METHOD.scales.evidence), evidence: text}),
        aiToolMaturity: fc.record({score: s(METHOD.scales.evidence), evidence: text}),
        expertConsensus: fc.record({score: s(METHOD.scales.evidence), evidence: text}),
      }),
      barriers: fc.record({
        reframedQuestion: text,
        regulatoryLicensing: scored(METHOD.scales.barrier),
        physicalPresence: scored(METHOD.scales.barrier),
        unionCollectiveBargaining: scored(METHOD.scales.barrier),
        liabilityAccountability: scored(METHOD.scales.barrier),
        culturalEthical: scored(METHOD.scales.barrier),
      }),
      growthCheck: text,
      override: fc.oneof(
        {weight: 4, arbitrary: fc.record({score: fc.constant(null), note: text})},
        {weight: 1, arbitrary: fc.record({score: fc.integer({min: 0, max: 1000}).map((n) => n / 10), note: text})},
      ),
      commentary: fc.record({scoreVsReality: text, numbersDontCapture: text, whoShouldWorry: text, biggestFactor: text}),
      whatThisMeans: fc.record({roleIn2028: text, survivalStrategy: text, timeline: text}),
    })
    .map((parts) => ({...emptyAssessment(), ...parts}));
}
