import {spawnSync} from 'node:child_process';
import {BIN} from './paths.js';

export type CliResult = {code: number | null; stdout: string; stderr: string};

/** Run the built role-wizard bin with arguments, as a user would. */
export function runCli(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv; input?: string} = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: {...process.env, NODE_EXTRA_CA_CERTS: undefined, ...options.env},
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}
