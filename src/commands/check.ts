/**
 * `role-wizard check REPORT.md [MORE.md ...] [--json]`: recompute each report's figures from
 * its own inputs and list every stated figure that differs. Loads neither zod nor the template
 * engine nor any UI, so that it checks over a thousand reports a second.
 */
import {type Scorecard, scorecardJson} from '../method/score.js';
import {checkParsedReport, type Discrepancy} from '../report/check.js';
import {describeField} from '../report/describe.js';
import {readReport} from '../report/read-file.js';
import {resolve} from 'node:path';
import {CliError, UsageError} from '../io/errors.js';
import {jsonText, terminalSafe} from '../io/terminal-text.js';
import type {CommandContext} from './io.js';

type Options = {json?: boolean};

type FileResult =
  | {file: string; ok: boolean; card: Scorecard; discrepancies: Discrepancy[]}
  | {file: string; ok: false; error: string; card: null; discrepancies: []};

function checkFile(file: string, cwd: string): FileResult {
  try {
    const parsed = readReport(resolve(cwd, file), file);
    const {card, discrepancies} = checkParsedReport(parsed);
    return {file, ok: discrepancies.length === 0, card, discrepancies};
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return {file, ok: false, error: error.message, card: null, discrepancies: []};
  }
}

function describe(result: FileResult): string {
  if ('error' in result) return `${result.file}: cannot check: ${result.error}\n`;
  const c = result.card;
  const summary = `${c.display.scoreShort ?? '—'} ${c.zone ?? '—'}${c.subLabel ? `, ${c.subLabel}` : ''}`;
  if (result.ok) return `${result.file}: no discrepancy (${summary})\n`;
  const n = result.discrepancies.length;
  const lines = result.discrepancies.map((d) => `  line ${d.line}: ${describeField(d.field)}: stated ${d.stated}, correct ${d.expected}\n`);
  return `${result.file}: ${n} discrepanc${n === 1 ? 'y' : 'ies'} (correct: ${summary})\n${lines.join('')}`;
}

/** Check every report named; exit 1 when any has a discrepancy or cannot be read. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  if (args.length === 0) throw new UsageError('check needs at least one report: role-wizard check REPORT.md');
  const results = args.map((file) => checkFile(file, io.cwd));
  if (opts.json) {
    // The scorecard in the `score --json` form, made only when it is printed.
    const json = results.map(({card, discrepancies, ...head}) => ({...head, computed: card && scorecardJson(card), discrepancies}));
    io.out(`${jsonText(json)}\n`);
  } else io.out(terminalSafe(results.map(describe).join('')));
  return results.every((r) => r.ok) ? 0 : 1;
}
