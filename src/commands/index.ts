// The `index` command, not a barrel: the build and src/cli.ts find each command at src/commands/<name>.ts.
/**
 * `role-wizard index [DIR] [-o INDEX.md] [--check] [--ignore GLOB]`: the library at a glance. To
 * a file (or a pipe), Markdown that GitHub renders: the count per zone and a Mermaid chart of the
 * distribution first, then every role ranked by score; with -o, a library too big for one page
 * of GitHub's (512 kB) gets its ranked table on linked pages beside the file. To a terminal, the
 * same as text with a Unicode bar chart. The same library gives the same bytes, so the files can
 * be committed; --check exits 1 when one is not what index would write now (for CI). Reads the
 * reports one at a time, through the one folder walk; loads no UI.
 */
import {readdirSync, unlinkSync} from 'node:fs';
import {basename, dirname, join, relative, resolve, sep} from 'node:path';
import {ignoreRule} from '../config/ignore.js';
import {libraryFolder} from '../config/library-location.js';
import {loadProjectConfig} from '../config/project-config.js';
import {CliError, UsageError} from '../io/errors.js';
import {FileReadError, READ_LIMITS, readText} from '../io/read-text.js';
import {terminalSafeLine as safe} from '../io/terminal-text.js';
import {ownString, readLibraryFolder} from '../report/library-reports.js';
import {indexMarkdown, indexPages, indexText, type IndexRow} from '../report/library-index.js';
import {INDEX_MARKER} from '../report/scan.js';
import {widthOf} from '../terminal/analysis-text.js';
import {writeOutput} from '../report/write-output.js';
import {type CommandContext, toStandardOutput} from './support/io.js';

type Options = {output?: string; check?: boolean; ignore?: string[]; force?: boolean};

/** A file `index` wrote: it starts with the marker (or, written before the marker, carries this line); replaced without --force. */
const WRITTEN_BY_INDEX = 'Written by `role-wizard index`';
const writtenByIndex = (text: string | null) => text !== null && (text.startsWith(`${INDEX_MARKER}\n`) || text.includes(WRITTEN_BY_INDEX));

