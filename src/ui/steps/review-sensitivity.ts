/**
 * The Review step's sensitivity: the smallest single-input changes that move the zone up or
 * down or change the sub-label, and the inputs the score is most sensitive to. Every figure
 * comes from sensitivity() (method/sensitivity.ts); this file only words it for a few lines.
 */
import {fixed} from '../../method/format.js';
import type {Change, Sensitivity} from '../../method/sensitivity.js';
import {shortLabel} from '../pane/calibration.js';

export type ReviewLine = {text: string; dim?: boolean; bold?: boolean};

/** Changes shown per kind (zone up, zone down, sub-label); the rest are counted. */
const PER_KIND = 2;
/** Inputs named on the "most sensitive" line. */
const TOP_INPUTS = 4;

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${fixed(Math.abs(n), 2)}`;
const LEAD = 13;

function kindLines(name: string, changes: Change[], none: string): ReviewLine[] {
  const head = `  ${`${name}:`.padEnd(LEAD - 2)}`;
  const pad = ' '.repeat(LEAD);
  if (changes.length === 0) return [{text: `${head}${none}`}];
  const lines = changes.slice(0, PER_KIND).map((c, i) => ({text: `${i ? pad : head}${shortLabel(c.text)}`}));
  const more = changes.length - PER_KIND;
  if (more > 0) lines.push({text: `${pad}… ${more} more (role-wizard sensitivity lists them all)`, dim: true} as ReviewLine);
  return lines;
}

/** The sensitivity of the assessment as lines for the review step, most telling first. */
export function sensitivityLines(s: Sensitivity): ReviewLine[] {
  if (!s.ok) return [{text: 'Sensitivity', bold: true}, {text: `  None yet: ${s.reason}.`, dim: true}];
  const override = s.override ? `; the override ${fixed(s.override.score, 1)} ${s.override.zone} counts` : '';
  const {lowest, highest} = s.extremes;
  const out: ReviewLine[] = [
    {text: `Sensitivity — smallest single-input changes (formula ${fixed(s.score, 1)} ${s.zone}${override})`, bold: true},
    ...kindLines('Zone up', s.zoneUp, highest ? `none (highest one input reaches: ${shortLabel(highest.text)})` : 'none'),
    ...kindLines('Zone down', s.zoneDown, lowest ? `none (lowest one input reaches: ${shortLabel(lowest.text)})` : 'none'),
    ...kindLines('Sub-label', s.subLabelChanges, 'no single input changes it within the zone'),
  ];
  const top = s.ranking
    .filter((r) => Math.abs(r.pointsPerStep) >= 0.005)
    .slice(0, TOP_INPUTS)
    .map((r) => `${shortLabel(r.label)} ${signed(r.pointsPerStep)}`);
  if (top.length) out.push({text: `  Most sensitive: ${top.join(' · ')} (points a step)`});
  return out;
}
