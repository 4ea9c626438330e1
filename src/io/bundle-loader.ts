/**
 * Loads a command's bundle (a CommonJS script in dist/) with a V8 code cache kept in the user's
 * cache folder: the first run compiles it and saves the cache (after 1.5 s, or at exit), so that
 * it holds the functions that ran; later runs skip most of the compiling. ROLE_WIZARD_CODE_CACHE
 * names another folder, or "off". The cache is code V8 loads: it is read by the bounded reader
 * (a regular file only, never through a link: a FIFO there cannot hang a start) and written by
 * the one writer (whole or not at all, mode 0600, its folder 0700 whatever the umask).
 *
 * scripts/build.mjs bundles this file into dist/cli.cjs (the module `bundle-loader` there), so it
 * runs as CommonJS: import.meta.url is the bundle's own file, set by the build's banner.
 */
import {mkdirSync, readdirSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import vm from 'node:vm';
import {readBoundedBytes} from './read-text.js';
import {writeFileAtomic} from './write-file.js';

/** A script or its code cache over this is not ours (the wizard's, the largest, is ~2 MB). */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** How long a first run waits before saving the cache: long enough for a whole first frame to have run. */
const SAVE_AFTER_MS = 1500;

/** The folder of the code caches, or null when ROLE_WIZARD_CODE_CACHE is "off". */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: () => string = homedir): string | null {
  const chosen = env.ROLE_WIZARD_CODE_CACHE;
  if (chosen === 'off') return null;
  if (chosen) return chosen;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home(), 'AppData', 'Local'), 'role-wizard', 'Cache');
  if (platform === 'darwin') return join(home(), 'Library', 'Caches', 'role-wizard');
  return join(env.XDG_CACHE_HOME || join(home(), '.cache'), 'role-wizard');
}

/**
 * Of the names in the cache folder, the caches of earlier builds of the bundle `file`
 * (`<stem>-<12 hex>.cjs`): never read again once this build runs.
 */
export function earlierBuildCaches(names: readonly string[], file: string): string[] {
  const stem = file.replace(/[0-9a-f]{12}\.cjs$/, '');
  return names.filter((name) => name.startsWith(stem) && /^[0-9a-f]{12}\.cjs-/.test(name.slice(stem.length)) && !name.startsWith(file));
}

/** The exports of dist/<file>, compiled with its code cache; encoding is latin1 for an ASCII file. */
export function loadBundle(file: string, encoding: BufferEncoding): unknown {
  const path = fileURLToPath(new URL('./' + file, import.meta.url));
  const folder = cacheFolder(process.env);
  // Two caches: one saved 1.5 s in (it holds the functions a whole first frame ran: the one to
  // use) and one saved at exit by a run too short for that (a command, or a wizard that stopped).
  const base = folder && join(folder, file + '-' + process.version + '-' + process.arch);
  let cachedData: Buffer | undefined;
  let full = false;
  const bounded = {maxBytes: CACHE_MAX_BYTES, noFollow: true};
  if (base) {
    try {
      cachedData = readBoundedBytes(base + '.v8', base, bounded);
      full = true;
    } catch {
      try {
        cachedData = readBoundedBytes(base + '.exit.v8', base, bounded);
      } catch {
        // No cache yet, or one we do not trust: compile afresh.
      }
    }
  }
  const source = readBoundedBytes(path, path, {maxBytes: CACHE_MAX_BYTES}).toString(encoding);
  const script = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + source + '\n})', cachedData ? {filename: path, cachedData} : {filename: path});
  const loaded = {exports: {}};
  const wrapper = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: {exports: unknown}, filename: string, dirname: string) => void;
  wrapper(loaded.exports, createRequire(path), loaded, path, fileURLToPath(new URL('.', import.meta.url)));
  if (folder && base) {
    const rejected = Boolean(cachedData) && script.cachedDataRejected === true;
    let saved = false;
    const save = (target: string) => {
      if (saved) return;
      saved = true;
      try {
        mkdirSync(folder, {recursive: true, mode: 0o700});
        writeFileAtomic(target, script.createCachedData(), {mode: 0o600, replace: true, noFollow: true, into: false, fsync: false});
        for (const old of earlierBuildCaches(readdirSync(folder), file)) rmSync(join(folder, old), {force: true});
      } catch {
        // A cache is an optimisation: a folder we cannot write only costs the next start its compile.
      }
    };
    if (!full || rejected) setTimeout(() => save(base + '.v8'), SAVE_AFTER_MS).unref();
    if (!cachedData || rejected) process.once('exit', () => save(base + '.exit.v8'));
  }
  return loaded.exports;
}
