/**
 * Reading a Markdown report back into an assessment: the seed's format exactly as it is
 * (plain-line section titles, tables right under them) and our own exports (`#` headings,
 * blank lines, escaped cells). It reads only inputs; the figures a report states are kept,
 * with their lines, for `check`. A report it cannot read throws a ReportError with a place.
 */
import {METHOD} from '../method/definition.js';
import {allowedValue, allowsValue, defaultsProblem, effectiveDefaults, isLabelDefault, METHOD_DEFAULT_KEYS} from '../method/method-defaults.js';
import {emptyAssessment} from '../method/empty.js';
import type {SectionId} from '../method/fields.js';
import type {Assessment, MethodDefaultsOverride, Task} from '../method/types.js';
import {expectTable, readScore, readTaskLabel, readTime, rowsByLabel} from './cells.js';
import {NotAReportError, ReportError} from './errors.js';
import {type Located, type SectionParts, sectionParts} from './parts.js';
import {INDEX_MARKER, type ReportLine, type ScannedReport, scanReport, sectionOf} from './scan.js';
import {decodeEntities, normaliseText, unescapeCell} from './text.js';
import {readVariantTable, type StatedVariant} from './variant-table.js';
import {ALIASES_LINE, CITED_AS_LINE, type LabelKey, LABELS, METHOD_DEFAULTS_LINE, OVERRIDE_NONE, type SubheadingKey, SUBHEADINGS} from './vocabulary.js';

/** A figure as the report states it, where it states it. `field` names it as `check` does. */
export type StatedFigure = {field: string; line: number; stated: string};
/** The Seniority note's line and the variants table's rows, as stated (for `check`'s variant rules). */
export type StatedVariants = {noteLine: number | null; rows: StatedVariant[]};
/**
 * `fieldLines`: the line each text field starts on (its row, label or sub-heading), by dotted
 * path, so that a figure stated in its prose can be found on its line.
 */
export type ParsedReport = {assessment: Assessment; stated: StatedFigure[]; fieldLines: Record<string, number>; variants?: StatedVariants};

const S = METHOD.scales;

function label(parts: SectionParts, key: LabelKey, required = true): Located | null {
  const found = parts.labels.get(key);
  if (!found && required) throw new ReportError(parts.line, parts.title, `the line "${LABELS[key]} …" is missing`);
  return found ?? null;
}

function subheading(parts: SectionParts, key: SubheadingKey): Located {
  const found = parts.subheadings.get(key);
  if (!found) throw new ReportError(parts.line, parts.title, `the sub-heading "${SUBHEADINGS[key]}" is missing`);
  return found;
}

