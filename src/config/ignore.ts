/**
 * What the folder walk leaves out: the globs of `--ignore` (relative to the current folder) and
 * the `ignore` list of the config that applies to each file's folder (relative to that config
 * file), matched by picomatch on `/`-separated paths. A folder that matches is not walked at all.
 */
import {dirname, relative, resolve, sep} from 'node:path';
import picomatch from 'picomatch';
import type {WalkOptions} from '../io/folder-walk.js';
import {loadProjectConfig, type ProjectConfig} from './project-config.js';

type Skip = NonNullable<WalkOptions['skip']>;

const compile = (globs: readonly string[]) => (globs.length === 0 ? null : picomatch([...globs], {dot: true}));

const slashed = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** A glob list as a test of a path relative to `base`; false for a path outside `base`. */
function matcherFrom(base: string, globs: readonly string[]): ((abs: string) => boolean) | null {
  const match = compile(globs);
  if (!match) return null;
  return (abs) => {
    const rel = slashed(relative(base, abs));
    return rel !== '' && !rel.startsWith('../') && rel !== '..' && match(rel);
  };
}

/** The walk's `skip` for a command run in `cwd` with `--ignore` globs; undefined when nothing can be ignored. */
export function ignoreRule(cwd: string, globs: readonly string[] = []): Skip {
  const fromCommandLine = matcherFrom(cwd, globs);
  const byConfig = new Map<ProjectConfig, ((abs: string) => boolean) | null>();
  return (path) => {
    const abs = resolve(cwd, path);
    if (fromCommandLine?.(abs)) return true;
    const config = loadProjectConfig(dirname(abs));
    if (config.dir === null || config.ignore.length === 0) return false;
    let match = byConfig.get(config);
    if (match === undefined) byConfig.set(config, (match = matcherFrom(config.dir, config.ignore)));
    return match?.(abs) ?? false;
  };
}
