// Drafts: one autosave (update + flush of a realistic draft) with 1 and with 1,000 drafts in the
// folder (the cost must not grow with the folder: ratio ≤ 1.5), and `list` with 1 and 1,000
// drafts, in process (the store) and through the built CLI. Runs are interleaved over rounds;
// medians and 95th percentiles are printed. `--json`: one JSON line per case.
//   node bench/drafts.mjs [--json] [--rounds N]
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const rounds = Number(args[args.indexOf('--rounds') + 1]) || (args.includes('--rounds') ? 0 : 7);

// The store as the bin ships it: bundled and minified.
const out = mkdtempSync(join(tmpdir(), 'rw-bench-store-'));
await build({
  entryPoints: {store: join(root, 'src/store/drafts.ts')},
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
});
const {draftStore} = await import(pathToFileURL(join(out, 'store.js')).href);
if (!existsSync(join(root, 'dist/cli.cjs'))) spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});

const fixture = (name) => JSON.parse(readFileSync(join(root, 'test/fixtures', name), 'utf8'));
const realistic = fixture('model-alignment-researcher.json');
const others = ['red-data-entry-clerk.json', 'yellow-paralegal.json', 'model-alignment-researcher.json'].map(fixture);

/** A home with `count` drafts; the first is the realistic one held open for autosave. */
function home(count) {
  const dir = mkdtempSync(join(tmpdir(), `rw-bench-${count}-`));
  const env = {ROLE_WIZARD_HOME: dir};
  const store = draftStore(env);
  for (let i = 1; i < count; i++) store.saveNew(others[i % others.length]);
  const draft = store.create(realistic, {step: 'tasks', field: 'tasks.0.rationale'});
  return {dir, env, store, draft};
}

const homes = {1: home(1), 1000: home(1000)};
let keystroke = 0;

const time = (fn) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const cases = {
  'autosave, 1 draft': () => autosave(homes[1]),
  'autosave, 1000 drafts': () => autosave(homes[1000]),
  'list (store), 1 draft': () => time(() => homes[1].store.list()),
  'list (store), 1000 drafts': () => time(() => homes[1000].store.list()),
  'list (CLI), 1 draft': () => cli(homes[1]),
  'list (CLI), 1000 drafts': () => cli(homes[1000]),
};

function autosave(h) {
  // One keystroke's worth of change in a long rationale, then the write.
  const a = structuredClone(realistic);
  a.tasks[0].rationale += ` ${keystroke++}`;
  return time(() => {
    h.draft.update(a, {step: 'tasks', field: 'tasks.0.rationale'});
    h.draft.flush();
  });
}

function cli(h) {
  let r;
  const ms = time(() => {
    r = spawnSync(process.execPath, [join(root, 'bin/role-wizard.js'), 'list', '--json'], {env: {...process.env, ...h.env}, encoding: 'utf8'});
  });
  if (r.status !== 0) throw new Error(`list failed: ${r.stderr}`);
  return ms;
}

const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const perRound = {autosave: 20, 'list (store)': 3, 'list (CLI)': 2};
// Warm-up, not counted.
for (const run of Object.values(cases)) run();
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of Object.entries(cases)) {
    const n = perRound[name.split(',')[0]] ?? 1;
    for (let i = 0; i < n; i++) samples[name].push(run());
  }
}
for (const h of Object.values(homes)) {
  h.draft.close();
  rmSync(h.dir, {recursive: true, force: true});
}
rmSync(out, {recursive: true, force: true});

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};
const round2 = (x) => Math.round(x * 100) / 100;
const results = Object.entries(samples).map(([name, xs]) => ({case: name, medianMs: round2(quantile(xs, 0.5)), p95Ms: round2(quantile(xs, 0.95)), runs: xs.length}));
const med = (name) => results.find((r) => r.case === name).medianMs;
const ratio = round2(med('autosave, 1000 drafts') / med('autosave, 1 draft'));

if (json) {
  for (const r of results) console.log(JSON.stringify(r));
  console.log(JSON.stringify({case: 'autosave ratio 1000/1', ratio, ok: ratio <= 1.5}));
} else {
  for (const r of results) console.log(`${r.case.padEnd(28)} median ${String(r.medianMs).padStart(8)} ms   p95 ${String(r.p95Ms).padStart(8)} ms   (${r.runs} runs)`);
  console.log(`autosave ratio 1000/1: ${ratio} (must be ≤ 1.5)`);
}
if (ratio > 1.5) process.exitCode = 1;