/** Read a report's text into an assessment and the figures it states. */
export function parseReport(text: string): ParsedReport {
  if (text.startsWith(INDEX_MARKER) || text.startsWith(`\ufeff${INDEX_MARKER}`)) throw new NotAReportError('an index written by role-wizard index');
  const scanned = scanReport(text);
  // Not a report at all (a README, notes): none of the ten section titles, no Method notes. One
  // title or more, and the report is read as one: a missing or broken section is an error.
  if (scanned.sections.size === 0 && scanned.appendix.length === 0) throw new NotAReportError("none of the report's sections");
  const a = emptyAssessment();
  const stated: StatedFigure[] = [];
  const fieldLines: Record<string, number> = {};
  const state = (field: string, line: number, value: string | undefined) => {
    const text = decodeEntities(value ?? '').trim();
    stated.push({field, line, stated: text === '—' ? '' : text});
  };
  const parts = (id: SectionId, free = false) => sectionParts(sectionOf(scanned, id), {free, tables: id === 'role' ? 2 : 1});
  const onlyLabels = (p: SectionParts, allowed: LabelKey[], subheadings = false) => {
    for (const [key, at] of p.labels) if (!allowed.includes(key)) throw new ReportError(at.line, p.title, `"${LABELS[key]}" does not belong in this section`);
    if (p.subheadings.size && !subheadings) throw new ReportError([...p.subheadings.values()][0]!.line, p.title, 'a sub-heading that does not belong in this section');
  };

  // 1. Role Definition.
  const role = parts('role');
  onlyLabels(role, ['seniorityNote']);
  const roleRows = rowsByLabel(role, expectTable(role, ['Field', 'Value'])!, ROLE_ROWS.map((r) => r[0]), ROLE_ROWS.map((r) => r[0]));
  for (const [rowLabel, field] of ROLE_ROWS) {
    const row = roleRows.get(rowLabel)!;
    a.role[field] = unescapeCell(row.cells[1] ?? '');
    fieldLines[`role.${field}`] = row.line;
  }
  const note = label(role, 'seniorityNote', false);
  a.role.seniorityNote = note?.text ?? '';
  if (note) fieldLines['role.seniorityNote'] = note.line;
  const variantTable = readVariantTable(role);
  if (variantTable?.variants.length) a.variants = variantTable.variants;

  // 2. Protective Principles + AI Growth Correlation.
  const prot = parts('protective');
  onlyLabels(prot, ['quickScreen']);
  const principleLabels = METHOD.protectivePrinciples.map((p) => p.label as string);
  const protRows = rowsByLabel(prot, expectTable(prot, ['Principle', S.protective.label, 'Rationale'])!, [...principleLabels, 'Protective Total', METHOD.growth.label], [
    ...principleLabels,
    METHOD.growth.label,
  ]);
  for (const p of METHOD.protectivePrinciples) {
    const row = protRows.get(p.label)!;
    a.protective[p.key] = {score: readScore(prot, row, 1, S.protective, `${p.label} score`), rationale: unescapeCell(row.cells[2] ?? '')};
    fieldLines[`protective.${p.key}.rationale`] = row.line;
  }
  const growthRow = protRows.get(METHOD.growth.label)!;
  a.growth = {score: readScore(prot, growthRow, 1, S.growth, 'AI Growth Correlation score'), rationale: unescapeCell(growthRow.cells[2] ?? '')};
  fieldLines['growth.rationale'] = growthRow.line;
  const totalRow = protRows.get('Protective Total');
  if (totalRow) state('protectiveTotal', totalRow.line, totalRow.cells[1]);
  const quick = label(prot, 'quickScreen', false);
  if (quick) state('quickScreen', quick.line, quick.text);

  // 3. Task Decomposition.
  const tasks = parts('tasks');
  onlyLabels(tasks, ['taskResistance', 'split', 'reinstatementCheck']);
  const taskTable = expectTable(tasks, ['Task', 'Time %', S.task.label, 'Weighted', 'Aug/Disp', 'Rationale'])!;
  stated.push({field: 'taskTimeSum', line: taskTable.line, stated: ''});
  taskTable.rows.forEach((row, i) => {
    if ((row.cells[0] ?? '').trim() === 'Total') {
      if (i !== taskTable.rows.length - 1) throw new ReportError(row.line, tasks.title, 'the Total row must be the last row of the task table');
      state('taskTimeTotal', row.line, row.cells[1]);
      state('weightedTotal', row.line, totalRowWeighted(row.cells, row.line, tasks.title));
      return;
    }
    const n = a.tasks.length + 1;
    if (row.cells.length < 6) throw new ReportError(row.line, tasks.title, `task ${n} has ${row.cells.length} cells; expected 6 (Task, Time %, Score, Weighted, Aug/Disp, Rationale)`);
    const task: Task = {
      name: unescapeCell(row.cells[0] as string),
      timePercent: readTime(tasks, row, 1, `Task ${n} time %`),
      score: readScore(tasks, row, 2, S.task, `Task ${n} score`),
      label: readTaskLabel(tasks, row, 4, `Task ${n} Aug/Disp`),
      rationale: unescapeCell(row.cells[5] as string),
    };
    state(`tasks.${n - 1}.weighted`, row.line, row.cells[3]);
    fieldLines[`tasks.${n - 1}.name`] = fieldLines[`tasks.${n - 1}.rationale`] = row.line;
    a.tasks.push(task);
  });
  const tr = label(tasks, 'taskResistance', false);
  if (tr) state('taskResistance', tr.line, tr.text);
  const split = label(tasks, 'split', false);
  if (split) state('split', split.line, split.text.replace(/\.$/, ''));
  const reinstatement = label(tasks, 'reinstatementCheck')!;
  a.reinstatementCheck = reinstatement.text;
  fieldLines.reinstatementCheck = reinstatement.line;

  // 4. Evidence Score.
  const ev = parts('evidence');
  onlyLabels(ev, []);
  const evLabels = METHOD.evidenceDimensions.map((e) => e.label as string);
  const evRows = rowsByLabel(ev, expectTable(ev, ['Dimension', S.evidence.label, 'Evidence'])!, [...evLabels, 'Total'], evLabels);
  for (const e of METHOD.evidenceDimensions) {
    const row = evRows.get(e.label)!;
    a.evidence[e.key] = {score: readScore(ev, row, 1, S.evidence, `${e.label} score`), evidence: unescapeCell(row.cells[2] ?? '')};
    fieldLines[`evidence.${e.key}.evidence`] = row.line;
  }
  const evTotal = evRows.get('Total');
  if (evTotal) state('evidenceTotal', evTotal.line, evTotal.cells[1]);

  // 5. Barrier Assessment.
  const bar = parts('barriers');
  onlyLabels(bar, ['reframedQuestion']);
  const barLabels = METHOD.barriers.map((b) => b.label as string);
  const barRows = rowsByLabel(bar, expectTable(bar, ['Barrier', S.barrier.label, 'Rationale'])!, [...barLabels, 'Total'], barLabels);
  const reframed = label(bar, 'reframedQuestion')!;
  a.barriers.reframedQuestion = reframed.text;
  fieldLines['barriers.reframedQuestion'] = reframed.line;
  for (const b of METHOD.barriers) {
    const row = barRows.get(b.label)!;
    a.barriers[b.key] = {score: readScore(bar, row, 1, S.barrier, `${b.label} score`), rationale: unescapeCell(row.cells[2] ?? '')};
    fieldLines[`barriers.${b.key}.rationale`] = row.line;
  }
  const barTotal = barRows.get('Total');
  if (barTotal) state('barrierTotal', barTotal.line, barTotal.cells[1]);

  // 6. AI Growth Correlation Check: running text of its own.
  const check = parts('growthCheck', true);
  onlyLabels(check, []);
  if (check.table) throw new ReportError(check.table.line, check.title, 'unexpected table');
  a.growthCheck = check.free?.text ?? '';
  if (check.free) fieldLines.growthCheck = check.free.line;

  // 7. JobZone Composite Score: computed only.
  const comp = parts('composite');
  onlyLabels(comp, ['raw', 'score', 'zone']);
  const compTable = expectTable(comp, ['Input', 'Value'], false);
  if (compTable) {
    const rows = rowsByLabel(comp, compTable, COMPOSITE_ROWS.map((r) => r[0]), []);
    for (const [rowLabel, field] of COMPOSITE_ROWS) {
      const row = rows.get(rowLabel);
      if (row) state(field, row.line, row.cells[1]);
    }
  }
  for (const key of ['raw', 'score', 'zone'] as const) {
    const found = label(comp, key, false);
    if (found) state(key, found.line, found.text === '' || found.text === '—' ? '' : `${LABELS[key]} ${found.text}`);
  }

  // 8. Sub-Label Determination, and the assessor override.
  const sub = parts('subLabel');
  onlyLabels(sub, ['override']);
  const subTable = expectTable(sub, ['Metric', 'Value'], false);
  if (subTable) {
    const rows = rowsByLabel(sub, subTable, SUBLABEL_ROWS.map((r) => r[0]), []);
    for (const [rowLabel, field] of SUBLABEL_ROWS) {
      const row = rows.get(rowLabel);
      if (row) state(field, row.line, row.cells[1]);
    }
  }
  const override = label(sub, 'override')!;
  readOverride(a, override, sub, stated);
  fieldLines['override.note'] = override.line;

  // 9. Assessor Commentary.
  const com = parts('commentary');
  onlyLabels(com, ['biggestFactor'], true);
  const commentary = {
    scoreVsReality: subheading(com, 'scoreVsReality'),
    numbersDontCapture: subheading(com, 'numbersDontCapture'),
    whoShouldWorry: subheading(com, 'whoShouldWorry'),
    biggestFactor: label(com, 'biggestFactor')!,
  };
  a.commentary = {
    scoreVsReality: commentary.scoreVsReality.text,
    numbersDontCapture: commentary.numbersDontCapture.text,
    whoShouldWorry: commentary.whoShouldWorry.text,
    biggestFactor: commentary.biggestFactor.text,
  };
  for (const [key, at] of Object.entries(commentary)) fieldLines[`commentary.${key}`] = at.line;

  // 10. What This Means.
  const what = parts('whatThisMeans');
  onlyLabels(what, ['roleIn2028', 'survivalStrategy', 'timeline']);
  for (const key of ['roleIn2028', 'survivalStrategy', 'timeline'] as const) {
    const at = label(what, key)!;
    a.whatThisMeans[key] = at.text;
    fieldLines[`whatThisMeans.${key}`] = at.line;
  }

  const defaults = readMethodDefaults(scanned);
  if (defaults) a.methodDefaults = defaults;
  const aliases = readAliases(scanned);
  if (aliases) a.aliases = aliases;
  const citedAs = readCitedAs(scanned);
  if (citedAs) a.citedAs = citedAs;
  return {assessment: a, stated, fieldLines, variants: {noteLine: note?.line ?? null, rows: variantTable?.stated ?? []}};
}

