/**
 * Checking a report's arithmetic: every figure it states, against the figure the method
 * computes from the report's own inputs. Figures are compared in their written forms; a figure
 * written with other decimals ("0.3" for "0.30") is the same figure.
 *
 * A figure that contradicts the method's arithmetic (or task times that do not sum to 100) is an
 * error (rule `seed`). A figure that differs only from one of this project's documented defaults
 * (METHODOLOGY §3: sub-labels other than Green (Accelerated), the quick-screen wording and bands,
 * the suggested Aug/Disp label) follows other conventions and is a warning (rule `default`),
 * unless the team's config sets that rule to "off" or "error".
 */
import {DEFAULT_RULES, type DefaultRule, METHOD, METHOD_DEFAULTS, type MethodDefaults, type RuleLevel} from '../../method/definition.js';
import {suggestedLabelOf, underDefaults} from '../../method/method-defaults.js';
import {score, type Scorecard} from '../../method/score.js';
import type {Assessment} from '../../method/types.js';
import type {ParsedReport, StatedFigure} from '../parse.js';
import {VARIANT_CLAIMS_KEYS, VARIANT_CLAIMS_RULE_TEXT, variantDiscrepancies} from './variant-check.js';

export type Severity = 'error' | 'warning';

export type Discrepancy = {
  field: string;
  line: number;
  stated: string;
  expected: string;
  severity: Severity;
  /** `seed`: the method's arithmetic; `default`: one of the documented defaults. */
  rule: 'seed' | 'default';
  /** Which default rule, when `rule` is `default`. */
  defaultRule?: DefaultRule;
  /** For a figure stated in prose: the words that state it. */
  text?: string;
};

/** A team's conventions, as check applies them (the project config's values, passed in). */
export type CheckConventions = {
  methodDefaults: MethodDefaults;
  rules: Record<DefaultRule, RuleLevel>;
  /** The config file that states them, for messages; null (or absent) for the built-in defaults. */
  file?: string | null;
};

export const BUILT_IN_CONVENTIONS: CheckConventions = {
  file: null,
  methodDefaults: METHOD_DEFAULTS,
  rules: Object.fromEntries(Object.keys(DEFAULT_RULES).map((k) => [k, 'warn'])) as Record<DefaultRule, RuleLevel>,
};

const NONE = '—';

/** What the method says a stated field should read, in the report's written form. */
function expectedOf(field: string, card: Scorecard, a: Assessment): string | null {
  const d = card.display;
  const task = /^tasks\.(\d+)\.weighted$/.exec(field);
  if (task) return card.tasks[Number(task[1])]?.weightedDisplay ?? null;
  switch (field) {
    case 'protectiveTotal':
    case 'quickScreen':
    case 'taskTimeTotal':
    case 'weightedTotal':
    case 'taskResistance':
    case 'split':
    case 'evidenceTotal':
    case 'barrierTotal':
    case 'evidenceModifier':
    case 'barrierModifier':
    case 'growthModifier':
    case 'raw':
    case 'score':
    case 'zone':
    case 'shareScoring3Plus':
    case 'subLabel':
      return d[field];
    case 'compositeTaskResistance':
      return d.taskResistanceShort;
    case 'subLabelGrowth':
      return a.growth.score === null ? null : String(a.growth.score);
    case 'overrideFormulaScore':
      return d.formulaScoreShort;
    default:
      return null;
  }
}

// Spaces aside, and the signs a person types for the same operation (× * · for x, − – for -).
const words = (s: string) => s.replace(/\s+/g, ' ').trim();
const glyphs = (s: string) => s.replace(/[\u00d7*\u00b7]/g, 'x').replace(/[\u2212\u2013]/g, '-').replace(/\s*([-+x=/()])\s*/g, '$1'); // × · − –
const NUMBER = /[+-]?(?:\d+(?:\.\d+)?|\.\d+)/g;

/**
 * Same figure: the same words, and the same numbers whatever their form ("0.240" is 0.24,
 * "-0" is 0, "+8" is 8, ".24" is 0.24): a figure equal to the method's is never wrong.
 */
