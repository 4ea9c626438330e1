// The bench's cases and their targets (issue "Fast"). Each case runs interleaved with its
// baseline, bare Node printing a line, measured the same way (to exit, or to a screen).
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {median, percentile} from './stats.mjs';
import {benchEnv, keyLatencies, peakRssMb, startToScreen, timeToExit} from './measure.mjs';
import {spawnTerminal} from '../../test/support/terminal.mjs';
import {TASK_SIZES} from './prepare.mjs';
import {writeReports} from './inputs.mjs';

const BARE_NODE = ['-e', "console.log('ready')"];
// A bare Node program that echoes each key in raw mode: the floor for key → screen.
const BARE_ECHO = [
  '-e',
  "process.stdin.setRawMode(true);process.stdin.on('data',d=>{if(d[0]===3)process.exit();process.stdout.write(d)});console.log('ready')",
];

/** What the wizard's first full frame shows: the header, the Job Title field, the side pane to its end, the key line. */
export const NEW_SCREEN = ['Role Definition', 'Job Title', 'JobZone', /missing/, 'save & quit'];
/** A resumed draft's first full frame: the same, with the draft's title in the header. */
export const resumeScreen = (title) => ['Role Definition', title, 'JobZone', /missing/, 'save & quit'];
/** From the first step to the tasks step, then into the first task's name. */
const TO_TASKS = ['pagedown', 'pagedown'];
const TASKS_SCREEN = ['Task Decomposition', 'Enter edit'];
const EDIT_TASK_NAME = ['enter'];
const EDITING_SCREEN = 'Editing Task';

/** The file in which `list` keeps the rows of drafts it has read (src/store/list-cache.ts). */
const LIST_CACHE = '.list-cache';
/** list trusts a cached row only for a file unchanged for this long (SETTLE_MS there), plus a margin. */
const LIST_SETTLE_MS = 2_100;