/**
 * The Weighted total of the task table's Total row, in either form: the reference report's short
 * row (`| Total | 100% | 1.30 |`) or one with a cell under each header (`| Total | 100% | | 1.30 | | |`),
 * which GitHub shows under the right headers. In the long form only Time % and Weighted hold a figure.
 */
function totalRowWeighted(cells: readonly string[], line: number, title: string): string | undefined {
  if (cells.length <= 3) return cells[2];
  const stray = [2, 4, 5].find((i) => (cells[i] ?? '').trim() !== '');
  if (stray !== undefined || cells.length > 6) {
    throw new ReportError(line, title, 'the Total row is "| Total | TIME | WEIGHTED |" or "| Total | TIME | | WEIGHTED | | |": only Time % and Weighted hold a figure');
  }
  return cells[3];
}

const ROLE_ROWS = [
  ['Job Title', 'jobTitle'],
  ['Seniority Level', 'seniorityLevel'],
  ['Primary Function', 'primaryFunction'],
  ['What This Role Is NOT', 'whatThisRoleIsNot'],
  ['Typical Experience', 'typicalExperience'],
] as const;

const COMPOSITE_ROWS = [
  ['Task Resistance Score', 'compositeTaskResistance'],
  ['Evidence Modifier', 'evidenceModifier'],
  ['Barrier Modifier', 'barrierModifier'],
  ['Growth Modifier', 'growthModifier'],
] as const;

