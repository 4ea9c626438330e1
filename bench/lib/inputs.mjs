// The bench's inputs, generated in a temporary folder: assessments of n tasks, drafts written
// by the project's own draft store, and Markdown reports written by the project's own export.
import {existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {timeToExit, benchEnv} from './measure.mjs';

const TASK_VERBS = ['Review', 'Draft', 'Audit', 'Design', 'Negotiate', 'Analyse', 'Present', 'Coordinate'];
const TASK_OBJECTS = ['evaluation protocols', 'safety cases', 'training data', 'research plans', 'incident reports', 'stakeholder briefings'];

/** The reference fixture with `n` generated tasks whose time shares add up to 100%. */
export function assessmentWithTasks(root, n) {
  const base = JSON.parse(readFileSync(join(root, 'test/fixtures/model-alignment-researcher.json'), 'utf8'));
  const tasks = Array.from({length: n}, (_, i) => ({
    name: `${TASK_VERBS[i % TASK_VERBS.length]} ${TASK_OBJECTS[i % TASK_OBJECTS.length]} (${i + 1})`,
    timePercent: Math.floor(100 / n) + (i < 100 % n ? 1 : 0),
    score: (i % 5) + 1,
    label: null,
    rationale: `Task ${i + 1}: how much of it an agent could do alone, and why.`,
  }));
  return {...base, role: {...base.role, jobTitle: `${base.role.jobTitle} (${n} tasks)`}, tasks};
}

/**
 * The draft store, bundled from src/store/ for the bench (the CLI bundle does not export it),
 * or a reason why it cannot be used yet.
 */
export async function loadDraftStore(root) {
  const entry = join(root, 'src/store/drafts.ts');
  if (!existsSync(entry)) return {reason: 'src/store/drafts.ts not built'};
  const out = join(root, 'build/bench-store.mjs');
  try {
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      banner: {js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);"},
    });
    const mod = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
    if (typeof mod.draftStore !== 'function') return {reason: 'src/store/drafts.ts exports no draftStore'};
    return {draftStore: mod.draftStore};
  } catch (error) {
    return {reason: `draft store does not build: ${String(error.message).split('\n')[0]}`};
  }
}

/** Save assessments as drafts in a draft folder; resolves with their ids. */
export function saveDrafts(draftStore, home, assessments) {
  mkdirSync(home, {recursive: true});
  const store = draftStore({...process.env, ROLE_WIZARD_HOME: home});
  return assessments.map((a) => store.saveNew(a).id);
}

/**
 * `count` Markdown reports written by `role-wizard export` of the three fixtures (round robin),
 * or a reason why not. Exported once per fixture, then copied.
 */
export async function writeReports(root, bin, dir, count) {
  mkdirSync(dir, {recursive: true});
  const fixtures = ['model-alignment-researcher.json', 'red-data-entry-clerk.json', 'yellow-paralegal.json'];
  const made = [];
  for (const name of fixtures) {
    const out = join(dir, `source-${name.replace(/\.json$/, '.md')}`);
    const result = await timeToExit(process.execPath, [bin, 'export', join(root, 'test/fixtures', name), '-o', out, '--force'], {env: benchEnv()});
    if (result.code !== 0 || !existsSync(out)) return {reason: `export failed: ${(result.stderr || result.stdout).trim().split('\n')[0]}`};
    made.push(out);
  }
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(dir, `report-${String(i).padStart(4, '0')}.md`);
    copyFileSync(made[i % made.length], file);
    files.push(file);
  }
  return {files, first: made[0]};
}

/** Write a file and return its path. */
export function writeText(path, text) {
  writeFileSync(path, text);
  return path;
}