/** Wait until the generated drafts are old enough for list to keep their rows. */
async function settleDrafts(inputs) {
  const wait = (inputs.draftsWrittenAt ?? 0) + LIST_SETTLE_MS - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

const row = (fields) => ({median: null, p95: null, unit: 'ms', ratio: null, target: null, pass: null, status: 'ok', ...fields});
const notBuilt = (label, reason, target) => row({case: label, status: reason, target});

async function exitMs(settings, args, env) {
  const r = await timeToExit(process.execPath, [settings.bin, ...args], {env});
  if (r.code !== 0 && r.code !== 1) throw new Error(`role-wizard ${args.slice(0, 2).join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
  return r.ms;
}

async function bareExitMs() {
  return (await timeToExit(process.execPath, BARE_NODE)).ms;
}

async function bareScreenMs() {
  const {term, ms} = await startToScreen(process.execPath, BARE_NODE, ['ready']);
  await term.close();
  return ms;
}

/** Run `measure` and `baseline` alternately for `rounds` rounds; one row with the ratio of medians. */
async function paired({label, limit, rounds, measure, baseline, baseLabel, strict = false}) {
  const times = [];
  const base = [];
  for (let i = 0; i < rounds; i++) {
    base.push(await baseline());
    times.push(await measure());
  }
  const ratio = median(times) / median(base);
  return [
    row({case: label, median: median(times), p95: percentile(times, 95), ratio, target: `${strict ? '<' : '≤'} ${limit}× ${baseLabel}`, pass: strict ? ratio < limit : ratio <= limit, base, times}),
  ];
}

/** Every case, in the order of the table. */
export function buildCases(settings, inputs) {
  const {rounds, keyRounds} = settings;
  const {missing} = inputs;
  const baseRows = {exit: [], screen: []};
  const exitBaseline = async () => {
    const ms = await bareExitMs();
    baseRows.exit.push(ms);
    return ms;
  };
  const screenBaseline = async () => {
    const ms = await bareScreenMs();
    baseRows.screen.push(ms);
    return ms;
  };
  // The wizard keeps a V8 code cache; cases run with a warm one (every run after the first), in
  // a folder of the bench's own. The cold first run has a row of its own.
  const wizardEnv = (home, cache = inputs.codeCache) => benchEnv({ROLE_WIZARD_HOME: home, ROLE_WIZARD_CODE_CACHE: cache});
  const draftReason = (n) => missing.resume ?? inputs.storeReason ?? (inputs.drafts[n] ? null : 'n/a (no draft)');

  const cases = [
    {
      id: 'new',
      run: async () => {
        const label = '`new` → first full screen';
        if (missing.new) return [notBuilt(label, missing.new, '≤ 4× bare Node (pty)')];
        return paired({
          label,
          limit: 4,
          baseLabel: 'bare Node (pty)',
          rounds,
          baseline: screenBaseline,
          measure: async () => {
            const {term, ms} = await startToScreen(process.execPath, [settings.bin, 'new'], NEW_SCREEN, {env: wizardEnv(`${inputs.tmp}/home-new`)});
            await term.close();
            return ms;
          },
        });
      },
    },
    {
      id: 'new-cold',
      run: async () => {
        const label = '`new` → first full screen, first run (no code cache)';
        if (missing.new) return [notBuilt(label, missing.new, 'none (first run only)')];
        const [r] = await paired({
          label,
          limit: Infinity,
          baseLabel: '',
          rounds: Math.max(1, Math.ceil(rounds / 2)),
          baseline: screenBaseline,
          measure: async () => {
            const {term, ms} = await startToScreen(process.execPath, [settings.bin, 'new'], NEW_SCREEN, {env: wizardEnv(`${inputs.tmp}/home-new`, 'off')});
            await term.close();
            return ms;
          },
        });
        return [{...r, target: 'none (first run only)', pass: null}];
      },
    },
    {
      id: 'resume',
      run: async () => {
        const label = 'resume 100-task draft → first full screen';
        const reason = draftReason(100);
        if (reason) return [notBuilt(label, reason, '≤ 5× bare Node (pty)')];
        return paired({
          label,
          limit: 5,
          baseLabel: 'bare Node (pty)',
          rounds,
          baseline: screenBaseline,
          measure: async () => {
            const {term, ms} = await startToScreen(process.execPath, [settings.bin, 'resume', inputs.drafts[100]], resumeScreen(inputs.titles[100]), {
              env: wizardEnv(inputs.homes[100]),
            });
            await term.close();
            return ms;
          },
        });
      },
    },
    ...TASK_SIZES.map((n) => ({
      id: `keys-${n}`,
      run: async () => {
        const label = `key → screen, typing a task name, ${n} tasks`;
        const target = n === 500 ? 'p95 ≤ 33 ms' : 'median ≤ 10 ms, p95 ≤ 16 ms';
        const memLabel = `peak memory (VmHWM), wizard with ${n} tasks`;
        const reason = draftReason(n);
        if (reason) return [notBuilt(label, reason, target), ...(n === 500 ? [{...notBuilt(memLabel, reason, '< 120 MB'), id: 'memory-500'}] : [])];
        const times = [];
        const floor = [];
        let peak = null;
        let unreached = false;
        const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(2).slice(0, settings.keysPerRound);
        for (let i = 0; i < keyRounds; i++) {
          const bare = await startToScreen(process.execPath, BARE_ECHO, ['ready']);
          await bare.term.waitForIdle(50);
          floor.push(...(await keyLatencies(bare.term, text.slice(0, 4))));
          await bare.term.close();
          // A fresh copy each round: a session leaves the draft at the tasks step, changed.
          const home = `${inputs.homes[n]}-round-${i}`;
          cpSync(inputs.homes[n], home, {recursive: true});
          const {term} = await startToScreen(process.execPath, [settings.bin, 'resume', inputs.drafts[n]], resumeScreen(inputs.titles[n]), {
            env: wizardEnv(home),
          });
          try {
            await openTaskField(term);
            const typed = await keyLatencies(term, text).catch(() => null);
            // Only keys that reached the task name count: the typed text must be on screen.
            await term.waitForIdle(300);
            const mb = peakRssMb(term.pid);
            if (mb !== null) peak = Math.max(peak ?? 0, mb);
            if (!typed || !(await term.screen()).includes(text.slice(-6))) {
              if (process.env.BENCH_DEBUG) process.stderr.write(`typed ${typed ? 'with' : 'without'} output:\n${await term.screen()}\n`);
              unreached = true;
              break;
            }
            times.push(...typed);
          } finally {
            await term.close();
          }
        }
        const med = median(times);
        const p95 = percentile(times, 95);
        const memRow = row({id: 'memory-500', case: memLabel, median: peak, p95: null, unit: 'MB', target: '< 120 MB', pass: peak !== null && peak < 120, status: peak === null ? 'n/a (no /proc)' : 'ok'});
        if (unreached) return [notBuilt(label, 'n/a (typing did not reach a task name)', target), ...(n === 500 ? [memRow] : [])];
        const rows = [
          row({
            case: label,
            median: med,
            p95,
            ratio: med / median(floor),
            target,
            pass: n === 500 ? p95 <= 33 : med <= 10 && p95 <= 16,
            times,
          }),
        ];
        if (n === 500) rows.push(memRow);
        return rows;
      },
    })),
    {
      id: 'version',
      run: () =>
        paired({label: '`--version`', limit: 1.5, baseLabel: 'bare Node', rounds, baseline: exitBaseline, measure: () => exitMs(settings, ['--version'])}),
    },
    {
      id: 'check-seed',
      run: async () => {
        const label = '`check <seed>`';
        if (missing.check) return [notBuilt(label, missing.check, '≤ 2× bare Node')];
        if (!inputs.seed) return [notBuilt(label, 'n/a (no seed and no export)', '≤ 2× bare Node')];
        return paired({label, limit: 2, baseLabel: 'bare Node', rounds, baseline: exitBaseline, measure: () => exitMs(settings, ['check', inputs.seed])});
      },
    },
    {
      id: 'check-many',
      run: async () => {
        const label = `\`check\` of ${settings.reportCount} reports, one process`;
        const reason = missing.check ?? inputs.reportsReason;
        if (reason) return [notBuilt(label, reason, '> 1000 reports/s')];
        const rates = [];
        for (let i = 0; i < Math.min(3, rounds); i++) rates.push(inputs.reports.length / ((await exitMs(settings, ['check', ...inputs.reports])) / 1000));
        // A rate: the "p95" is the slow end (5th percentile of the rate).
        return [row({case: label, median: median(rates), p95: percentile(rates, 5), unit: 'reports/s', target: '> 1000 reports/s', pass: median(rates) > 1000})];
      },
    },
    {
      id: 'check-varied',
      run: async () => {
        // bench/check-throughput.mjs generates varied reports with the project's renderer and
        // reports wall time (start-up included) and in-process CPU time.
        const label = `\`check\` of ${settings.reportCount} varied reports (check-throughput.mjs)`;
        const cpuLabel = `  the same, CPU time in process (start-up excluded)`;
        const target = '> 1000 reports/s';
        const script = `${settings.root}bench/check-throughput.mjs`;
        const reason = missing.check ?? (existsSync(script) ? null : 'n/a (bench/check-throughput.mjs not built)');
        if (reason) return [notBuilt(label, reason, target), {...notBuilt(cpuLabel, reason, target), id: 'check-varied-cpu'}];
        const r = await timeToExit(process.execPath, [script, '--count', String(settings.reportCount), '--json'], {timeoutMs: 300_000});
        const figures = r.code === 0 ? JSON.parse(r.stdout.trim().split('\n').at(-1)) : null;
        if (!figures) {
          const why = `n/a (check-throughput.mjs failed: ${r.stderr.trim().split('\n').at(-1)})`;
          return [notBuilt(label, why, target), {...notBuilt(cpuLabel, why, target), id: 'check-varied-cpu'}];
        }
        const rate = (value) => ({median: value, p95: null, unit: 'reports/s', target, pass: value > 1000});
        return [row({case: label, ...rate(figures.reportsPerSecond)}), row({id: 'check-varied-cpu', case: cpuLabel, ...rate(figures.cpuReportsPerSecond)})];
      },
    },
    {
      id: 'list',
      run: async () => {
        const label = `\`list\`, ${settings.draftCount} drafts vs 1 draft`;
        const reason = missing.list ?? inputs.storeReason;
        if (reason) return [notBuilt(label, reason, '< 2× list of 1')];
        // As on a user's machine: the drafts were saved a while ago and listed before, so
        // list's cache (src/store/list-cache.ts) knows them. The first listing has its own row.
        await settleDrafts(inputs);
        for (const home of [inputs.homes.list1, inputs.homes.listMany]) await exitMs(settings, ['list'], benchEnv({ROLE_WIZARD_HOME: home}));
        return paired({
          label,
          limit: 2,
          strict: true,
          baseLabel: 'list of 1',
          rounds,
          baseline: () => exitMs(settings, ['list'], benchEnv({ROLE_WIZARD_HOME: inputs.homes.list1})),
          measure: () => exitMs(settings, ['list'], benchEnv({ROLE_WIZARD_HOME: inputs.homes.listMany})),
        });
      },
    },
    {
      id: 'list-cold',
      run: async () => {
        const label = `\`list\`, ${settings.draftCount} drafts vs 1, first listing (no list cache)`;
        const reason = missing.list ?? inputs.storeReason;
        if (reason) return [notBuilt(label, reason, 'none (first listing only)')];
        await settleDrafts(inputs);
        const cold = (home) => {
          rmSync(join(home, 'drafts', LIST_CACHE), {force: true});
          return exitMs(settings, ['list'], benchEnv({ROLE_WIZARD_HOME: home}));
        };
        const [r] = await paired({
          label,
          limit: Infinity,
          baseLabel: 'list of 1',
          rounds: Math.max(1, Math.ceil(rounds / 2)),
          baseline: () => cold(inputs.homes.list1),
          measure: () => cold(inputs.homes.listMany),
        });
        return [{...r, target: 'none (first listing only)', pass: null}];
      },
    },
    ...libraryCases(settings, inputs, {screenBaseline, wizardEnv}),
    largeLibraryCase(settings, inputs),
  ];
  // The baselines' own rows, from every sample the cases above took.
  const baselineCase = (id, label, samples) => ({
    id: `baseline-${id}`,
    run: async () => {
      const s = samples();
      if (s.length === 0) {
        const ms = id === 'exit' ? await exitBaseline() : await screenBaseline();
        s.push(ms);
      }
      return [row({case: label, median: median(s), p95: percentile(s, 95), ratio: 1, target: 'baseline'})];
    },
  });
  return [
    baselineCase('screen', "bare Node → 'ready' on screen (pty)", () => baseRows.screen),
    baselineCase('exit', 'bare Node → exit', () => baseRows.exit),
    ...cases,
  ].sort((a, b) => (a.id.startsWith('baseline') ? 1 : 0) - (b.id.startsWith('baseline') ? 1 : 0));
}

