/**
 * The recogniser of figures stated in prose: what it reads as this role's figures (and what it
 * never reads), its rounding rule, citations of other roles, and its laws: true statements give
 * no finding; changing one input makes exactly the statements whose figure changed stale.
 */
import {readdirSync, readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {METHOD} from '../../src/method/definition.js';
import {fixed} from '../../src/method/format.js';
import {type CitableRole, fixedText, type ProseContext, type ProseStatement, proseReader, recogniseProse, recogniseText} from '../../src/method/prose-figures.js';
import {score} from '../../src/method/score.js';
import type {Assessment} from '../../src/method/types.js';
import {parseReport} from '../../src/report/parse.js';
import {arbAssessment, hostileText} from '../support/arbitraries.js';
import {FIXTURES, readFixture} from '../support/paths.js';
import {assertProperty} from '../support/property.js';

const seed = () => readFixture('model-alignment-researcher.json') as Assessment;
const read = (text: string, a: Assessment = seed(), field = 'commentary.scoreVsReality', roles: CitableRole[] = []) => recogniseText(field, text, a, score(a), {roles});
const kinds = (text: string, a?: Assessment) => read(text, a).map((s) => [s.kind, s.stated, s.status]);

describe('what is read as this role’s figures', () => {
  it('the seed’s phrasings (86.1 GREEN, TR 4.70, 70% at score 1, barriers 4, evidence 8, growth 2)', () => {
    expect(kinds('The 86.1 is honest. The 4.70 Task Resistance exceeds the Safety Researcher (4.60).')).toEqual([
      ['score', '86.1', 'ok'],
      ['taskResistance', '4.70', 'ok'],
    ]);
    expect(kinds('with 70% of task time at Score 1 (irreducible), 0% of task time scoring 3+')).toEqual([
      ['share', '70', 'ok'],
      ['share', '0', 'ok'],
    ]);
    expect(kinds('The slightly lower evidence (8 vs 9) and the higher barriers (4 vs 3).')).toEqual([
      ['evidenceTotal', '8', 'ok'],
      ['barrierTotal', '4', 'ok'],
    ]);
    // The other side of "X vs Y" is the other role's: 9 and 3 are never compared.
    expect(kinds('Lower evidence (9 vs 8).')).toEqual([['evidenceTotal', '9', 'stale']]);
    expect(kinds('Confirmed at +2.', seed())).toEqual([['growth', '+2', 'ok']]);
  });

  it('a figure equal to the computed one is true whatever its form; a stale one is rewritten in the same form', () => {
    expect(kinds('The 4.7 Task Resistance, a Task Resistance of 4.700, evidence (+8 vs 9).')).toEqual([
      ['taskResistance', '4.7', 'ok'],
      ['taskResistance', '4.700', 'ok'],
      ['evidenceTotal', '+8', 'ok'],
    ]);
    const a = seed();
    a.growth.score = 1;
    const [growth] = read('Confirmed at +2.', a, 'growthCheck');
    expect(growth).toMatchObject({status: 'stale', computed: '+1'});
    expect(fixedText('Confirmed at +2.', [growth!])).toBe('Confirmed at +1.');
  });

  it('distance to a threshold: whole points may be rounded or truncated; a decimal must be the distance as shown', () => {
    // 86.1 - 48 = 38.1.
    expect(kinds('38 points above the Green threshold; 38.1 points above the Green threshold; 39 points above the Green threshold; 38.2 points above the Green threshold')).toEqual([
      ['threshold', '38 points above', 'ok'],
      ['threshold', '38.1 points above', 'ok'],
      ['threshold', '39 points above', 'stale'],
      ['threshold', '38.2 points above', 'stale'],
    ]);
    // 38.6 above: "38" (truncated) and "39" (rounded) are both true; "37" is not.
    const a = seed();
    a.override = {score: 86.6, note: 'x'};
    expect(kinds('38 points above the Green threshold, 39 points above the Green threshold, 37 points above the Green threshold', a).map((k) => k[2])).toEqual(['ok', 'ok', 'stale']);
    // The wrong side of the threshold is stale, and the fix names the right one.
    const [below] = read('3 points below the Green threshold');
    expect(below).toMatchObject({status: 'stale', computed: '38 points above'});
    expect(fixedText('3 points below the Green threshold', [below!])).toBe('38 points above the Green threshold');
  });

  it('zone and sub-label, but not in a supposition', () => {
    expect(kinds('This qualifies as Green Zone (Accelerated).', seed())).toEqual([['zone', 'Green Zone (Accelerated)', 'ok']]);
    expect(kinds('This role is Yellow.')).toEqual([['zone', 'Yellow', 'stale']]);
    expect(kinds('If the role is Red, retraining matters; it would stay Green otherwise.')).toEqual([]);
  });

  it('"The 86.1 …" only where the score is spoken of (the override and Score vs Reality Check)', () => {
    expect(read('The 86.1 is honest.', seed(), 'override.note')).toHaveLength(1);
    expect(read('The 2.5 is the average rating on review sites.', seed(), 'evidence.wageTrends.evidence')).toEqual([]);
  });
});

describe('citations of other roles', () => {
  const roles: CitableRole[] = [
    {title: 'AI Safety Researcher', aliases: [], score: 84.0, zone: 'GREEN', source: 'library', id: 'reports/ai-safety-researcher.md'},
    {title: 'Reinforcement Learning Engineer', aliases: [], score: 64.7, zone: 'GREEN', source: 'reference'},
  ];

  it('a role named beside a score is matched by its exact title, and compared with its own figure', () => {
    const [cited] = read('It calibrates against AI Safety Researcher (85.2).', seed(), 'override.note', roles);
    expect(cited).toMatchObject({kind: 'citation', stated: '85.2', computed: '84.0', status: 'stale', cited: {name: 'AI Safety Researcher', title: 'AI Safety Researcher', source: 'library'}});
    expect(fixedText('It calibrates against AI Safety Researcher (85.2).', [cited!])).toBe('It calibrates against AI Safety Researcher (84.0).');
    const [inParens] = read('NOT an AI Safety Researcher (broader scope; scored 85.2 Green).', seed(), 'role.whatThisRoleIsNot', roles);
    expect(inParens).toMatchObject({stated: '85.2 Green', computed: '84.0 Green', status: 'stale'});
  });

  it('a cited zone is checked too, and fixed with the score', () => {
    const yellow: CitableRole[] = [{title: 'AI Safety Researcher', aliases: [], score: 40.0, zone: 'YELLOW', source: 'library'}];
    for (const [text, fixed] of [
      ['Against AI Safety Researcher (85.2 Green) it holds.', 'Against AI Safety Researcher (40.0 Yellow) it holds.'],
      ['NOT an AI Safety Researcher (broad; scored 85.2/100, Green Zone).', 'NOT an AI Safety Researcher (broad; scored 40.0/100, Yellow Zone).'],
    ] as const) {
      const found = read(text, seed(), 'commentary.whoShouldWorry', yellow);
      expect(found.map((s) => [s.stated, s.computed, s.status])).toEqual([['85.2 Green', '40.0 Yellow', 'stale']]);
      expect(fixedText(text, found)).toBe(fixed);
    }
  });

  it('an unmatched name is unverified, never stale, with the one title it most likely means', () => {
    const [rl] = read('closer to an RL Engineer (64.7)', seed(), 'commentary.whoShouldWorry', roles);
    expect(rl).toMatchObject({status: 'unverified', suggestion: 'Reinforcement Learning Engineer'});
    // Once the assessor confirms it, it is checked.
    const a = seed();
    const [confirmed] = recogniseText('commentary.whoShouldWorry', 'closer to an RL Engineer (60.1)', a, score(a), {roles, confirmed: {'rl engineer': 'Reinforcement Learning Engineer'}});
    expect(confirmed).toMatchObject({status: 'stale', computed: '64.7'});
    // A declared name matches too.
    const withAlias = roles.map((r) => (r.title.startsWith('Reinforcement') ? {...r, aliases: ['RL Engineer']} : r));
    expect(read('an RL Engineer (64.7)', seed(), 'commentary.whoShouldWorry', withAlias)[0]).toMatchObject({status: 'ok'});
  });

  it('this role named in its own words is this role’s score', () => {
    const [own] = read('than an Alignment Researcher (80.0)', seed(), 'commentary.whoShouldWorry', roles);
    expect(own).toMatchObject({kind: 'score', stated: '80.0', computed: '86.1', status: 'stale'});
  });
});

/** Prose in other phrasings, full of numbers that are not the method's: none is read as a figure of the method. */
const OTHER_PROSE = [
  'Median pay rose 4.2% in 2024 to $58,400, and the BLS projects 12% growth through 2033. The 2.5 million workers in the occupation are concentrated in 5 states.',
  'Job postings on Indeed fell from 14,200 to 9,850 (-30.6%) between Q1 2023 and Q4 2024, while LinkedIn lists +78% YoY growth for adjacent roles.',
  'Specialists command 25-45% premiums; senior staff earn $160K-$250K base, with total comp of $300K+ at 4-5 labs.',
  'Anthropic observed exposure for this occupation of 34.0% — moderate, predominantly augmentation.',
  'A 2023 survey of 1,200 firms found 61% plan to automate intake within 3 years; 18% already have.',
  'Employers rate the role 4.5 out of 5 on Glassdoor, and 3.8/5 for work-life balance.',
  'Roughly 40% of their time goes to client calls and 20% of the week to travel, according to O*NET task data.',
  'The 1.5 degree target and the EU AI Act (2024/1689) shape demand; Article 14 requires human oversight.',
  'Licensing takes 4 years and 8,000 supervised hours; the exam pass rate is 67.3%.',
  'Union density is 11.2% nationally and 23% in the public sector.',
  'If the role were Red, retraining would be urgent; at 3 points of evidence it would not be.',
  'Each evidence score of 2 reflects growth above 10% a year; a wage trend score of 1 means above inflation.',
  'Model releases every 6 months cut the time per contract review from 45 minutes to 12.',
  'Under the JobZone 48 threshold a role is Yellow; postings in Q4 2024 (12.5) and FY2025 (14.1) were flat.',
];

describe('no false alarm', () => {
  it('on a dozen paragraphs of other prose with numbers that are not the method’s', () => {
    const a = seed();
    for (const text of OTHER_PROSE) {
      for (const field of ['commentary.scoreVsReality', 'evidence.wageTrends.evidence', 'override.note']) {
        expect(recogniseText(field, text, a, score(a), {}), `${field}: ${text}`).toEqual([]);
      }
    }
  });

  it('on the assessments and reports in test/fixtures: nothing stale', () => {
    const jsons = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(jsons.length).toBeGreaterThanOrEqual(3);
    for (const name of jsons) {
      const a = readFixture(name) as Assessment;
      expect(recogniseProse(a, score(a)).filter((s) => s.status === 'stale'), name).toEqual([]);
    }
    const reports = readdirSync(`${FIXTURES}reports`).filter((f) => f.endsWith('.md'));
    for (const name of reports) {
      const {assessment} = parseReport(readFileSync(`${FIXTURES}reports/${name}`, 'utf8'));
      expect(recogniseProse(assessment, score(assessment)).filter((s) => s.status === 'stale'), name).toEqual([]);
    }
  });
});

/** True statements of an assessment's figures, each with the inputs it depends on. */
function trueStatements(a: Assessment): Array<{text: string; depends: string[]}> {
  const c = score(a);
  const out: Array<{text: string; depends: string[]}> = [];
  const all = ['tasks', 'evidence', 'barriers', 'growth'];
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  if (c.score !== null && c.score >= 0 && c.score < 1000) {
    out.push({text: `The ${fixed(c.score, 1)} is honest.`, depends: all});
    const b = c.nextBoundary!;
    out.push({text: `No concern, ${fixed(b.points, 1)} points ${b.direction} the ${b.threshold === METHOD.zones.greenMin ? 'Green' : 'Yellow'} threshold.`, depends: all});
  }
  out.push({text: `The ${fixed(c.taskResistance!, 2)} Task Resistance holds.`, depends: ['tasks']});
  out.push({text: `It has ${c.shareScoring3Plus}% of task time scoring 3+.`, depends: ['tasks']});
  const ones = a.tasks.reduce((s, t) => s + (t.score === 1 ? (t.timePercent as number) : 0), 0);
  out.push({text: `And ${ones}% of task time is irreducible.`, depends: ['tasks']});
  out.push({text: `The barrier score (${c.barrierTotal}/10) stands.`, depends: ['barriers']});
  out.push({text: `The evidence (${c.evidenceTotal} vs 0) stands.`, depends: ['evidence']});
  out.push({text: `A Protective Total of ${c.protectiveTotal}/9 stands.`, depends: ['protective']});
  out.push({text: `The Evidence Modifier (${fixed(c.evidenceModifier!, 2)}) stands.`, depends: ['evidence']});
  out.push({text: `Growth was Confirmed at ${sign(c.growth!)}.`, depends: ['growth']});
  return out;
}

const withProse = (a: Assessment, sentences: string[]): Assessment => ({...a, override: {score: null, note: ''}, commentary: {...a.commentary, scoreVsReality: sentences.join(' ')}});

describe('laws (property tests)', () => {
  const quiet = fc.constant('Plain words.');

  it('a cited name whose words stand apart by more than one space is found where it stands (seed 2076630347)', () => {
    const roles: CitableRole[] = [{title: 'AI Safety Researcher', aliases: [], score: 84.0, zone: 'GREEN', source: 'library'}];
    const text = 'close to  AI  Safety\tResearcher (12.0 Red) here.';
    const a = seed();
    const cited = recogniseText('commentary.scoreVsReality', text, a, score(a), {roles, libraryScores: [90]}).filter((s) => s.kind === 'citation');
    expect(cited).toHaveLength(1);
    expect(text.slice(cited[0]!.at, cited[0]!.at + cited[0]!.text.length)).toBe('AI  Safety\tResearcher (12.0 Red)');
    expect(cited[0]!.cited).toMatchObject({name: 'AI Safety Researcher', title: 'AI Safety Researcher'});
  });

  it('on any text, each statement is where it says, and a fix rewrites only inside it', () => {
    const phrase = fc.constantFrom('The 12.3 is honest', '7 points below the Green threshold', '40% of task time at Score 1', 'Confirmed at -1', 'AI Safety Researcher (12.0 Red)', 'scored 9.9 Yellow', 'evidence (3 vs 4)', 'This role is Red', 'the highest-scoring role');
    const roles: CitableRole[] = [{title: 'AI Safety Researcher', aliases: [], score: 84.0, zone: 'GREEN', source: 'library'}];
    assertProperty(
      fc.property(fc.array(fc.oneof(hostileText(), phrase), {maxLength: 8}), (parts) => {
        const text = parts.join(' ');
        const a = seed();
        for (const s of recogniseText('commentary.scoreVsReality', text, a, score(a), {roles, libraryScores: [90]})) {
          expect(text.slice(s.at, s.at + s.text.length)).toBe(s.text);
          if (s.fix) {
            expect(s.fix.valueAt).toBeGreaterThanOrEqual(s.at);
            expect(s.fix.valueAt + s.fix.length).toBeLessThanOrEqual(s.at + s.text.length);
            const fixed = fixedText(text, [s]);
            expect(fixed.slice(0, s.fix.valueAt)).toBe(text.slice(0, s.fix.valueAt));
            expect(fixed.slice(s.fix.valueAt + s.fix.replacement.length)).toBe(text.slice(s.fix.valueAt + s.fix.length));
          }
        }
      }),
      200,
    );
  });

  it('an assessment whose prose holds true statements of its figures gives no finding, and every one is read', () => {
    assertProperty(
      fc.property(arbAssessment({text: quiet}), (generated) => {
        const base = withProse(generated, []);
        const statements = trueStatements(base);
        const a = withProse(base, statements.map((s) => s.text));
        const found = recogniseProse(a, score(a));
        expect(found.filter((s) => s.status !== 'ok')).toEqual([]);
        expect(found).toHaveLength(statements.length);
      }),
      150,
    );
  });

  it('changing one input makes exactly the statements whose figure changed stale, each depending on that input', () => {
    const inputs = ['tasks', 'evidence', 'barriers', 'growth', 'protective'] as const;
    assertProperty(
      fc.property(arbAssessment({text: quiet}), fc.constantFrom(...inputs), fc.nat(), fc.nat(), (generated, input, pick, shift) => {
        const base = withProse(generated, []);
        const statements = trueStatements(base);
        const a = withProse(base, statements.map((s) => s.text));
        const b: Assessment = structuredClone(a);
        const bump = (value: number, scale: {min: number; max: number}) => scale.min + ((value - scale.min + 1 + (shift % (scale.max - scale.min))) % (scale.max - scale.min + 1));
        if (input === 'tasks') {
          const t = b.tasks[pick % b.tasks.length]!;
          t.score = bump(t.score as number, METHOD.scales.task);
        } else if (input === 'evidence') {
          const e = b.evidence[METHOD.evidenceDimensions[pick % 5]!.key];
          e.score = bump(e.score as number, METHOD.scales.evidence);
        } else if (input === 'barriers') {
          const r = b.barriers[METHOD.barriers[pick % 5]!.key];
          r.score = bump(r.score as number, METHOD.scales.barrier);
        } else if (input === 'growth') {
          b.growth.score = bump(b.growth.score as number, METHOD.scales.growth);
        } else {
          const p = b.protective[METHOD.protectivePrinciples[pick % 3]!.key];
          p.score = bump(p.score as number, METHOD.scales.protective);
        }
        const now = trueStatements(withProse(b, []));
        const found = recogniseProse(b, score(b));
        expect(found).toHaveLength(statements.length);
        const stale = found.map((s) => s.status === 'stale');
        // A statement is stale exactly when its true wording changed (the same statement, at the same place).
        const changed = statements.map((s, i) => now[i]?.text !== s.text);
        if (now.length === statements.length) expect(stale).toEqual(changed);
        statements.forEach((s, i) => {
          if (stale[i]) expect(s.depends).toContain(input);
        });
        // And fixing them gives prose that is true again.
        const repaired = withProse(b, []);
        repaired.commentary.scoreVsReality = fixedText(b.commentary.scoreVsReality, found);
        expect(recogniseProse(repaired, score(repaired)).filter((s) => s.status !== 'ok')).toEqual([]);
      }),
      150,
    );
  });
});

describe('all fields read at once', () => {
  // recogniseProse reads every field in one pass (each field on a line of its own); what it finds
  // must be what reading each field on its own finds, whatever stands at the fields' edges.
  const FIELDS_READ = ['override.note', 'commentary.scoreVsReality', 'commentary.numbersDontCapture', 'commentary.whoShouldWorry'] as const;
  const roles: CitableRole[] = [{title: 'AI Safety Researcher', aliases: [], score: 84.0, zone: 'GREEN', source: 'library'}];
  const piece = fc.oneof(
    hostileText(),
    fc.constantFrom('The 12.3 is honest', 'The 86.1 calibrates', 'AI Safety', 'Researcher (12.0 Red)', 'AI Safety Researcher (84.0)', 'scored 9.9 Yellow', '7 points below the Green threshold', 'This role is Red', 'If', 'the highest-scoring role', 'Confirmed at +2', '(', ')'),
  );

  it('finds in each field what reading that field alone finds', () => {
    assertProperty(
      fc.property(fc.array(fc.array(piece, {maxLength: 4}), {minLength: FIELDS_READ.length, maxLength: FIELDS_READ.length}), (parts) => {
        const a: Assessment = structuredClone(seed());
        const texts = parts.map((p) => p.join(' '));
        a.override = {score: a.override.score, note: texts[0]!};
        a.commentary = {...a.commentary, scoreVsReality: texts[1]!, numbersDontCapture: texts[2]!, whoShouldWorry: texts[3]!};
        const card = score(a);
        const ctx = {roles, libraryScores: [90]};
        const together = recogniseProse(a, card, ctx).filter((s) => (FIELDS_READ as readonly string[]).includes(s.field));
        const alone = FIELDS_READ.flatMap((field, i) => recogniseText(field, texts[i]!, a, card, ctx));
        expect(together).toEqual(alone);
      }),
      200,
    );
  });

  it('a cited name never reaches back into the field before', () => {
    const a: Assessment = structuredClone(seed());
    a.commentary = {...a.commentary, scoreVsReality: 'Closer to AI Safety', numbersDontCapture: 'Researcher (12.0 Red) than most.'};
    const cited = recogniseProse(a, score(a), {roles}).filter((s) => s.kind === 'citation');
    expect(cited).toMatchObject([{field: 'commentary.numbersDontCapture', at: 0, cited: {name: 'Researcher', title: null}}]);
  });
});

describe('proseReader (the wizard’s reader)', () => {
  it('gives what recogniseProse gives, before and after one field or one score changes', () => {
    const read = proseReader();
    const a = seed();
    a.override = {score: null, note: 'The 86.1 calibrates; 70% of task time at Score 1.'};
    expect(read(a, score(a))).toEqual(recogniseProse(a, score(a)));
    const typed = {...a, commentary: {...a.commentary, scoreVsReality: 'The 86.1 is honest.'}};
    expect(read(typed, score(typed))).toEqual(recogniseProse(typed, score(typed)));
    const rescored: Assessment = structuredClone(typed);
    rescored.tasks[0]!.score = 3;
    const again = read(rescored, score(rescored));
    expect(again).toEqual(recogniseProse(rescored, score(rescored)));
    expect(again.filter((s) => s.status === 'stale').map((s) => s.field)).toEqual(['override.note', 'override.note', 'commentary.scoreVsReality']);
  });

  it('follows rows emptied and removed, a title renamed and a new library, as recogniseProse does', () => {
    const read = proseReader();
    const steps: ProseStatement[][] = [];
    // One context object while the library stays, as the wizard keeps it.
    const noLibrary = {};
    const same = (a: Assessment, ctx: ProseContext = noLibrary) => {
      const got = read(a, score(a), ctx);
      expect(got).toEqual(recogniseProse(a, score(a), ctx));
      steps.push(got);
    };
    const a: Assessment = structuredClone(seed());
    a.tasks[0]!.rationale = 'Above an AI Safety Researcher (84.0).';
    a.tasks[1]!.rationale = 'Below an Alignment Researcher (80.0).';
    same(a);
    const emptied: Assessment = structuredClone(a);
    emptied.tasks[0]!.rationale = '';
    same(emptied);
    // The second row's statement now stands at the first row's path.
    same({...a, tasks: a.tasks.slice(1)});
    same(a);
    const library: ProseContext = {roles: [{title: 'AI Safety Researcher', aliases: [], score: 84.0, zone: 'GREEN', source: 'library'}]};
    same(a, library);
    // Renamed, the role no longer names itself in "Alignment Researcher (80.0)".
    same({...a, role: {...a.role, jobTitle: 'Data Entry Clerk'}}, library);
    // Each step read something else: the reader could not have passed on a reading kept from the step before.
    for (let i = 1; i < steps.length; i++) expect(steps[i]).not.toEqual(steps[i - 1]);
  });
});
