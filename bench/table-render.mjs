// Keystroke → screen latency of the task table alone, with 10, 100 and 500 tasks, in a real
// pseudo-terminal: bundles a small app (the table in a parent holding tasks with tasksReducer and
// scoring them on every change, as the wizard does; React's production build), types into a task
// name at human pace and times each key to the first output after it.
//   node bench/table-render.mjs [--keys 30] [--gap 100] [--counts 10,100,500] [--ink-shared-caches]
//     [--cols 120] [--rows 40]
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {spawnTerminal, terminalEnv} from '../test/support/terminal.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const keys = Number(arg('keys', '30'));
const gap = Number(arg('gap', '100'));
const counts = arg('counts', '10,100,500').split(',').map(Number);
const nodeArgs = (arg('node-args', '') ?? '').split(' ').filter(Boolean);
const keepBundle = arg('keep', null);

const app = `
import {useMemo, useReducer} from 'react';
import {Box, Text, render} from 'ink';
import {emptyAssessment, emptyTask} from './src/method/empty.js';
import {score} from './src/method/score.js';
import {TaskTable} from './src/ui/task-table/task-table.js';
import {tasksReducer} from './src/ui/task-table/tasks-reducer.js';

import {appendFileSync} from 'node:fs';

// In-process figures beside the pty's: from Ink reading a key to the frame's write, wall and CPU.
const trace = process.env.TABLE_BENCH_OUT;
if (trace) {
  let pending = null;
  const read = process.stdin.read.bind(process.stdin);
  process.stdin.read = (...args) => {
    const chunk = read(...args);
    if (chunk !== null && pending === null) pending = {at: performance.now(), cpu: process.cpuUsage()};
    return chunk;
  };
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (...args) => {
    if (pending !== null) {
      const cpu = process.cpuUsage(pending.cpu);
      appendFileSync(trace, JSON.stringify({wall: performance.now() - pending.at, cpu: (cpu.user + cpu.system) / 1000}) + '\\n');
      pending = null;
    }
    return write(...args);
  };
}

const count = Number(process.argv[2]);
const tasks = Array.from({length: count}, (_, i) => ({...emptyTask(), name: 'Task ' + (i + 1), timePercent: 1, score: 1 + (i % 5), rationale: 'Because ' + i}));

function App() {
  const [state, dispatch] = useReducer(tasksReducer, tasks);
  const card = useMemo(() => score({...emptyAssessment(), tasks: state}), [state]);
  return (
    <Box flexDirection="column">
      <Text>READY {count} tasks · score {card.display.weightedTotal}</Text>
      <TaskTable tasks={state} figures={card.tasks} timeTotal={card.taskTimeTotal} timeOk={card.taskTimeOk}
        width={process.stdout.columns} height={process.stdout.rows - 2} isActive dispatch={dispatch}
        initialField={'tasks.' + Math.floor(count / 2) + '.name'} />
    </Box>
  );
}
render(<App />);
`;

/**
 * --ink-shared-caches: Ink 6 re-tokenises every line of every frame (its OutputCaches live in one
 * Output, made anew per frame). Sharing them across frames, bounded, makes unchanged lines free.
 */
const sharedCaches = {
  name: 'ink-shared-output-caches',
  setup(b) {
    b.onLoad({filter: /[\\/]ink[\\/]build[\\/]output\.js$/}, (args) => {
      let s = readFileSync(args.path, 'utf8');
      const from = 'caches = new OutputCaches();';
      if (!s.includes(from)) throw new Error('Ink no longer has OutputCaches per Output');
      s = s.replace(from, 'caches = sharedCaches();');
      s = s.replace(
        'export default class Output {',
        'let shared;\nconst sharedCaches = () => (shared && shared.styledChars.size < 5000 ? shared : (shared = new OutputCaches()));\nexport default class Output {',
      );
      return {contents: s, loader: 'js'};
    });
  },
};

const dir = mkdtempSync(join(tmpdir(), 'rw-table-bench-'));
const out = join(dir, 'table-app.mjs');
await build({
  stdin: {contents: app, resolveDir: root, loader: 'tsx', sourcefile: 'table-app.tsx'},
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: !process.argv.includes('--no-minify'),
  jsx: 'automatic',
  define: {'process.env.NODE_ENV': '"production"'},
  banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"},
  // Ink's devtools hook needs a package the app never uses.
  plugins: [
    {name: 'no-devtools', setup: (b) => b.onLoad({filter: /[\\/]ink[\\/]build[\\/]devtools\.js$/}, () => ({contents: 'export {};'}))},
    ...(process.argv.includes('--ink-shared-caches') ? [sharedCaches] : []),
  ],
  logLevel: 'warning',
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

const rows = [];
for (const count of counts) {
  const traceFile = join(dir, `trace-${count}.jsonl`);
  const term = spawnTerminal(process.execPath, [...nodeArgs, out, String(count)], {cols: Number(arg('cols', '120')), rows: Number(arg('rows', '40')), env: terminalEnv({TABLE_BENCH_OUT: traceFile}), cwd: root});
  await term.waitForText('READY', 15_000);
  await term.waitForIdle(200);
  await term.timeToOutput('\r'); // start editing the task name
  const times = [];
  const text = 'the quick brown fox jumps over the lazy dog again and again';
  for (let i = 0; i < keys; i++) {
    await sleep(gap);
    times.push(await term.timeToOutput(text[i % text.length]));
  }
  await term.close();
  // The first traced key is the Enter that starts editing; the rest are the typed keys.
  const traced = readFileSync(traceFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).slice(-keys);
  rows.push({
    tasks: count,
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    max: Math.max(...times),
    inMedian: quantile(traced.map((t) => t.wall), 0.5),
    inP95: quantile(traced.map((t) => t.wall), 0.95),
    cpuMedian: quantile(traced.map((t) => t.cpu), 0.5),
    keys,
  });
}
if (keepBundle === null) rmSync(dir, {recursive: true, force: true});
else console.log('bundle kept at', out);

const ms = (v) => `${v.toFixed(1)} ms`;
console.log('tasks | pty key → output: median | p95 | max | in-process key → write: median | p95 | CPU per key (median) | keys');
for (const r of rows) {
  console.log([r.tasks, ms(r.median), ms(r.p95), ms(r.max), ms(r.inMedian), ms(r.inP95), ms(r.cpuMedian), r.keys].join(' | '));
}
