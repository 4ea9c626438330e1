/**
 * One direction of dependency: io (errors and I/O types) at the ground, then the method, then
 * report, terminal text and store, then the wizard, then the commands at the top. Every import of
 * every source file (static, type-only and dynamic, as TypeScript's own scanner reads them) is
 * checked, so a new import that runs back up the layers fails here.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {ROOT as repoRoot} from '../support/paths.js';

const src = join(repoRoot, 'src');

/** What each layer may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  io: [],
  method: [],
  examples: ['method'],
  // The project's config: read from disk (io), checked against the method's defaults.
  config: ['io', 'method'],
  report: ['io', 'method'],
  // What the commands print to a terminal (the scorecard, sensitivity, diff): laid out, never computed.
  terminal: ['io', 'method'],
  store: ['io', 'method'],
  ui: ['io', 'method', 'report', 'store', 'config', 'terminal'],
  commands: ['io', 'method', 'report', 'store', 'ui', 'examples', 'version', 'config', 'terminal'],
  version: [],
  'cli-spec': [],
  cli: ['commands', 'io', 'cli-spec', 'version'],
};

/** The layer of a file under src/: its first folder, or its own name for a top-level file. */
const layerOf = (file: string): string => relative(src, file).split(/[\\/]/)[0]!.replace(/\.(tsx?|js)$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every relative import of a file, static or dynamic, resolved to a path under src/. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName).filter((name) => name.startsWith('.')).map((name) => resolve(dirname(file), name));
}

describe('layers', () => {
  const files = sourceFiles(src);

  it('every source file sits in a known layer', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.map(layerOf).filter((layer) => !(layer in ALLOWED))).toEqual([]);
  });

  it('no import runs up the layers', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        if (to !== from && !ALLOWED[from]!.includes(to)) upward.push(`${relative(repoRoot, file)} imports ${relative(repoRoot, target)} (${from} → ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('the scanner sees dynamic and type-only imports (the check above could not pass vacuously)', () => {
    const sample = "import type {A} from '../commands/support/io.js';\nconst m = await import('../commands/new.js');\n";
    const names = ts.preProcessFile(sample, true, true).importedFiles.map((f) => f.fileName);
    expect(names).toEqual(['../commands/support/io.js', '../commands/new.js']);
  });
});
