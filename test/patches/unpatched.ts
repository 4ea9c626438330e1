/**
 * A dependency's file as its package ships it: the file in node_modules with our patch
 * (patches/*.patch) taken back out by `git apply -R`, bundled next to the patched file, so that a
 * test can run both side by side.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build, type Plugin} from 'esbuild';
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

/** Every file of node_modules that a patch changes (not those a patch adds). */
function patchedFiles(): Set<string> {
  const files = new Set<string>();
  for (const p of readdirSync(join(ROOT, 'patches')).filter((f) => f.endsWith('.patch'))) {
    for (const m of readFileSync(join(ROOT, 'patches', p), 'utf8').matchAll(/^--- a\/(node_modules\/\S+)$/gm)) files.add(m[1]!);
  }
  return files;
}

/**
 * `file` bundled (with what it imports) as it is in node_modules, and as the packages ship it:
 * in the second, every patched file it reaches (its own dependencies' included) is the file
 * before its patch, so the two differ by exactly our patches.
 */
export async function loadBoth<T>(file: string): Promise<{patched: T; unpatched: T}> {
  const dir = tempFolder('rw-both-');
  const patched = patchedFiles();
  const upstream: Plugin = {
    name: 'upstream',
    setup(b) {
      b.onLoad({filter: /[\\/]node_modules[\\/]/}, (args) => {
        const rel = relative(ROOT, args.path).split(sep).join('/');
        return patched.has(rel) ? {contents: unpatchedText(rel), loader: 'js', resolveDir: dirname(args.path)} : undefined;
      });
    },
  };
  const load = async (name: string, contents: string, plugins: Plugin[]) => {
    const result = await build({stdin: {contents, resolveDir: join(ROOT, dirname(file)), loader: 'js'}, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', plugins});
    writeFileSync(join(dir, name), result.outputFiles[0]!.text);
    return (await import(pathToFileURL(join(dir, name)).href)) as T;
  };
  return {
    patched: await load('patched.mjs', readFileSync(join(ROOT, file), 'utf8'), []),
    unpatched: await load('unpatched.mjs', patched.has(file) ? unpatchedText(file) : readFileSync(join(ROOT, file), 'utf8'), [upstream]),
  };
}
