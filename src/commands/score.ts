import {score, scorecardJson} from '../method/score.js';
import {parseVector} from '../method/vector.js';
import {readVariants, variantsJson} from '../method/variant-claims.js';
import {scorecardText} from '../terminal/scorecard-text.js';
import {loadProjectConfig, underConfig} from '../config/project-config.js';
import {loadAssessmentUnderConfig} from './support/input.js';
import {CliError, UsageError} from '../io/errors.js';
import {jsonText, terminalSafe} from '../io/terminal-text.js';
import type {CommandContext} from './support/io.js';

type Options = {json?: boolean; vector?: string};

/** `role-wizard score FILE [--json]` or `role-wizard score --vector V`: the scorecard. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [ref] = args;
  if (ref && opts.vector !== undefined) throw new UsageError('score takes a file or --vector, not both');
  if (!ref && opts.vector === undefined) {
    throw new UsageError("score needs an assessment: role-wizard score FILE.json, or role-wizard score --vector 'AIJRI:1.0/...'");
  }
  const assessment =
    opts.vector !== undefined ? underConfig(fromVector(opts.vector), loadProjectConfig(io.cwd)) : (await loadAssessmentUnderConfig(ref as string, io)).assessment;
  const card = score(assessment);
  const variants = variantsJson(assessment, readVariants(assessment, card));
  const variantLines = variants.map((v) => `Variant ${v.name}${v.implied ? ' (implied by the Seniority note)' : ''}: ${v.scorecard.display.scoreShort ?? '—'} ${v.zone ?? '—'}${v.subLabel ? `, ${v.subLabel}` : ''} (${v.whatChanges})\n`);
  io.out(
    opts.json
      ? `${jsonText({...scorecardJson(card), variants})}\n`
      : terminalSafe(`${scorecardText(card, assessment.role.jobTitle || (opts.vector ? 'Score vector' : ''))}Vector: ${card.vector}\n${variantLines.join('')}`),
  );
  return 0;
}

/** The assessment a vector holds, or a CliError pointing at the fault. */
function fromVector(text: string) {
  const r = parseVector(text);
  if (r.ok) return r.assessment;
  const line = text.replace(/[\r\n\t]/g, ' ');
  throw new CliError(`score vector: ${r.message}\n  ${line}\n  ${' '.repeat(r.position - 1)}^`);
}
