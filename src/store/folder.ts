/**
 * Where drafts live: `$ROLE_WIZARD_HOME/drafts`, or a `drafts` folder inside the user's config
 * folder (the one conf picks for projectName 'role-wizard'). One `<id>.json` per draft, its lock
 * `<id>.lock` beside it.
 */
import {mkdirSync} from 'node:fs';
import {join} from 'node:path';
import envPaths from 'env-paths';

/** The drafts folder for an environment. */
export function draftsFolder(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.ROLE_WIZARD_HOME;
  if (home) return join(home, 'drafts');
  // conf's own default: envPaths(projectName, {suffix: 'nodejs'}).config
  return join(envPaths('role-wizard', {suffix: 'nodejs'}).config, 'drafts');
}

/** Create the folder, readable by its owner only. */
export function ensureFolder(folder: string): void {
  mkdirSync(folder, {recursive: true, mode: 0o700});
}

export const DRAFT_EXT = '.json';
export const LOCK_EXT = '.lock';

/** Ids are lower-case letters, digits and dashes: safe as file names on every system. */
export const isDraftId = (text: string): boolean => /^[a-z0-9][a-z0-9-]{0,63}$/.test(text);

export const draftPath = (folder: string, id: string): string => join(folder, `${id}${DRAFT_EXT}`);
export const lockPath = (folder: string, id: string): string => join(folder, `${id}${LOCK_EXT}`);
