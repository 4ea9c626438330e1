/**
 * A dependency's file as its package ships it: the file in node_modules with our patch
 * (patches/*.patch) taken back out by `git apply -R`, bundled next to the patched file, so that a
 * test can run both side by side.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {ROOT} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

/** The patch file that changes `file` (a path from the project root, node_modules/...). */
export function patchOf(file: string): string {
  const found = readdirSync(join(ROOT, 'patches')).filter((p) => readFileSync(join(ROOT, 'patches', p), 'utf8').includes(`\n+++ b/${file}\n`));
  if (found.length !== 1) throw new Error(`${file}: ${found.length} patches change it`);
  return join(ROOT, 'patches', found[0]!);
}

/** The text of `file` before its patch. */
export function unpatchedText(file: string): string {
  const dir = tempFolder('rw-unpatched-');
  mkdirSync(join(dir, dirname(file)), {recursive: true});
  writeFileSync(join(dir, file), readFileSync(join(ROOT, file)));
  execFileSync('git', ['apply', '-R', `--include=${file}`, patchOf(file)], {cwd: dir, stdio: 'pipe'});
  return readFileSync(join(dir, file), 'utf8');
}

/** `file` bundled (with what it imports) as it is in node_modules, or before its patch. */
export async function loadBoth<T>(file: string): Promise<{patched: T; unpatched: T}> {
  const dir = tempFolder('rw-both-');
  const load = async (name: string, contents: string) => {
    const result = await build({stdin: {contents, resolveDir: join(ROOT, dirname(file)), loader: 'js'}, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent'});
    writeFileSync(join(dir, name), result.outputFiles[0]!.text);
    return (await import(pathToFileURL(join(dir, name)).href)) as T;
  };
  return {patched: await load('patched.mjs', readFileSync(join(ROOT, file), 'utf8')), unpatched: await load('unpatched.mjs', unpatchedText(file))};
}