const MAX_RSS = fileURLToPath(new URL('./max-rss.cjs', import.meta.url));

/** A command run to its end in `cwd` with its peak memory: {ms, mb}. */
async function exitWithPeak(settings, args, cwd) {
  const file = join(cwd, `.max-rss-${process.pid}`);
  const r = await timeToExit(process.execPath, ['-r', MAX_RSS, settings.bin, ...args], {cwd, env: benchEnv({BENCH_MAX_RSS_FILE: file}), timeoutMs: 300_000});
  if (r.code !== 0 && r.code !== 1) throw new Error(`role-wizard ${args.join(' ')} exited ${r.code}: ${r.stderr.trim().split('\n')[0]}`);
  let mb = null;
  try {
    mb = Number(readFileSync(file, 'utf8')) / 1024;
    rmSync(file, {force: true});
  } catch {}
  return {ms: r.ms, mb};
}

/**
 * A team's library of reports (settings.libraryCount of them, in a folder named by
 * role-wizard.config.json): `index` and `check` of the folder, their peak memory, and the
 * wizard's first frame, keys and memory with that library configured beside the same without it.
 */
function libraryCases(settings, inputs, {screenBaseline, wizardEnv}) {
  const n = inputs.librarySize ?? settings.libraryCount;
  const rate = '> 1000 reports/s';
  const reason = (command) => inputs.missing[command] ?? inputs.libraryReason;
  const throughput = (id, command, args) => ({
    id,
    run: async () => {
      const label = `\`${command}\` of a library folder of ${n} reports`;
      const memLabel = `  peak memory (maxRSS), \`${command}\` of ${n} reports`;
      const why = reason(command);
      if (why) return [notBuilt(label, why, rate), {...notBuilt(memLabel, why, '< 150 MB'), id: `${id}-memory`}];
      const rates = [];
      let peak = null;
      for (let i = 0; i < Math.min(3, settings.rounds); i++) {
        const {ms, mb} = await exitWithPeak(settings, args, inputs.team);
        rates.push(n / (ms / 1000));
        if (mb !== null) peak = Math.max(peak ?? 0, mb);
      }
      return [
        row({case: label, median: median(rates), p95: percentile(rates, 5), unit: 'reports/s', target: rate, pass: median(rates) > 1000}),
        row({id: `${id}-memory`, case: memLabel, median: peak, unit: 'MB', target: '< 150 MB', pass: peak !== null && peak < 150, status: peak === null ? 'n/a (no maxRSS)' : 'ok'}),
      ];
    },
  });
  const newIn = async (cwd, home) => {
    const {term, ms} = await startToScreen(process.execPath, [settings.bin, 'new'], NEW_SCREEN, {cwd, env: wizardEnv(home)});
    return {term, ms};
  };
  return [
    throughput('library-index', 'index', ['index', '-o', 'INDEX.md']),
    throughput('library-check', 'check', ['check', 'reports']),
    {
      id: 'library-new',
      run: async () => {
        const label = `\`new\` → first full screen, library of ${n} reports configured`;
        const target = '≤ 1.15× `new` without it';
        const why = reason('index') ?? inputs.missing.new;
        if (why) return [notBuilt(label, why, target)];
        const plain = join(inputs.tmp, 'no-library');
        mkdirSync(plain, {recursive: true});
        const once = async (cwd) => {
          const {term, ms} = await newIn(cwd, join(inputs.tmp, 'home-library-new'));
          await term.close();
          return ms;
        };
        const [r] = await paired({label, limit: 1.15, rounds: settings.rounds, baseLabel: '`new` without it', measure: () => once(inputs.team), baseline: () => once(plain)});
        return [r];
      },
    },
    {
      id: 'library-keys',
      run: async () => {
        const label = `key → screen, typing a job title while a library of ${n} reports loads`;
        const target = 'median ≤ 10 ms, p95 ≤ 16 ms';
        const memLabel = `  peak memory (VmHWM), wizard with the library of ${n} loaded`;
        const why = reason('index') ?? inputs.missing.new;
        if (why) return [notBuilt(label, why, target), {...notBuilt(memLabel, why, '< 150 MB'), id: 'library-keys-memory'}];
        const text = 'abcdefghijklmnopqrstuvwxyz'.slice(0, settings.keysPerRound);
        const plain = join(inputs.tmp, 'no-library');
        mkdirSync(plain, {recursive: true});
        const times = {with: [], without: []};
        let peak = null;
        let loadedMs = null;
        // Interleaved: the same typing at the same moment (right after the first frame) in a
        // folder without a library, then in the team's folder while its library loads.
        for (let i = 0; i < settings.keyRounds; i++) {
          for (const kind of ['without', 'with']) {
            const {term} = await newIn(kind === 'with' ? inputs.team : plain, join(inputs.tmp, `home-library-keys-${kind}-${i}`));
            try {
              const started = performance.now();
              times[kind].push(...(await keyLatencies(term, text)));
              if (kind === 'without') continue;
              // Then until the library is read (the pane stops saying so), and the memory it took.
              await term.waitForIdle(100);
              for (let waited = 0; waited < 120_000 && (await term.screen()).includes('library loading'); waited += 200) await new Promise((r) => setTimeout(r, 200));
              loadedMs = performance.now() - started;
              const mb = peakRssMb(term.pid);
              if (mb !== null) peak = Math.max(peak ?? 0, mb);
            } finally {
              await term.close();
            }
          }
        }
        const stat = (t) => ({median: median(t), p95: percentile(t, 95)});
        const w = stat(times.with);
        const wo = stat(times.without);
        return [
          row({case: label, ...w, ratio: w.median / wo.median, target, pass: w.median <= 10 && w.p95 <= 16, times: times.with}),
          row({id: 'library-keys-without', case: '  the same typing, no library configured', ...wo, ratio: 1, target: 'side by side'}),
          row({id: 'library-keys-memory', case: `${memLabel} (read in ${(loadedMs / 1000).toFixed(1)} s)`, median: peak, unit: 'MB', target: '< 150 MB', pass: peak !== null && peak < 150, status: peak === null ? 'n/a (no /proc)' : 'ok'}),
        ];
      },
    },
  ];
}

