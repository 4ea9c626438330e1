/**
 * The command that reopens a draft, written the way the wizard was started, so that it runs
 * when pasted into the same shell: `npx role-wizard …` after npx (or `npm exec`), `role-wizard …`
 * from a bin on the PATH, else `node <the script> …`.
 */
import {existsSync} from 'node:fs';
import {basename, delimiter, dirname, join, relative, resolve} from 'node:path';

export type Started = {env: NodeJS.ProcessEnv; script: string | undefined; cwd: string};

/** How to run role-wizard again from where it was started. */
export function wizardCommand({env, script, cwd}: Started): string {
  // npm exec (npx) and npm run put their own bin folder on the PATH of the child only.
  if (env.npm_command === 'exec') return 'npx role-wizard';
  if (env.npm_command === 'run-script' || env.npm_lifecycle_event) return 'npx role-wizard';
  if (script && basename(script) === 'role-wizard') {
    const folder = resolve(dirname(script));
    const onPath = (env.PATH ?? '').split(delimiter).some((p) => p !== '' && resolve(p) === folder);
    if (onPath) return 'role-wizard';
    if (existsSync(join(folder, 'role-wizard')) && /node_modules[\\/]\.bin$/.test(folder)) return 'npx role-wizard';
  }
  if (script) {
    const path = relative(cwd, script);
    const shown = path.startsWith('..') || path === '' ? script : path;
    return `node ${/\s/.test(shown) ? JSON.stringify(shown) : shown}`;
  }
  return 'role-wizard';
}

/** The resume command line for a draft. */
export const resumeCommand = (started: Started, id: string): string => `${wizardCommand(started)} resume ${id}`;