/** The index's rows: each report read, checked and reduced to its row, its text dropped. */
function indexRows(dir: string, linkFrom: string, skip: ReturnType<typeof ignoreRule>, indexFile?: string): IndexRow[] {
  const rows: IndexRow[] = [];
  // Each report under the config found above its own folder, as `check` of the folder applies them.
  const conventions = (file: string) => loadProjectConfig(dirname(file));
  for (const r of readLibraryFolder(dir, {check: true, conventions, skip})) {
    // The index kept inside the library folder is not one of its reports; nor is a README (not a report).
    if (r.file === indexFile || (!r.ok && r.notReport)) continue;
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

/**
 * A page as it is now, or null when there is none (or it is a device or FIFO, written into and
 * with nothing to compare, unless --check asks to compare it). Read through the one bounded reader.
 */
function readCurrent(file: string, shown: string, check = false): string | null {
  try {
    return readText(file, shown, {maxBytes: READ_LIMITS.jsonBytes, noun: 'index file'});
  } catch (error) {
    const nothingToCompare = error instanceof FileReadError && (error.code === 'ENOENT' || (error.code === 'ENOTREG' && !check));
    if (!nothingToCompare) throw error;
    return null;
  }
}

/** Pages beside the index named as its pages are (INDEX-green-2.md) and marked as written by index, that this index no longer has. */
function leftOverPages(target: string, pages: string[]): string[] {
  const stem = basename(target).replace(/\.md$/i, '');
  const named = (n: string) => n.startsWith(`${stem}-`) && /^-[a-z]+(?:-\d+)?\.md$/.test(n.slice(stem.length));
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return [];
  }
  return names.filter((n) => named(n) && !pages.includes(n) && readCurrent(join(dirname(target), n), n)?.startsWith(`${INDEX_MARKER}\n`)).sort();
}

/** "reports/x.md:12: section …" → "line 12: section …": the row names the file already. */
const withoutFile = (reason: string, path: string) =>
  reason.startsWith(path) ? reason.slice(path.length).replace(/^:(\d+):\s*/, 'line $1: ').replace(/^:\s*/, '') : reason;

const colorOn = (env: NodeJS.ProcessEnv) =>
  !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';

/** Print or write the index; with --check, compare the file with what would be written. */
export async function run({args, opts, io}: CommandContext<Options>): Promise<number> {
  // `-o -`: the Markdown -o would write, on standard output even on a terminal (never a file named "-").
  if (toStandardOutput(opts.output)) {
    if (opts.check) throw new UsageError('index --check compares a file: role-wizard index --check -o INDEX.md (not -o -)');
    const {output: _standardOutput, ...printed} = opts;
    return run({args, opts: printed, io: {...io, stdoutIsTTY: false}});
  }
  const [given] = args;
  const named = given ? {dir: resolve(io.cwd, given), namedBy: 'the command line'} : libraryFolder(io.cwd, io.env);
  if (!named) {
    throw new UsageError('index needs a library folder: role-wizard index reports/ (or "library" in role-wizard.config.json, or ROLE_WIZARD_LIBRARY)');
  }
  if (opts.check && !opts.output) throw new UsageError('index --check needs the file to check: role-wizard index --check -o INDEX.md');
  const shownDir = relative(io.cwd, named.dir) || '.';
  const skip = ignoreRule(io.cwd, opts.ignore ?? []);
  if (opts.output) {
    const target = resolve(io.cwd, opts.output);
    const pages = indexPages(indexRows(named.dir, dirname(target), skip, target), basename(target));
    // Each page beside the index file, named as the command line named the index.
    const shown = (name: string) => safe(name === basename(target) ? opts.output! : join(dirname(opts.output!), name));
    const current = pages.map((p) => readCurrent(join(dirname(target), p.name), shown(p.name), opts.check === true));
    const leftOver = leftOverPages(target, pages.map((p) => p.name));
    if (opts.check) {
      const stale = pages.findIndex((p, i) => current[i] !== p.text);
      if (stale === -1 && leftOver.length > 0) {
        io.err(`${shown(leftOver[0]!)} is a page of an earlier index: run 'role-wizard index ${safe(given ?? '')}${given ? ' ' : ''}-o ${safe(opts.output)}' and commit the change.\n`);
        return 1;
      }
      if (stale === -1) {
        io.out(`${safe(opts.output)}${pages.length > 1 ? ` and its ${pages.length - 1} pages are` : ' is'} up to date with ${safe(shownDir)}.\n`);
        return 0;
      }
      io.err(
        `${shown(pages[stale]!.name)} ${current[stale] === null ? 'does not exist' : `is out of date with ${safe(shownDir)}`}: ` +
          `run 'role-wizard index ${safe(given ?? '')}${given ? ' ' : ''}-o ${safe(opts.output)}' and commit it.\n`,
      );
      return 1;
    }
    // A file index did not write is replaced only with --force; the pages beside an index it wrote are its own.
    const ours = Boolean(opts.force) || writtenByIndex(current[0] ?? null);
    pages.forEach((p, i) => {
      if (current[i] === p.text) return;
      // Through the one writer: every byte or none, a device or FIFO written into.
      writeOutput(join(dirname(target), p.name), p.text, i === 0 ? ours : ours || writtenByIndex(current[i] ?? null), shown(p.name));
    });
    // Pages an earlier, larger index wrote (marked as ours) would otherwise stay behind, stale.
    for (const name of leftOver) {
      try {
        unlinkSync(join(dirname(target), name));
      } catch (error) {
        throw new CliError(`${shown(name)}: cannot remove this page of an earlier index: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }
    const changed = pages.filter((p, i) => current[i] !== p.text).length + leftOver.length;
    io.err(`${changed === 0 ? 'Unchanged' : 'Wrote'} ${safe(opts.output)}${pages.length > 1 ? ` and its ${pages.length - 1} pages (${changed} changed)` : ''}\n`);
    return 0;
  }
  const rows = indexRows(named.dir, io.cwd, skip);
  io.out(io.stdoutIsTTY ? indexText(rows, {color: colorOn(io.env), width: widthOf(process.stdout.columns), folder: shownDir}) : indexMarkdown(rows));
  return 0;
}
