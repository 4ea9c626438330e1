/**
 * package.json says what the project uses: knip (knip.json) finds every package imported by
 * src/, scripts/, bench/ and test/ or run by a package.json script, and fails on one declared and
 * unused, or used and undeclared.
 */
import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

const KNIP = join(ROOT, 'node_modules/knip/bin/knip.js');
const knip = (dir: string) => spawnSync(process.execPath, [KNIP, '--dependencies', '--no-progress', '--directory', dir], {encoding: 'utf8', timeout: 120_000});

describe('declared dependencies (knip)', () => {
  it('declares every package it uses and uses every package it declares', () => {
    const result = knip(ROOT);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('fails on a package declared and unused, and on one used and undeclared', () => {
    const dir = tempFolder('rw-knip-');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'x', version: '1.0.0', type: 'module', main: 'index.js', devDependencies: {chalk: '^5.0.0', 'left-pad': '^1.3.0'}}));
    writeFileSync(join(dir, 'index.js'), "import chalk from 'chalk';\nimport stringWidth from 'string-width';\nconsole.log(chalk.red(String(stringWidth('a'))));\n");
    const result = knip(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Unused devDependencies[^]*left-pad/);
    expect(result.stdout).toMatch(/Unlisted dependencies[^]*string-width/);
    expect(result.stdout).not.toMatch(/chalk/);
  }, 120_000);
});
