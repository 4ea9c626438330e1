/**
 * What the report template shows, every value already escaped for its place: user text as a
 * table cell or as running text (text.ts), figures as score(a).display writes them. Nothing
 * here computes a figure.
 */
import {METHOD} from '../method/definition.js';
import {score, type Scorecard} from '../method/score.js';
import {effectiveDefaults, suggestedLabelOf} from '../method/method-defaults.js';
import type {Assessment} from '../method/types.js';
import type {Problem} from '../method/validate.js';
import {escapeBlock, escapeCell, escapeInline, neutraliseLine} from './text.js';
import {variantTableView} from './variant-table.js';
import {classifyLine, METHOD_DEFAULTS_LINE, OVERRIDE_NONE, UNTITLED} from './vocabulary.js';

export type ReportOptions = {
  /** Export an unfinished assessment, with a "Draft — incomplete" notice listing what is missing. */
  allowIncomplete?: boolean;
  /** Add a Mermaid pie chart of the task-time split. */
  mermaid?: boolean;
  /** Add the "Method notes" section (method, version, the defaults that decided something). */
  appendix?: boolean;
  /** A one-line score vector, shown in the appendix when given. */
  vector?: string | undefined;
  /** A calibration line, shown in the appendix when given. */
  calibration?: string | undefined;
};

const NONE = '—';
const num = (v: number | null) => (v === null ? NONE : String(v));
const oneLine = (s: string) => escapeInline(s.replace(/\s*[\r\n]+\s*/g, ' '));

/** The template's view of an assessment. `missing`: the problems that keep it unfinished. */
export function reportView(a: Assessment, options: ReportOptions, missing: Problem[]) {
  const card = score(a);
  const d = card.display;
  const figure = (s: string | null) => escapeInline(s ?? NONE);
  return {
    title: titleLine(a.role.jobTitle),
    draft: missing.length ? {missing: missing.map((p) => oneLine(p.message))} : null,
    role: {
      jobTitle: escapeCell(a.role.jobTitle),
      seniorityLevel: escapeCell(a.role.seniorityLevel),
      primaryFunction: escapeCell(a.role.primaryFunction),
      whatThisRoleIsNot: escapeCell(a.role.whatThisRoleIsNot),
      typicalExperience: escapeCell(a.role.typicalExperience),
      seniorityNote: escapeBlock(a.role.seniorityNote),
    },
    variantTable: variantTableView(a),
    protective: METHOD.protectivePrinciples.map((p) => ({
      label: p.label,
      score: num(a.protective[p.key].score),
      rationale: escapeCell(a.protective[p.key].rationale),
    })),
    growth: {score: num(a.growth.score), rationale: escapeCell(a.growth.rationale)},
    figures: {
      protectiveTotal: figure(d.protectiveTotal),
      quickScreen: figure(d.quickScreen),
      taskTimeTotal: figure(d.taskTimeTotal),
      weightedTotal: figure(d.weightedTotal),
      taskResistance: figure(d.taskResistance),
      taskResistanceShort: figure(d.taskResistanceShort),
      split: figure(d.split),
      evidenceTotal: figure(d.evidenceTotal),
      barrierTotal: figure(d.barrierTotal),
      evidenceModifier: figure(d.evidenceModifier),
      barrierModifier: figure(d.barrierModifier),
      growthModifier: figure(d.growthModifier),
      raw: figure(d.raw ?? `Raw: ${NONE}`),
      score: figure(d.score ?? `JobZone Score: ${NONE}`),
      zone: figure(d.zone ?? `Zone: ${NONE}`),
      shareScoring3Plus: figure(d.shareScoring3Plus),
      subLabel: figure(d.subLabel),
    },
    tasks: a.tasks.map((t, i) => ({
      name: taskNameCell(t.name),
      time: t.timePercent === null ? NONE : `${t.timePercent}%`,
      score: num(t.score),
      weighted: figure(card.tasks[i]?.weightedDisplay ?? null),
      label: card.tasks[i]?.label ?? NONE,
      rationale: escapeCell(t.rationale),
    })),
    chart: options.mermaid && card.split ? card.split : null,
    reinstatementCheck: escapeBlock(a.reinstatementCheck),
    evidence: METHOD.evidenceDimensions.map((e) => ({label: e.label, score: num(a.evidence[e.key].score), text: escapeCell(a.evidence[e.key].evidence)})),
    reframedQuestion: escapeBlock(a.barriers.reframedQuestion),
    barriers: METHOD.barriers.map((b) => ({label: b.label, score: num(a.barriers[b.key].score), text: escapeCell(a.barriers[b.key].rationale)})),
    growthCheck: escapeBlock(a.growthCheck),
    override: overrideLine(a, card),
    commentary: {
      scoreVsReality: escapeBlock(a.commentary.scoreVsReality),
      numbersDontCapture: escapeBlock(a.commentary.numbersDontCapture),
      whoShouldWorry: escapeBlock(a.commentary.whoShouldWorry),
      biggestFactor: escapeBlock(a.commentary.biggestFactor),
    },
    whatThisMeans: {
      roleIn2028: escapeBlock(a.whatThisMeans.roleIn2028),
      survivalStrategy: escapeBlock(a.whatThisMeans.survivalStrategy),
      timeline: escapeBlock(a.whatThisMeans.timeline),
    },
    appendix: options.appendix
      ? {
          name: METHOD.name,
          title: METHOD.title,
          version: METHOD.version,
          defaults: defaultsShown(a, card).map(escapeInline),
          aliases: a.aliases?.length ? escapeInline(a.aliases.join('; ')) : null,
          citedAs: a.citedAs && Object.keys(a.citedAs).length ? escapeInline(Object.entries(a.citedAs).map(([name, title]) => `${name} = ${title}`).join('; ')) : null,
          vector: options.vector ? oneLine(options.vector) : null,
          calibration: options.calibration ? oneLine(options.calibration) : null,
        }
      : null,
  };
}

