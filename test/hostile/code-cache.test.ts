/**
 * The V8 code cache is code V8 loads: read by the bounded reader (a FIFO at its path cannot hang
 * a start), written by the one writer (whole or not at all: a full disk leaves no partial file),
 * and private under any umask.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {BIN, ROOT} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

const schema = (cache: string, umask = '022') =>
  spawnSync('sh', ['-c', `umask ${umask}; exec "${process.execPath}" "${BIN}" schema`], {
    encoding: 'utf8',
    env: {...process.env, ROLE_WIZARD_CODE_CACHE: cache, ROLE_WIZARD_HOME: tempFolder('rw-cache-home-')},
    timeout: 15_000,
  });

const bundles = () => readdirSync(join(ROOT, 'dist')).filter((n) => n.endsWith('.cjs'));

describe('the code cache', () => {
  it('a FIFO at every cache path: the command runs and ends (exit 0), the FIFOs stay', () => {
    const cache = tempFolder('rw-cache-fifo-');
    for (const name of bundles()) {
      for (const ext of ['.v8', '.exit.v8']) {
        const path = join(cache, `${name}-${process.version}-${process.arch}${ext}`);
        expect(spawnSync('mkfifo', [path]).status).toBe(0);
      }
    }
    const r = schema(cache);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('$schema');
    expect(readdirSync(cache).every((n) => statSync(join(cache, n)).isFIFO())).toBe(true);
  });

  it('under umask 000 the cache files are 0600 and their folder 0700', () => {
    const cache = join(tempFolder('rw-cache-umask-'), 'cache');
    expect(schema(cache, '000').status).toBe(0);
    const files = readdirSync(cache);
    expect(files.length).toBeGreaterThan(0);
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    for (const name of files) expect([name, statSync(join(cache, name)).mode & 0o777]).toEqual([name, 0o600]);
  });
});

const mountPoint = tempFolder('rw-cache-tmpfs-');
const mountResult = process.getuid?.() === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]) : null;
const mounted = mountResult?.status === 0;
const skipReason = mountResult === null ? 'not root' : `mount failed: ${mountResult.stderr?.toString().trim()}`;
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
});

describe.skipIf(!mounted)(`a cache folder on a full disk (a 64 KB tmpfs)${mounted ? '' : `: skipped, ${skipReason}`}`, () => {
  it('leaves no partial file: what is there is whole, and no temporary file is left', () => {
    const r = schema(mountPoint);
    expect(r.status).toBe(0);
    const names = readdirSync(mountPoint);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    // zod's cache (~350 KB) cannot fit: it is not there at all, rather than cut to what fitted.
    expect(names.filter((n) => n.startsWith('zod-'))).toEqual([]);
  });
});
