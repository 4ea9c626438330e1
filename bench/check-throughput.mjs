// `node bench/check-throughput.mjs [--count N] [--json]`: how many reports a second `role-wizard
// check` reads and checks in one process. Generates N (default 1,000) varied assessments from
// the fixtures (scores, task times and labels drawn with a fixed seed), exports each with the
// project's own renderer into a temporary folder, then runs the built bin once over all of them
// and times it (process start-up included). Needs `npm run build` first.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {tsImport} from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
const {values: opts} = parseArgs({options: {json: {type: 'boolean', default: false}, count: {type: 'string', default: '1000'}}});
const count = Number(opts.count);
const {renderReport} = await tsImport('../src/report/render.ts', import.meta.url);
const {METHOD} = await tsImport('../src/method/definition.ts', import.meta.url);

// A small seeded generator, so that every run checks the same reports.
let seed = 0x2545f491;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[int(0, list.length - 1)];

/** Whole-percent times, none 0, summing to 100. */
function times(n) {
  const cuts = new Set();
  while (cuts.size < n - 1) cuts.add(int(1, 99));
  const points = [0, ...[...cuts].sort((a, b) => a - b), 100];
  return points.slice(1).map((p, i) => p - points[i]);
}

const fixtures = ['model-alignment-researcher', 'red-data-entry-clerk', 'yellow-paralegal'].map((name) =>
  JSON.parse(readFileSync(join(root, 'test/fixtures', `${name}.json`), 'utf8')),
);

function varied(i) {
  const a = structuredClone(fixtures[i % fixtures.length]);
  const s = METHOD.scales;
  for (const p of Object.values(a.protective)) p.score = int(s.protective.min, s.protective.max);
  a.growth.score = int(s.growth.min, s.growth.max);
  for (const e of Object.values(a.evidence)) e.score = int(s.evidence.min, s.evidence.max);
  for (const b of METHOD.barriers) a.barriers[b.key].score = int(s.barrier.min, s.barrier.max);
  const n = int(3, 12);
  a.tasks = times(n).map((t, k) => ({
    name: `${a.tasks[k % a.tasks.length].name} (${k + 1})`,
    timePercent: t,
    score: int(s.task.min, s.task.max),
    label: random() < 0.5 ? null : pick(METHOD.taskLabels),
    rationale: a.tasks[k % a.tasks.length].rationale,
  }));
  a.role.jobTitle = `${a.role.jobTitle} ${i}`;
  return a;
}

/**
 * CPU time of the built check command over the files, run in this process: steadier than wall
 * time on a busy machine. The command's chunk is found through the build's metafile.
 */
async function inProcessCpuMs(files) {
  const meta = JSON.parse(readFileSync(join(root, 'build/meta.json'), 'utf8'));
  const chunk = Object.keys(meta.outputs).find((out) => meta.outputs[out].entryPoint === 'src/commands/check.ts');
  const {run} = await import(join(root, chunk));
  const io = {out: () => {}, err: () => {}, cwd: tmp, env: process.env, stdinIsTTY: false, stdoutIsTTY: false};
  const before = process.cpuUsage();
  const code = await run({args: files, opts: {}, io});
  const used = process.cpuUsage(before);
  if (code !== 0) throw new Error(`check in process exited ${code}`);
  return (used.user + used.system) / 1000;
}

const tmp = mkdtempSync(join(tmpdir(), 'rw-check-bench-'));
try {
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(tmp, `report-${String(i).padStart(4, '0')}.md`);
    writeFileSync(file, renderReport(varied(i), {appendix: true, mermaid: i % 2 === 0}));
    files.push(file);
  }
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'bin/role-wizard.js'), 'check', ...files], {encoding: 'utf8', maxBuffer: 1 << 30});
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`check failed (exit ${run.status}): ${run.stderr || run.stdout.slice(0, 2000)}`);
  // No error in any: the arithmetic is the method's. (The fixtures' prose states their own figures,
  // which the drawn scores make stale: warnings, as check should say.)
  const clean = run.stdout.split('\n').filter((line) => line.includes(': no discrepancy (') || line.includes(': no error; ')).length;
  if (clean !== count) throw new Error(`check passed ${clean} of ${count} generated reports`);
  const reportsPerSecond = Math.round(count / (ms / 1000));
  const cpu = await inProcessCpuMs(files);
  const cpuReportsPerSecond = Math.round(count / (cpu / 1000));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({case: `check ${count} reports`, reportsPerSecond, ms: Math.round(ms), cpuReportsPerSecond, cpuMs: Math.round(cpu)})}\n`);
  } else {
    process.stdout.write(
      `check: ${count} reports in ${Math.round(ms)} ms (one process, start-up included): ${reportsPerSecond} reports/second\n` +
        `       ${Math.round(cpu)} ms of CPU time in process (the built command, start-up excluded): ${cpuReportsPerSecond} reports/second\n`,
    );
  }
} finally {
  rmSync(tmp, {recursive: true, force: true});
}
