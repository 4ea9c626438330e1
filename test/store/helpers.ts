import {spawn, type ChildProcess} from 'node:child_process';
import fs, {constants, cpSync, mkdirSync, readFileSync} from 'node:fs';
import {syncBuiltinESMExports} from 'node:module';
import {vi} from 'vitest';
import {join} from 'node:path';
import {FIXTURES, ROOT} from '../support/paths.js';
import type {Assessment} from '../../src/method/types.js';
import {tempFolder} from '../support/temp.js';

/** A fresh ROLE_WIZARD_HOME with an empty drafts folder. */
export function tempHome(): {home: string; folder: string; env: NodeJS.ProcessEnv} {
  const home = tempFolder('rw-store-');
  const folder = join(home, 'drafts');
  mkdirSync(folder, {recursive: true});
  return {home, folder, env: {ROLE_WIZARD_HOME: home}};
}

/** Copy a draft fixture from test/fixtures/drafts into a drafts folder; returns its path there. */
export function putDraftFixture(folder: string, name: string): string {
  const to = join(folder, name);
  cpSync(join(FIXTURES, 'drafts', name), to);
  return to;
}

/** An assessment fixture from test/fixtures. */
export const assessmentFixture = (name: string): Assessment => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Assessment;

/** A draft file's data on disk. */
export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

/** The same assessment with another job title (a change the assessor types). */
export const retitled = (a: Assessment, jobTitle: string): Assessment => ({...a, role: {...a.role, jobTitle}});

/** Run a TypeScript child script from test/store/children with tsx; resolves once it prints `line`. */
export function spawnChild(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): {child: ChildProcess; output: () => string; waitFor: (text: string) => Promise<void>; exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>} {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/store/children', script), ...args], {
    cwd: ROOT,
    env: {...process.env, ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
    child.on('exit', (code, signal) => resolve({code, signal})),
  );
  const waitFor = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child never printed "${text}"; output:\n${out}`)), 15_000);
      const check = () => {
        if (out.includes(text)) {
          clearTimeout(timer);
          resolve();
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          reject(new Error(`child exited before "${text}"; output:\n${out}`));
        } else setTimeout(check, 10);
      };
      check();
    });
  return {child, output: () => out, waitFor, exited};
}

/** Count the reads of `path` made through node:fs while `body` runs (ES module imports of node:fs included). */
export function readsOf(path: string, body: () => void): number {
  let reads = 0;
  const readFile = fs.readFileSync;
  const open = fs.openSync;
  vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
    if (file === path) reads++;
    return (readFile as (f: unknown, o: unknown) => unknown)(file, options);
  }) as typeof fs.readFileSync);
  vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
    const writeOnly = typeof flags === 'number' && (flags & 3) === constants.O_WRONLY;
    if (file === path && !writeOnly) reads++;
    return open(file, flags as fs.OpenMode, mode);
  }) as typeof fs.openSync);
  syncBuiltinESMExports();
  try {
    body();
  } finally {
    vi.restoreAllMocks();
    syncBuiltinESMExports();
  }
  return reads;
}
