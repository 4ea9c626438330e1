/**
 * Every patch in patches/ is applied to node_modules (by patch-package on install), so the tests
 * that import a dependency run the code the bundle holds.
 */
import {execFileSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';

const patches = readdirSync(join(ROOT, 'patches')).filter((p) => p.endsWith('.patch'));

describe('the patches of dependencies', () => {
  it('are there', () => expect(patches.length).toBeGreaterThan(0));
  it.each(patches)('%s is applied to node_modules', (patch) => {
    // Taking it back out would apply cleanly: it is in.
    expect(() => execFileSync('git', ['apply', '-R', '--check', join('patches', patch)], {cwd: ROOT, stdio: 'pipe'})).not.toThrow();
  });
});
