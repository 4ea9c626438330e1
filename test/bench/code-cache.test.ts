import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

describe('the code cache of the built commands', () => {
  it('is written on the first run, used on the next, and replaced when damaged', () => {
    const cache = tempFolder('rw-code-cache-');
    const env = {ROLE_WIZARD_CODE_CACHE: cache};
    const first = runCli(['score', SEED_FIXTURE], {env});
    expect(first.code).toBe(0);
    const files = readdirSync(cache).filter((f) => f.endsWith('.v8')).sort();
    // One cache per script the command ran (its own, and the shared zod script's); a short run saves them at exit.
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^command-score-[0-9a-f]{12}\.cjs-v\d+\.\d+\.\d+-\w+\.exit\.v8$/);
    expect(files[1]).toMatch(/^zod-[0-9a-f]{12}\.cjs-v\d+\.\d+\.\d+-\w+\.exit\.v8$/);

    expect(runCli(['score', SEED_FIXTURE], {env})).toEqual(first);

    writeFileSync(join(cache, files[0]!), 'not a code cache');
    expect(runCli(['score', SEED_FIXTURE], {env})).toEqual(first);
    expect(readdirSync(cache).filter((f) => f.endsWith('.v8')).sort()).toEqual(files);
    expect(readFileSync(join(cache, files[0]!), 'utf8')).not.toBe('not a code cache');
  });

  it('is not written when turned off', () => {
    const cache = tempFolder('rw-code-cache-off-');
    const off = runCli(['score', SEED_FIXTURE], {env: {ROLE_WIZARD_CODE_CACHE: 'off', XDG_CACHE_HOME: cache, HOME: cache}});
    expect(off.code).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });

  it("holds the wizard's first script as one byte a character: the script is ASCII", () => {
    // A character past ASCII (esbuild copies a regular expression as written) makes the loader
    // read the whole script as UTF-8, which V8 keeps as a two-byte string: ~1.1 MB, not ~0.56 MB.
    const file = /"(wizard-[0-9a-f]{12}\.cjs)"/.exec(readFileSync(join(ROOT, 'dist/cli.cjs'), 'latin1'))?.[1];
    expect(file).toBeDefined();
    const bytes = readFileSync(join(ROOT, 'dist', file!));
    const at = bytes.findIndex((b) => b > 0x7f);
    expect(at === -1 ? 'ASCII' : `past ASCII at byte ${at}: ${bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8')}`).toBe('ASCII');
  });
});
