/**
 * `role-wizard index [DIR] [-o INDEX.md] [--check]`: the library at a glance. To a file (or a
 * pipe), Markdown that GitHub renders: every role ranked by score, the count per zone, a Mermaid
 * chart of the distribution. To a terminal, the same as text with a Unicode bar chart. The same
 * library gives the same bytes, so the file can be committed; --check exits 1 when the file is
 * not what index would write now (for CI). Reads the reports one at a time; loads no UI.
 */
import {dirname, relative, resolve, sep} from 'node:path';
import {libraryFolder} from '../config/library-folder.js';
import {loadProjectConfig} from '../config/project-config.js';
import {UsageError} from '../io/errors.js';
import {FileReadError, READ_LIMITS, readText} from '../io/read-text.js';
import {ownString, readLibraryFolder} from '../report/library-folder.js';
import {indexMarkdown, indexText, type IndexRow} from '../report/library-index.js';
import {widthOf} from '../report/analysis-text.js';
import {writeOutputFile} from '../report/write-output.js';
import type {CommandContext} from './io.js';

type Options = {output?: string; check?: boolean; force?: boolean};

/** The line every index carries: a file holding it is one `index` wrote, replaced without --force. */
const WRITTEN_BY_INDEX = 'Written by `role-wizard index`';

/** The index's rows: each report read, checked and reduced to its row, its text dropped. */
function indexRows(dir: string, linkFrom: string, indexFile?: string): IndexRow[] {
  const rows: IndexRow[] = [];
  // Each report under the config found above its own folder, as `check` of the folder applies them.
  const conventions = (file: string) => loadProjectConfig(dirname(file));
  for (const r of readLibraryFolder(dir, {check: true, conventions})) {
    // The index kept inside the library folder is not one of its reports.
    if (r.file === indexFile) continue;
    const path = relative(linkFrom, r.file).split(sep).join('/');
    // Strings of their own: a slice of a report's text would keep that text alive.
    if (!r.ok) rows.push({path, ok: false, reason: ownString(withoutFile(r.reason, r.path))});
    else {
      const {score, zone, subLabel} = r.card;
      rows.push({path, ok: true, title: ownString(r.assessment.role.jobTitle), score, zone, subLabel: subLabel && ownString(subLabel), errors: r.errors ?? 0});
    }
  }
  return rows;
}

/** "reports/x.md:12: section …" → "line 12: section …": the row names the file already. */
const withoutFile = (reason: string, path: string) =>
  reason.startsWith(path) ? reason.slice(path.length).replace(/^:(\d+):\s*/, 'line $1: ').replace(/^:\s*/, '') : reason;

const colorOn = (env: NodeJS.ProcessEnv) =>
  !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';

/** Print or write the index; with --check, compare the file with what would be written. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  const [given] = args;
  const named = given ? {dir: resolve(io.cwd, given), namedBy: 'the command line'} : libraryFolder(io.cwd, io.env);
  if (!named) {
    throw new UsageError('index needs a library folder: role-wizard index reports/ (or "library" in role-wizard.config.json, or ROLE_WIZARD_LIBRARY)');
  }
  if (opts.check && !opts.output) throw new UsageError('index --check needs the file to check: role-wizard index --check -o INDEX.md');
  const shownDir = relative(io.cwd, named.dir) || '.';
  if (opts.output) {
    const target = resolve(io.cwd, opts.output);
    const text = indexMarkdown(indexRows(named.dir, dirname(target), target));
    let current: string | null = null;
    try {
      // The one bounded reader: a FIFO or /dev/zero is not read, a huge file not read whole.
      current = readText(target, opts.output, {maxBytes: READ_LIMITS.jsonBytes, noun: 'index file'});
    } catch (error) {
      // Missing, or a device or FIFO, which is written into and has nothing to compare.
      const nothingToCompare = error instanceof FileReadError && (error.code === 'ENOENT' || (error.code === 'ENOTREG' && !opts.check));
      if (!nothingToCompare) throw error;
    }
    if (opts.check) {
      if (current === text) {
        io.out(`${opts.output} is up to date with ${shownDir}.\n`);
        return 0;
      }
      io.err(
        `${opts.output} ${current === null ? 'does not exist' : `is out of date with ${shownDir}`}: ` +
          `run 'role-wizard index ${given ?? ''}${given ? ' ' : ''}-o ${opts.output}' and commit it.\n`,
      );
      return 1;
    }
    if (current !== text) {
      writeOutputFile(opts.output, text, io, Boolean(opts.force) || Boolean(current?.includes(WRITTEN_BY_INDEX)));
    }
    io.err(`${current === text ? 'Unchanged' : 'Wrote'} ${opts.output}\n`);
    return 0;
  }
  const rows = indexRows(named.dir, io.cwd);
  io.out(io.stdoutIsTTY ? indexText(rows, {color: colorOn(io.env), width: widthOf(process.stdout.columns), folder: shownDir}) : indexMarkdown(rows));
  return 0;
}