const SUBLABEL_ROWS = [
  ['% of task time scoring 3+', 'shareScoring3Plus'],
  ['AI Growth Correlation', 'subLabelGrowth'],
  ['Sub-label', 'subLabel'],
] as const;

const OVERRIDE_NONE_RE = /^None(?:\s*[\u2014\u2013-]\s*formula score accepted)?\.?/i; // — –
const OVERRIDE_SET_RE = /^(\d{1,3}(?:\.\d+)?)\/100 \(formula score ([^)\n]*)\)\.?/;

function readOverride(a: Assessment, at: Located, parts: SectionParts, stated: StatedFigure[]) {
  const none = OVERRIDE_NONE_RE.exec(at.text);
  if (none) {
    a.override = {score: null, note: normaliseText(at.text.slice(none[0].length))};
    return;
  }
  const set = OVERRIDE_SET_RE.exec(at.text);
  const value = set ? Number(set[1]) : Number.NaN;
  if (!set || !(value >= 0 && value <= 100)) {
    throw new ReportError(at.line, parts.title, `"${LABELS.override}" must be followed by "${OVERRIDE_NONE}" or by "SCORE/100 (formula score …)." with a score from 0 to 100`);
  }
  stated.push({field: 'overrideFormulaScore', line: at.line, stated: (set[2] as string).trim()});
  a.override = {score: value, note: normaliseText(at.text.slice(set[0].length))};
}

