/**
 * This repository's GitHub Action (action.yml) run as a runner runs a composite action: the
 * action's folder is a copy of the repository without its installed or built files, each input
 * is its default unless given, `${{ … }}` is replaced as GitHub replaces it, and each `run:`
 * step runs in a script file under `bash --noprofile --norc -eo pipefail`, with GitHub's
 * environment variables (GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY).
 */
import {spawnSync} from 'node:child_process';
import {cpSync, readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {parse} from 'yaml';
import {ROOT} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

export type ActionStep = {name?: string; shell?: string; run?: string; uses?: string; env?: Record<string, string>; 'working-directory'?: string; if?: string};
export type ActionFile = {
  name: string;
  inputs: Record<string, {description: string; required?: boolean; default?: string}>;
  runs: {using: string; steps: ActionStep[]};
};

export const ACTION_TEXT = readFileSync(join(ROOT, 'action.yml'), 'utf8');
export const ACTION = parse(ACTION_TEXT) as ActionFile;

// What a clone at a tag holds is what git tracks: never the installed, built or generated files.
const NOT_IN_A_CLONE = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.bench']);

/** The action's folder as a runner downloads it: the repository's files, nothing installed or built. */
export function actionFolder(): string {
  const dir = tempFolder('rw-action-');
  cpSync(ROOT, dir, {recursive: true, filter: (src) => !NOT_IN_A_CLONE.has(relative(ROOT, src).split(/[\\/]/)[0] ?? '') && !/^dist\.tmp-/.test(relative(ROOT, src))});
  return dir;
}

/** `${{ … }}` as GitHub replaces it in a composite action; any other expression is an error here, not an empty string. */
function substitute(text: string, context: {actionPath: string; inputs: Record<string, string>}): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_m, expression: string) => {
    if (expression === 'github.action_path') return context.actionPath;
    const input = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expression);
    if (input && input[1]! in context.inputs) return context.inputs[input[1]!]!;
    throw new Error(`action.yml: the test runner does not know the expression \${{ ${expression} }}`);
  });
}

export type StepRun = {name: string; code: number | null; stdout: string; stderr: string};
export type ActionRun = {code: number; steps: StepRun[]; stdout: string; summary: string};

/**
 * Run the action's steps from `from` (0: all, with the build) in `workspace`, with `given`
 * inputs over the defaults; a failing step ends the run, as on GitHub.
 */
export function runAction(actionPath: string, workspace: string, given: Record<string, string> = {}, from = 0): ActionRun {
  for (const name of Object.keys(given)) if (!(name in ACTION.inputs)) throw new Error(`action.yml has no input ${name}`);
  const inputs = Object.fromEntries(Object.entries(ACTION.inputs).map(([name, spec]) => [name, given[name] ?? spec.default ?? '']));
  const context = {actionPath, inputs};
  const runnerTemp = tempFolder('rw-runner-');
  const summaryFile = join(runnerTemp, 'step_summary');
  writeFileSync(summaryFile, '');
  const steps: StepRun[] = [];
  for (const [i, step] of ACTION.runs.steps.entries()) {
    if (i < from) continue;
    if (step.run === undefined || step.shell !== 'bash' || step.if !== undefined) throw new Error(`step ${i}: the test runner runs bash steps without conditions only`);
    const script = join(runnerTemp, `step-${i}.sh`);
    writeFileSync(script, substitute(step.run, context));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_EXTRA_CA_CERTS: undefined,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      // The dependencies come from the lock file; the npm cache of this machine serves them.
      npm_config_prefer_offline: 'true',
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), context)])),
    };
    const cwd = step['working-directory'] ? substitute(step['working-directory'], context) : workspace;
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {cwd, env, encoding: 'utf8', timeout: 240_000});
    steps.push({name: step.name ?? `step ${i}`, code: r.status, stdout: r.stdout, stderr: r.stderr});
    if (r.status !== 0) break;
  }
  const failed = steps.find((s) => s.code !== 0);
  // A step killed (its time ran out) has no exit code: a failure all the same.
  return {code: failed ? (failed.code ?? -1) : 0, steps, stdout: steps.map((s) => s.stdout).join(''), summary: readFileSync(summaryFile, 'utf8')};
}
