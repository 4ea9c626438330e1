// `node bench/cross-check.mjs [--repeat N]`: the bench's own pty figures beside the same figures
// from ../shared/tools/pty-time (an independent harness), for the start-up cases and for typing
// in the Job Title field at human pace. Needs `npm run build` first.
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {assessmentWithTasks, loadDraftStore, saveDrafts} from './lib/inputs.mjs';
import {benchEnv, keyLatencies, startToScreen, timeToExit} from './lib/measure.mjs';
import {median, percentile} from './lib/stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/role-wizard.js');
const ptyTime = join(root, '../shared/tools/pty-time');
const {values: opts} = parseArgs({options: {repeat: {type: 'string', default: '10'}}});
const repeat = Number(opts.repeat);
if (!existsSync(ptyTime)) {
  process.stderr.write(`cross-check: ${ptyTime} is not there; nothing to compare with\n`);
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'rw-cross-'));
const cache = join(tmp, 'code-cache');
const env = (home) => benchEnv({ROLE_WIZARD_HOME: join(tmp, home), ROLE_WIZARD_CODE_CACHE: cache});
const FULL_FRAME = 'save & quit';
const TYPED = 'abcdefghijklmnop';

/** pty-time's JSON figures for a command (medians over its runs). */
async function ptyTimeFigures(args, command, homeName) {
  const r = await timeToExit(ptyTime, ['--cols', '120', '--rows', '40', '--repeat', String(repeat), '--json', ...args, '--', ...command], {env: env(homeName), timeoutMs: 600_000});
  if (r.code !== 0) throw new Error(`pty-time failed: ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
}

const lines = [];
const show = (what, ours, theirs) => lines.push(`| ${what} | ${ours} | ${theirs} |`);
const ms = (v) => (v == null ? '' : `${Number(v).toFixed(1)} ms`);
try {
  // A first run saves the wizard's code cache, as on a user's machine.
  const warm = await startToScreen(process.execPath, [bin, 'new'], [FULL_FRAME], {env: env('home-warm')});
  await new Promise((r) => setTimeout(r, 2_000));
  await warm.term.close();

  const store = await loadDraftStore(root);
  const draft = store.draftStore ? saveDrafts(store.draftStore, join(tmp, 'home-100'), [assessmentWithTasks(root, 100)])[0] : null;

  const oursToScreen = async (command, text, homeName) => {
    const times = [];
    for (let i = 0; i < repeat; i++) {
      const {term, ms: t} = await startToScreen(command[0], command.slice(1), [text], {env: env(homeName)});
      times.push(t);
      await term.close();
    }
    return median(times);
  };
  const oursToExit = async (command) => {
    const times = [];
    for (let i = 0; i < repeat; i++) times.push((await timeToExit(command[0], command.slice(1), {env: env('home-exit')})).ms);
    return median(times);
  };

  const bare = [process.execPath, '-e', "console.log('ready')"];
  show("bare Node → 'ready' (pty)", ms(await oursToScreen(bare, 'ready', 'home-bare')), ms((await ptyTimeFigures(['--until', 'ready'], bare, 'home-bare')).ready_ms));
  const wizardNew = [process.execPath, bin, 'new'];
  show('`new` → full first frame (warm code cache)', ms(await oursToScreen(wizardNew, FULL_FRAME, 'home-new')), ms((await ptyTimeFigures(['--until', FULL_FRAME], wizardNew, 'home-new')).ready_ms));
  if (draft) {
    const resume = [process.execPath, bin, 'resume', draft];
    show('resume 100 tasks → full first frame', ms(await oursToScreen(resume, FULL_FRAME, 'home-100')), ms((await ptyTimeFigures(['--until', FULL_FRAME], resume, 'home-100')).ready_ms));
  }
  show('bare Node → exit', ms(await oursToExit(bare)), ms((await ptyTimeFigures([], bare, 'home-exit')).exit_ms));
  const version = [process.execPath, bin, '--version'];
  show('`--version` → exit', ms(await oursToExit(version)), ms((await ptyTimeFigures([], version, 'home-exit')).exit_ms));

  // Typing in the Job Title field at human pace: key → first output after it.
  const keys = [];
  for (let i = 0; i < Math.max(1, Math.ceil(repeat / 3)); i++) {
    const {term} = await startToScreen(process.execPath, [bin, 'new'], [FULL_FRAME], {env: env('home-keys')});
    await term.waitForIdle(300);
    keys.push(...(await keyLatencies(term, TYPED, {gapMs: 100})));
    await term.close();
  }
  const theirs = await ptyTimeFigures(['--until', FULL_FRAME, '--type', TYPED, '--gap', '100'], wizardNew, 'home-keys');
  const k = theirs.key_ms ?? {};
  show('key → output, typing the Job Title (median / p95)', `${ms(median(keys))} / ${ms(percentile(keys, 95))}`, `${ms(k.median)} / ${ms(k.p95)}`);
} finally {
  rmSync(tmp, {recursive: true, force: true});
}
process.stdout.write(`| case | bench/lib (median) | pty-time (median) |\n|---|---|---|\n${lines.join('\n')}\n`);