/** The other names a role is cited by, from its Method notes line "- Also cited as: RL Engineer; RLE." */
function readAliases(scanned: ScannedReport): string[] | null {
  const line = scanned.appendix.find((l: ReportLine) => l.text.trim().startsWith(ALIASES_LINE));
  if (!line) return null;
  const names = decodeEntities(line.text.trim().slice(ALIASES_LINE.length).replace(/\.$/, ''))
    .split(';')
    .map((n) => n.trim())
    .filter(Boolean);
  const long = names.find((n) => n.length > 100);
  if (long) throw new ReportError(line.n, 'Method notes', `the name "${long.slice(0, 40)}…" is over 100 characters`);
  return names.length ? names : null;
}

/** The cited names the assessor confirmed, from the Method notes line "- Cited names confirmed: RL Engineer = Reinforcement Learning Engineer." */
function readCitedAs(scanned: ScannedReport): Record<string, string> | null {
  const line = scanned.appendix.find((l: ReportLine) => l.text.trim().startsWith(CITED_AS_LINE));
  if (!line) return null;
  const out: Record<string, string> = {};
  for (const pair of decodeEntities(line.text.trim().slice(CITED_AS_LINE.length).replace(/\.$/, '')).split(';')) {
    if (pair.trim() === '') continue;
    const m = /^\s*([^=]{1,100}?)\s*=\s*([^=]{1,100}?)\s*$/.exec(pair);
    if (!m) throw new ReportError(line.n, 'Method notes', `cannot read the confirmed name "${pair.trim().slice(0, 40)}": write it as "name = title"`);
    out[m[1] as string] = m[2] as string;
  }
  return Object.keys(out).length ? out : null;
}

// Every form String(number) writes: 40, 0.5, -1, 1e-7, 1.5e+21.
const NUMBER_FORM = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// A label as our appendix writes it: in double quotes (labels hold no quote and no comma).
const LABEL_FORM = /^"([^"]*)"$/;

/** Per-assessment method defaults, from the line our appendix writes for them; each one a value it may take. */
function readMethodDefaults(scanned: ScannedReport): MethodDefaultsOverride | null {
  const line = scanned.appendix.find((l: ReportLine) => l.text.trim().startsWith(METHOD_DEFAULTS_LINE));
  if (!line) return null;
  const out: Record<string, unknown> = {};
  const body = line.text.trim().slice(METHOD_DEFAULTS_LINE.length).replace(/\.$/, '');
  for (const pair of body.split(',')) {
    const m = /^\s*(\w+)\s*=\s*("[^"]*"|\S+)\s*$/.exec(pair);
    const key = METHOD_DEFAULT_KEYS.find((k) => k === m?.[1]);
    const written = m?.[2] as string;
    const label = key && isLabelDefault(key) ? LABEL_FORM.exec(written) : null;
    if (!m || !key || (isLabelDefault(key) ? !label : !NUMBER_FORM.test(written))) {
      throw new ReportError(line.n, 'Method notes', `cannot read the method default "${pair.trim().slice(0, 40)}"`);
    }
    const value = label ? decodeEntities(label[1] as string) : Number(written);
    if (!allowsValue(key, value)) {
      const what = isLabelDefault(key) ? 'not allowed' : 'out of range';
      throw new ReportError(line.n, 'Method notes', `the method default "${key} = ${written.slice(0, 70)}" is ${what}: ${key} is ${allowedValue(key)}`);
    }
    out[key] = value;
  }
  const problem = defaultsProblem(effectiveDefaults(out as MethodDefaultsOverride));
  if (problem) throw new ReportError(line.n, 'Method notes', `the method default "${problem.key}": ${problem.message}`);
  return out as MethodDefaultsOverride;
}
