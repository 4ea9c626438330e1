// Everything the cases need, made once per bench run: which commands exist yet, the drafts,
// the reports and the seed.
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {assessmentWithTasks, loadDraftStore, saveDrafts, writeReports} from './inputs.mjs';
import {benchEnv, timeToExit} from './measure.mjs';
import {spawnTerminal} from '../../test/support/terminal.mjs';

export const TASK_SIZES = [10, 100, 500];

/** null when a command is there, else why not (a placeholder says "not available yet"). */
async function missingCommand(bin, name, args = []) {
  const result = await timeToExit(process.execPath, [bin, name, ...args], {env: benchEnv({ROLE_WIZARD_HOME: '/nonexistent/rw-bench-probe'}), timeoutMs: 5_000});
  if (/not available yet/.test(result.stderr)) return 'n/a (not built)';
  if (/unknown command/.test(result.stderr)) return 'n/a (not built)';
  return null;
}

/** Run the wizard once, as a first run would, and wait for it to save its code cache. */
async function warmCodeCache(bin, folder, home) {
  const term = spawnTerminal(process.execPath, [bin, 'new'], {cols: 120, rows: 40, env: benchEnv({ROLE_WIZARD_HOME: home, ROLE_WIZARD_CODE_CACHE: folder})});
  try {
    await term.waitForText('Job Title', 15_000);
    for (let waited = 0; waited < 5_000 && !(existsSync(folder) && readdirSync(folder).some((f) => f.startsWith('wizard-') && f.endsWith('.v8') && !f.endsWith('.exit.v8'))); waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await term.close();
  }
}

/** Build the inputs in `tmp`; each missing piece is recorded as a reason, never faked. */
export async function prepareInputs(settings, tmp, log) {
  const {root, bin} = settings;
  const missing = {};
  for (const name of ['new', 'resume', 'list', 'check', 'export']) missing[name] = await missingCommand(bin, name, name === 'check' || name === 'export' ? ['/nonexistent.md'] : []);
  missing.index = await missingCommand(bin, 'index', ['/nonexistent']);

  const inputs = {tmp, missing, drafts: {}, homes: {}, titles: {}, codeCache: join(tmp, 'code-cache')};
  if (!missing.new) await warmCodeCache(bin, inputs.codeCache, join(tmp, 'home-warm'));
  const store = await loadDraftStore(root);
  inputs.storeReason = store.reason ? `n/a (${store.reason})` : null;
  if (store.draftStore) {
    for (const n of TASK_SIZES) {
      const home = join(tmp, `home-${n}`);
      const assessment = assessmentWithTasks(root, n);
      const [id] = saveDrafts(store.draftStore, home, [assessment]);
      inputs.titles[n] = assessment.role.jobTitle;
      inputs.homes[n] = home;
      inputs.drafts[n] = id;
    }
    log(`bench: ${settings.draftCount} drafts`);
    const fixtures = ['model-alignment-researcher.json', 'red-data-entry-clerk.json', 'yellow-paralegal.json'].map((f) =>
      JSON.parse(readFileSync(join(root, 'test/fixtures', f), 'utf8')),
    );
    inputs.homes.list1 = join(tmp, 'home-list-1');
    saveDrafts(store.draftStore, inputs.homes.list1, [fixtures[0]]);
    inputs.homes.listMany = join(tmp, 'home-list-many');
    saveDrafts(store.draftStore, inputs.homes.listMany, Array.from({length: settings.draftCount}, (_, i) => fixtures[i % 3]));
    inputs.draftsWrittenAt = Date.now();
  }

  if (!missing.export) {
    log(`bench: ${settings.reportCount} reports`);
    const reports = await writeReports(root, bin, join(tmp, 'reports'), settings.reportCount);
    inputs.reports = reports.files ?? null;
    inputs.reportsReason = reports.reason ? `n/a (${reports.reason})` : null;
    inputs.exportedSeed = reports.first ?? null;
  } else {
    inputs.reports = null;
    inputs.reportsReason = missing.export;
  }
  // A team repository: role-wizard.config.json naming reports/, which holds libraryCount reports.
  if (!missing.export) {
    log(`bench: a library of ${settings.libraryCount} reports`);
    inputs.team = join(tmp, 'team');
    const library = await writeReports(root, bin, join(inputs.team, 'reports'), settings.libraryCount);
    writeFileSync(join(inputs.team, 'role-wizard.config.json'), '{"library": "reports"}\n');
    inputs.libraryReason = library.reason ? `n/a (${library.reason})` : null;
    inputs.librarySize = library.files ? readdirSync(join(inputs.team, 'reports')).length : 0;
  } else inputs.libraryReason = missing.export;
  const seed = join(root, '../shared/seeds/000_dbacd2aaa8db9f5d.txt');
  inputs.seed = existsSync(seed) ? seed : inputs.exportedSeed;
  return inputs;
}
