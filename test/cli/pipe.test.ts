import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BIN, FIXTURES} from '../support/paths.js';
import {tempFolder} from '../support/temp.js';

describe('output into a pipe that closes early', () => {
  it('stops quietly with exit 0 when the reader goes away (`export … | head -c 1`), no stack trace', () => {
    const folder = tempFolder('rw-pipe-');
    // A report far larger than a pipe's buffer, so that the writer is still writing when head exits.
    const assessment = JSON.parse(readFileSync(join(FIXTURES, 'model-alignment-researcher.json'), 'utf8'));
    assessment.role.primaryFunction = 'A long paragraph. '.repeat(20_000);
    const file = join(folder, 'big.json');
    writeFileSync(file, JSON.stringify(assessment));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" export "${file}" | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], {
      env: {...process.env, NODE_EXTRA_CA_CERTS: undefined, ROLE_WIZARD_HOME: folder, ROLE_WIZARD_CODE_CACHE: 'off'},
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('exit 0');
  });
});
