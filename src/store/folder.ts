/**
 * Where drafts live: `$ROLE_WIZARD_HOME/drafts`, or a `drafts` folder inside the user's config
 * folder (the one conf picks for projectName 'role-wizard'). One `<id>.json` per draft, its lock
 * `<id>.lock` beside it.
 */
import {mkdirSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import envPaths from 'env-paths';

/** The drafts folder for an environment. */
export function draftsFolder(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.ROLE_WIZARD_HOME;
  if (home) return join(home, 'drafts');
  // conf's own default: envPaths(projectName, {suffix: 'nodejs'}).config
  return join(envPaths('role-wizard', {suffix: 'nodejs'}).config, 'drafts');
}

/**
 * Create the folder (and missing parents), readable by its owner only. Each level is made on
 * its own: Node's recursive mkdir loops forever where a pseudo-filesystem (/proc, /sys) answers
 * "no such file" for a folder that cannot be made, and this must fail with a reason instead.
 */
export function ensureFolder(folder: string): void {
  const missing: string[] = [];
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    try {
      if (!statSync(dir).isDirectory()) throw Object.assign(new Error(`${dir} is not a folder`), {code: 'ENOTDIR'});
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
      missing.unshift(dir);
    }
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir, {mode: 0o700});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export const DRAFT_EXT = '.json';
export const LOCK_EXT = '.lock';

/** Ids are lower-case letters, digits and dashes: safe as file names on every system. */
export const isDraftId = (text: string): boolean => /^[a-z0-9][a-z0-9-]{0,63}$/.test(text);

export const draftPath = (folder: string, id: string): string => join(folder, `${id}${DRAFT_EXT}`);
export const lockPath = (folder: string, id: string): string => join(folder, `${id}${LOCK_EXT}`);
