/**
 * Where the team's library of reports is: `--library DIR`, else ROLE_WIZARD_LIBRARY (both
 * relative to the current folder), else the config file's "library" (relative to the file).
 */
import {resolve} from 'node:path';
import type {WalkOptions} from '../io/folder-walk.js';
import {ignoreRule} from './ignore.js';
import {loadProjectConfig} from './project-config.js';

export type LibraryFolder = {
  /** Absolute path of the folder. */
  dir: string;
  /** Where it was named, for messages. */
  namedBy: string;
  /** What its walk leaves out: the "ignore" globs of the config that applies to each folder. */
  skip: NonNullable<WalkOptions['skip']>;
};

/** The library folder for a command run in `cwd`, or null when none is named. */
export function libraryFolder(cwd: string, env: NodeJS.ProcessEnv, option?: string): LibraryFolder | null {
  const skip = ignoreRule(cwd);
  if (option) return {dir: resolve(cwd, option), namedBy: '--library', skip};
  const fromEnv = env.ROLE_WIZARD_LIBRARY;
  if (fromEnv) return {dir: resolve(cwd, fromEnv), namedBy: 'ROLE_WIZARD_LIBRARY', skip};
  const config = loadProjectConfig(cwd);
  return config.library && config.file ? {dir: config.library, namedBy: config.file, skip} : null;
}