function sameFigure(field: string, stated: string, expected: string): boolean {
  if (stated === expected) return true;
  let s = words(stated);
  let e = words(expected);
  if (field === 'zone') [s, e] = [s.split(' ')[1] ?? '', e.split(' ')[1] ?? ''];
  if (field === 'subLabel') [s, e] = [s.split(' — ')[0] ?? '', e.split(' — ')[0] ?? ''];
  if (s === e) return true;
  [s, e] = [glyphs(s), glyphs(e)];
  if (s.replace(NUMBER, '#').toLowerCase() !== e.replace(NUMBER, '#').toLowerCase()) return false;
  const sn = s.match(NUMBER) ?? [];
  const en = e.match(NUMBER) ?? [];
  return sn.length === en.length && sn.every((n, i) => Number(n) === Number(en[i]));
}

type Found = Omit<Discrepancy, 'severity' | 'rule' | 'defaultRule'>;

const seed = (d: Found): Discrepancy => ({...d, severity: 'error', rule: 'seed'});
const byDefault = (d: Found, rule: DefaultRule): Discrepancy => ({...d, severity: 'warning', rule: 'default', defaultRule: rule});

const QUICK_SCREEN_SUMS = /Protective\s+(-?\d+)\s*\+\s*Correlation\s+(-?\d+)/i;

/** A quick-screen line is wrong when its sums are; its wording and band are the default's. */
function quickScreenRule(d: Found, card: Scorecard): Discrepancy {
  const sums = QUICK_SCREEN_SUMS.exec(d.stated);
  if (sums && (Number(sums[1]) !== card.protectiveTotal || Number(sums[2]) !== card.growth)) return seed(d);
  return byDefault(d, 'quickScreen');
}

const ACCELERATED = /accelerated/i;

/** The zone a stated sub-label names: its first word ("None" and "Red" name Red). */
function subLabelZone(text: string): string {
  const first = (/^[A-Za-z]+/.exec(text.trim())?.[0] ?? '').toUpperCase();
  return first === 'NONE' || first === '' ? 'RED' : first;
}

/**
 * A sub-label is wrong when it names another zone than the score's, or when Accelerated (the
 * seed's rule: Growth 2 and a Green score) is claimed or missed; other differences are the default's.
 */
function subLabelRule(d: Found, card: Scorecard): Discrepancy {
  if (d.expected === NONE || card.zone === null) return seed(d);
  const stated = d.stated === NONE ? '' : d.stated;
  if (ACCELERATED.test(stated) !== (card.subLabel === METHOD.subLabels.accelerated.name)) return seed(d);
  if (subLabelZone(stated) !== card.zone) return seed(d);
  return byDefault(d, 'subLabel');
}

function compare(figure: StatedFigure, card: Scorecard, a: Assessment): Discrepancy | null {
  if (figure.field === 'taskTimeSum') {
    if (a.tasks.length === 0 || card.taskTimeOk) return null;
    return seed({field: 'taskTimeSum', line: figure.line, stated: card.display.taskTimeTotal, expected: '100%'});
  }
  const expected = expectedOf(figure.field, card, a) ?? NONE;
  const stated = figure.stated === '' ? NONE : figure.stated;
  if (stated === NONE && expected === NONE) return null;
  if (stated !== NONE && expected !== NONE && sameFigure(figure.field, stated, expected)) return null;
  const found: Found = {field: figure.field, line: figure.line, stated, expected};
  switch (figure.field) {
    case 'quickScreen':
      return quickScreenRule(found, card);
    case 'subLabel':
      return subLabelRule(found, card);
    case 'split':
      // Computed from the labels: from the suggested ones when the report leaves a label blank.
      return a.tasks.some((t) => t.label === null) ? byDefault(found, 'taskLabel') : seed(found);
    default:
      return seed(found);
  }
}

/** Apply the team's level for a default rule: drop it ("off"), keep it a warning, or make it an error. */
function leveled(d: Discrepancy, rules: CheckConventions['rules']): Discrepancy | null {
  if (d.rule !== 'default' || !d.defaultRule) return d;
  const level = rules[d.defaultRule];
  if (level === 'off') return null;
  return level === 'error' ? {...d, severity: 'error'} : d;
}

/** The scorecard of a parsed report, and each stated figure that differs from it, by line. */
export function checkParsedReport(
  parsed: ParsedReport,
  conventions: CheckConventions = BUILT_IN_CONVENTIONS,
): {card: Scorecard; discrepancies: Discrepancy[]} {
  const a = underDefaults(parsed.assessment, conventions.methodDefaults);
  const card = score(a);
  const discrepancies: Discrepancy[] = [];
  for (const figure of parsed.stated) {
    const found = compare(figure, card, a);
    const kept = found && leveled(found, conventions.rules);
    if (kept) discrepancies.push(kept);
  }
  discrepancies.push(...variantDiscrepancies(parsed, a, card).flatMap((d) => leveled(d, conventions.rules) ?? []));
  discrepancies.sort((x, y) => x.line - y.line);
  return {card, discrepancies};
}