/** The report's top heading: the job title, kept from reading as a section, sub-heading or closing `#`s. */
function titleLine(jobTitle: string): string {
  const title = oneLine(jobTitle) || UNTITLED;
  const shown = classifyLine(`# ${title}`).kind === 'heading' ? title : neutraliseLine(title);
  // A closing run of `#` after a space is not part of an ATX heading's text: its first is written as an entity.
  return shown.replace(/(\s)#(#*)$/, '$1&#35;$2');
}

/** A task named "Total" would read as the table's total row: its first letter is written as an entity. */
function taskNameCell(name: string): string {
  const cell = escapeCell(name);
  return cell.trim() === 'Total' ? cell.replace('T', '&#84;') : cell;
}

/** "None — formula score accepted. <note>", or the override beside the formula's score. */
function overrideLine(a: Assessment, card: Scorecard): string {
  const note = escapeBlock(a.override.note);
  const head = card.overridden ? `${card.display.scoreShort} (formula score ${card.display.formulaScoreShort ?? NONE}).` : OVERRIDE_NONE;
  return note ? `${head} ${note}` : head;
}

/** The documented defaults (METHODOLOGY §3) that decided something this report shows. */
function defaultsShown(a: Assessment, card: Scorecard): string[] {
  const own = a.methodDefaults ?? {};
  const d = effectiveDefaults(a.methodDefaults);
  const sub = METHOD.subLabels;
  const lines: string[] = [];
  if (card.quickScreen !== null) {
    lines.push(
      `Quick screen (a default): Protective Total + Growth of ${d.quickScreenGreenMin} or more is ${d.quickScreenGreen} (${d.quickScreenGreenAccelerated} when Growth is ${sub.accelerated.growth}), ${d.quickScreenYellowMin} or more ${d.quickScreenYellow}, less ${d.quickScreenRed}.`,
    );
  }
  const suggested = card.tasks.flatMap((t, i) => (t.labelIsSuggested ? [`Task ${i + 1}`] : []));
  if (suggested.length) {
    const rule = [1, 2, 3, 4, 5].map((s) => `${s} → ${suggestedLabelOf(s, d)}`).join(', ');
    lines.push(`Aug/Disp label suggested from the task's score (a default: ${rule}) for: ${suggested.join(', ')}.`);
  }
  if (card.zone === 'GREEN' && card.subLabel !== null && card.subLabel !== sub.accelerated.name) {
    lines.push(`Green sub-label (a default): ${d.subLabelGreenTransforming} when ${d.greenTransformingShare}% or more of task time scores ${sub.highScoreFrom}+, else ${d.subLabelGreenStable}.`);
  }
  if (card.zone === 'YELLOW' && card.subLabel !== null) {
    lines.push(`Yellow sub-label (a default): ${d.subLabelYellowUrgent} when ${d.yellowUrgentShare}% or more of task time scores ${sub.highScoreFrom}+, else ${d.subLabelYellowModerate}.`);
  }
  if (card.zone === 'RED') lines.push(d.subLabelRed ? `Red sub-label (a default): ${d.subLabelRed}.` : 'Red has no sub-label (a default).');
  if (card.overridden) lines.push('The zone follows the assessor override (a default).');
  const set = Object.entries(own).filter(([, v]) => v !== undefined);
  if (set.length) lines.push(`${METHOD_DEFAULTS_LINE.slice(2)} ${set.map(([k, v]) => `${k} = ${typeof v === 'string' ? `"${v}"` : v}`).join(', ')}.`);
  return lines;
}
