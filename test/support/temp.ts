/**
 * Temporary folders for tests, removed when the test file's tests are done, so that a test run
 * leaves nothing behind in the temporary folder.
 */
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

const made = new Set<string>();

// One hook per test file (vitest loads this module afresh for each file). It runs after the
// file's own afterEach/afterAll hooks, so programs a test started have been closed by then.
afterAll(() => {
  for (const path of made) rmSync(path, {recursive: true, force: true});
  made.clear();
});

/** A new empty folder in the temporary folder, named `<prefix>XXXXXX`, removed after this file's tests. */
export function tempFolder(prefix: string): string {
  const path = mkdtempSync(join(tmpdir(), prefix));
  made.add(path);
  return path;
}

/** `<parent>/<name>` holding these files (paths relative to it, folders made as needed). */
export function folderWith(parent: string, name: string, files: Record<string, string>): string {
  const dir = join(parent, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), {recursive: true});
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