/** A default rule as the conventions set it, in words: the names and thresholds a report is checked against. */
export function defaultRuleText(rule: DefaultRule, conventions: CheckConventions = BUILT_IN_CONVENTIONS): string {
  const d = conventions.methodDefaults;
  const from = METHOD.subLabels.highScoreFrom;
  switch (rule) {
    case 'subLabel':
      return (
        `${d.subLabelGreenTransforming} when ${d.greenTransformingShare}% or more of task time scores ${from}+, else ${d.subLabelGreenStable}; ` +
        `${d.subLabelYellowUrgent} from ${d.yellowUrgentShare}%, else ${d.subLabelYellowModerate}; ${d.subLabelRed || 'none'} for Red`
      );
    case 'quickScreen':
      return (
        `Protective Total + Growth of ${d.quickScreenGreenMin} or more is "${d.quickScreenGreen}" ("${d.quickScreenGreenAccelerated}" when Growth is ${METHOD.subLabels.accelerated.growth}), ` +
        `${d.quickScreenYellowMin} or more "${d.quickScreenYellow}", less "${d.quickScreenRed}"`
      );
    case 'taskLabel':
      return `a blank Aug/Disp label is ${[1, 2, 3, 4, 5].map((n) => `${n} → ${suggestedLabelOf(n, d)}`).join(', ')}`;
    case 'variantClaims':
      return VARIANT_CLAIMS_RULE_TEXT;
    case 'proseFigures':
      return 'a figure of this role stated in prose, or a score cited from another role, is the figure as computed now';
  }
}

/** The method defaults each default rule reads. */
const RULE_DEFAULT_KEYS: Record<DefaultRule, ReadonlyArray<keyof MethodDefaults>> = {
  subLabel: ['subLabelGreenTransforming', 'subLabelGreenStable', 'subLabelYellowUrgent', 'subLabelYellowModerate', 'subLabelRed', 'greenTransformingShare', 'yellowUrgentShare'],
  quickScreen: ['quickScreenGreen', 'quickScreenGreenAccelerated', 'quickScreenYellow', 'quickScreenRed', 'quickScreenGreenMin', 'quickScreenYellowMin'],
  taskLabel: ['suggestedLabel1', 'suggestedLabel2', 'suggestedLabel3', 'suggestedLabel4', 'suggestedLabel5'],
  // A variant's claim and a figure in prose are read against the figures, which no method default words.
  variantClaims: [],
  proseFigures: [],
};

/**
 * What to change to follow a team's own convention for a default rule, in one line: the rule as
 * the conventions set it (and where: the config file, or built in), and the keys that change it.
 */
export function defaultRuleHint(rule: DefaultRule, conventions: CheckConventions = BUILT_IN_CONVENTIONS): string {
  const keys: Record<DefaultRule, string> = {
    subLabel: 'methodDefaults.subLabelGreenTransforming / subLabelGreenStable / subLabelYellowUrgent / subLabelYellowModerate / subLabelRed / greenTransformingShare / yellowUrgentShare',
    quickScreen: 'methodDefaults.quickScreenGreen / quickScreenGreenAccelerated / quickScreenYellow / quickScreenRed / quickScreenGreenMin / quickScreenYellowMin',
    taskLabel: 'an Aug/Disp label on every task, methodDefaults.suggestedLabel1 … suggestedLabel5',
    variantClaims: VARIANT_CLAIMS_KEYS,
    proseFigures: '',
  };
  // A config file is named only when it changes what the rule says (a `{}` config sets nothing).
  const fromFile = conventions.file && RULE_DEFAULT_KEYS[rule].some((k) => conventions.methodDefaults[k] !== METHOD_DEFAULTS[k]);
  const where = fromFile ? `as set in ${conventions.file}` : 'built in';
  if (rule === 'proseFigures') return `rule "${rule}": ${defaultRuleText(rule, conventions)} (${where}); 'role-wizard check --fix' rewrites each stale figure, or set "rules": {"${rule}": "off"} in role-wizard.config.json`;
  return `default rule "${rule}": ${defaultRuleText(rule, conventions)} (${where}); to follow your own convention set ${keys[rule]}, or "rules": {"${rule}": "off"}, in role-wizard.config.json`;
}
