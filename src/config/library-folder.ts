/**
 * Where the team's library of reports is: `--library DIR`, else ROLE_WIZARD_LIBRARY (both
 * relative to the current folder), else the config file's "library" (relative to the file).
 */
import {resolve} from 'node:path';
import {loadProjectConfig} from './project-config.js';

export type LibraryFolder = {
  /** Absolute path of the folder. */
  dir: string;
  /** Where it was named, for messages. */
  namedBy: string;
};

/** The library folder for a command run in `cwd`, or null when none is named. */
export function libraryFolder(cwd: string, env: NodeJS.ProcessEnv, option?: string): LibraryFolder | null {
  if (option) return {dir: resolve(cwd, option), namedBy: '--library'};
  const fromEnv = env.ROLE_WIZARD_LIBRARY;
  if (fromEnv) return {dir: resolve(cwd, fromEnv), namedBy: 'ROLE_WIZARD_LIBRARY'};
  const config = loadProjectConfig(cwd);
  return config.library && config.file ? {dir: config.library, namedBy: config.file} : null;
}