/** The kB of the largest file of a folder whose name starts with INDEX (the index and its pages). */
function largestIndexPage(dir) {
  let largest = 0;
  let total = 0;
  for (const name of readdirSync(dir)) {
    if (!/^INDEX.*\.md$/.test(name)) continue;
    const size = statSync(join(dir, name)).size;
    largest = Math.max(largest, size);
    total += size;
  }
  return {largest: largest / 1024, total: total / 1024};
}

/**
 * A team's library at scale (settings.largeLibraryCount reports, made only when this case runs):
 * `index -o` and `check` of the folder (text, --json, --format github) once each, their time and
 * peak memory, and the size of the largest page of INDEX.md against GitHub's 512 kB rendering limit.
 */
function largeLibraryCase(settings, inputs) {
  const n = settings.largeLibraryCount;
  const runs = [
    ['index', `\`index -o INDEX.md\` of ${n} reports`, ['index', 'reports', '-o', 'reports/INDEX.md']],
    ['check', `\`check\` of ${n} reports`, ['check', 'reports']],
    ['check-json', `\`check --json\` of ${n} reports`, ['check', 'reports', '--json']],
    ['check-github', `\`check --format github\` of ${n} reports`, ['check', 'reports', '--format', 'github']],
  ];
  const ids = runs.flatMap(([id]) => [`library-large-${id}`, `library-large-${id}-memory`]);
  return {
    id: 'library-large',
    run: async () => {
      const why = inputs.missing.export ?? inputs.missing.index ?? inputs.missing.check;
      const blank = (reason) => [...ids.map((id) => ({...notBuilt(id, reason, 'none'), id})), {...notBuilt('INDEX.md', reason, '< 512 kB'), id: 'library-large-index-page'}];
      if (why) return blank(why);
      const team = join(inputs.tmp, 'team-large');
      const made = await writeReports(settings.root, settings.bin, join(team, 'reports'), n);
      if (made.reason) return blank(`n/a (${made.reason})`);
      writeFileSync(join(team, 'role-wizard.config.json'), '{"library": "reports"}\n');
      const rows = [];
      for (const [id, label, args] of runs) {
        const {ms, mb} = await exitWithPeak(settings, args, team);
        rows.push(
          row({id: `library-large-${id}`, case: label, median: ms, unit: 'ms', target: 'none (measured)'}),
          row({id: `library-large-${id}-memory`, case: '  peak memory (maxRSS)', median: mb, unit: 'MB', target: 'none (measured)', status: mb === null ? 'n/a (no maxRSS)' : 'ok'}),
        );
      }
      const {largest, total} = largestIndexPage(join(team, 'reports'));
      rows.push(row({id: 'library-large-index-page', case: `  INDEX.md: largest page (all pages: ${total.toFixed(0)} kB)`, median: largest, unit: 'kB', target: '< 512 kB', pass: largest < 512}));
      rmSync(team, {recursive: true, force: true});
      return rows;
    },
  };
}

/** Go from a resumed draft's first screen into the first task's name field, at its end. */
async function openTaskField(term) {
  for (const key of TO_TASKS) {
    term.press(key);
    await term.waitForIdle(100);
  }
  await term.screenShows(TASKS_SCREEN, 10_000);
  await term.waitForIdle(100);
  term.press(...EDIT_TASK_NAME);
  await term.screenShows(EDITING_SCREEN, 5_000).catch(() => {});
}
