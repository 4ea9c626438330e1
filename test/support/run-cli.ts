import {spawnSync} from 'node:child_process';
import {join} from 'node:path';
import {BIN} from './paths.js';
import {tempFolder} from './temp.js';

/** Drafts made by CLI tests go here unless a test names its own folder: never the user's. */
export const TEST_HOME = tempFolder('rw-home-');

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** Run the built role-wizard bin with arguments, as a user would. */
export function runCli(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv; input?: string} = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: {...process.env, NODE_EXTRA_CA_CERTS: undefined, ROLE_WIZARD_HOME: TEST_HOME, ROLE_WIZARD_CODE_CACHE: join(TEST_HOME, 'code-cache'), ...options.env},
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
