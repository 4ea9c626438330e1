// `npm run bench`: how fast role-wizard starts, answers keys and checks reports, each case
// measured side by side with its baseline (bare Node printing a line) over several rounds, in
// one table. Inputs are generated in a temporary folder. Options:
//   --quick      one round, few keys, small batches (the smoke test)
//   --rounds N   rounds of the start-up cases (default 10; key cases use a third of them)
//   --json       print the rows as JSON instead of a table
//   --only a,b   run only the cases whose id starts with one of these
//   --dist DIR   measure the build in DIR instead of dist/ (to compare two builds side by side)
//   --help       these options in one line
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {buildCases} from './lib/cases.mjs';
import {prepareInputs} from './lib/prepare.mjs';
import {formatTable} from './lib/table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: npm run bench -- [--quick] [--rounds N] [--json] [--only a,b] [--dist DIR]';
let opts;
try {
  opts = parseArgs({
    options: {
      help: {type: 'boolean', short: 'h', default: false},
      quick: {type: 'boolean', default: false},
      json: {type: 'boolean', default: false},
      rounds: {type: 'string'},
      only: {type: 'string'},
      dist: {type: 'string'},
    },
  }).values;
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${USAGE}\n`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(`${USAGE}\n(the options are described at the top of bench/run.mjs)\n`);
  process.exit(0);
}
if (opts.rounds !== undefined && !(Number.isInteger(Number(opts.rounds)) && Number(opts.rounds) > 0)) {
  process.stderr.write(`bench: --rounds takes a whole number above 0, not "${opts.rounds}"\n${USAGE}\n`);
  process.exit(2);
}
const rounds = opts.rounds ? Number(opts.rounds) : opts.quick ? 1 : 10;
const settings = {
  root,
  bin: join(root, 'bin/role-wizard.js'),
  quick: opts.quick,
  rounds,
  keyRounds: opts.quick ? 1 : Math.max(1, Math.ceil(rounds / 3)),
  keysPerRound: opts.quick ? 4 : 20,
  reportCount: opts.quick ? 20 : 1000,
  draftCount: opts.quick ? 20 : 1000,
  // A team's library folder of reports (issue "A team's library").
  libraryCount: opts.quick ? 50 : 10_000,
  // A team's library at scale (issue "A team's repository"): index and check of 50,000 reports.
  largeLibraryCount: opts.quick ? 200 : 50_000,
};

const tmp = mkdtempSync(join(tmpdir(), 'rw-bench-'));
const log = (line) => process.stderr.write(`${line}\n`);
try {
  // The bin runs from a copy of the build: a build made meanwhile (tests build too) neither
  // changes what is measured nor removes the chunks it loads.
  for (const dir of ['bin', 'templates']) cpSync(join(root, dir), join(tmp, 'app', dir), {recursive: true});
  cpSync(opts.dist ? resolve(opts.dist) : join(root, 'dist'), join(tmp, 'app', 'dist'), {recursive: true});
  cpSync(join(root, 'package.json'), join(tmp, 'app', 'package.json'));
  settings.bin = join(tmp, 'app', 'bin/role-wizard.js');
  // Every run keeps its code cache here (warm after the first run, as on a user's machine), never in the user's.
  process.env.ROLE_WIZARD_CODE_CACHE = join(tmp, 'code-cache');
  log(`bench: generating inputs in ${tmp}`);
  const inputs = await prepareInputs(settings, tmp, log);
  const only = opts.only?.split(',');
  const cases = buildCases(settings, inputs).filter((c) => !only || only.some((o) => c.id.startsWith(o)));
  const rows = [];
  for (const c of cases) {
    log(`bench: ${c.id}`);
    rows.push(...(await c.run()).map((r) => ({id: c.id, ...r})));
  }
  // The baselines first: every ratio below is to one of them.
  rows.sort((a, b) => (b.target === 'baseline') - (a.target === 'baseline'));
  process.stdout.write(opts.json ? `${JSON.stringify({rounds: settings.rounds, quick: settings.quick, node: process.version, rows}, null, 2)}\n` : formatTable(rows));
} finally {
  rmSync(tmp, {recursive: true, force: true});
}
