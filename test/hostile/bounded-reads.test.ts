/**
 * Every file is read through one bounded reader: regular files only, the size checked on the open
 * file before reading and held while reading, so /dev/zero, a FIFO with no writer and a huge or
 * sparse file are refused at once, with the reason, in bounded time and memory.
 */
import {spawnSync} from 'node:child_process';
import {closeSync, mkdirSync, openSync, symlinkSync, truncateSync, writeFileSync, writeSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {forgetProjectConfigs, loadProjectConfig} from '../../src/config/project-config.js';
import {FileReadError, READ_LIMITS, readBounded, readText} from '../../src/io/read-text.js';
import {FIXTURES, SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const PLANTED = `${FIXTURES}reports/planted-errors.md`;

const tmp = tempFolder('rw-bounded-');

function fifo(name: string): string {
  const path = join(tmp, name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

function sparse(name: string, bytes: number): string {
  const path = join(tmp, name);
  writeFileSync(path, '{');
  truncateSync(path, bytes);
  return path;
}

describe('the bounded reader', () => {
  it('reads a regular file whole, and refuses one over the limit by its size alone', () => {
    expect(readText(SEED_FIXTURE)).toContain('Model Alignment Researcher');
    const big = sparse('big.json', 1024 * 1024 * 1024);
    const started = performance.now();
    expect(() => readBounded(big, 'big.json')).toThrow('big.json: the file is 1024.0 MB; files over 10.0 MB are refused');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a device, a FIFO with no writer and a folder, without blocking', () => {
    expect(() => readText('/dev/zero', 'zero')).toThrow('zero: cannot read: it is a device, not a regular file');
    expect(() => readText(fifo('no-writer.json'), 'p')).toThrow('p: cannot read: it is a pipe (FIFO), not a regular file');
    expect(() => readText(tmp, 'dir')).toThrow('dir: cannot read: it is a folder, not a file');
    expect(() => readText(join(tmp, 'absent'), 'absent')).toThrow('absent: cannot read: no such file');
  });

  it('holds the limit while reading: a file just at it is read, one byte more is refused', () => {
    const path = join(tmp, 'edge.md');
    const fd = openSync(path, 'w');
    writeSync(fd, Buffer.alloc(1000, 'a'));
    closeSync(fd);
    expect(readBounded(path, 'edge.md', {maxBytes: 1000})).toHaveLength(1000);
    expect(() => readBounded(path, 'edge.md', {maxBytes: 999, noun: 'report'})).toThrow('edge.md: the report is 0.0 MB; reports over 0.0 MB are refused');
  });

  it('refuses a symbolic link when asked not to follow one', () => {
    const link = join(tmp, 'link.json');
    symlinkSync(SEED_FIXTURE, link);
    expect(readText(link)).toContain('Model Alignment Researcher');
    expect(() => readBounded(link, 'link.json', {noFollow: true})).toThrow(FileReadError);
    expect(() => readBounded(link, 'link.json', {noFollow: true})).toThrow('link.json: cannot read: it is a symbolic link, which is not followed');
  });
});

describe('commands on files that never end or are too big', () => {
  it('check, score and import refuse /dev/zero, a FIFO and a sparse file at once, exit 1', () => {
    const cases: Array<[string[], RegExp]> = [
      [['check', '/dev/zero'], /\/dev\/zero: cannot read: it is a device, not a regular file/],
      [['check', fifo('report.md')], /report\.md: cannot read: it is a pipe \(FIFO\), not a regular file/],
      [['score', '/dev/zero'], /\/dev\/zero: cannot read: it is a device/],
      [['import', fifo('import.md')], /import\.md: cannot read: it is a pipe/],
      [['score', sparse('huge.json', READ_LIMITS.jsonBytes + 1)], /huge\.json: the file is 10\.0 MB; files over 10\.0 MB are refused/],
      [['check', sparse('huge.md', 1024 * 1024 * 1024)], /huge\.md: the report is 1024\.0 MB; reports over 5\.0 MB are refused/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      expect(r.stdout + r.stderr, args.join(' ')).toMatch(message);
      expect(r.code, args.join(' ')).toBe(1);
    }
  });

  it('an assessment JSON over 10 MB is refused before it is parsed', () => {
    const path = join(tmp, 'padded.json');
    writeFileSync(path, `{"pad": "${'x'.repeat(READ_LIMITS.jsonBytes)}"}`);
    const r = runCli(['score', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/padded\.json: the file is 10\.0 MB; files over 10\.0 MB are refused/);
  });

  it('a draft that is a FIFO or a device is listed as damaged, not read', () => {
    const home = tempFolder('rw-bounded-home-');
    mkdirSync(join(home, 'drafts'));
    expect(spawnSync('mkfifo', [join(home, 'drafts', 'piped.json')]).status).toBe(0);
    symlinkSync('/dev/zero', join(home, 'drafts', 'zero.json'));
    const r = runCli(['list'], {env: {ROLE_WIZARD_HOME: home}});
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cannot read it: it is a pipe (FIFO), not a regular file');
    expect(r.stdout).toContain('cannot read it: it is a symbolic link, which is not followed');
  });
});

describe('a project config that never ends or is too big', () => {
  const configIn = (name: string, make: (path: string) => void) => {
    const dir = join(tmp, name);
    mkdirSync(dir);
    make(join(dir, 'role-wizard.config.json'));
    return dir;
  };
  const refusal = (dir: string): string => {
    forgetProjectConfigs();
    try {
      loadProjectConfig(dir);
    } catch (error) {
      expect(error).toBeInstanceOf(FileReadError);
      return (error as Error).message;
    }
    throw new Error('expected the config to be refused');
  };

  it('a FIFO with no writer is refused at once, by name, not waited on', () => {
    const dir = configIn('fifo-config', (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0));
    const started = performance.now();
    expect(refusal(dir)).toBe(`${join(dir, 'role-wizard.config.json')}: cannot read: it is a pipe (FIFO), not a regular file`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a config over the limit is refused by its size before a byte is read', () => {
    const dir = configIn('huge-config', (path) => {
      writeFileSync(path, '{');
      truncateSync(path, 1024 * 1024 * 1024);
    });
    const started = performance.now();
    expect(refusal(dir)).toBe(`${join(dir, 'role-wizard.config.json')}: the config file is 1024.0 MB; config files over 1.0 MB are refused`);
    expect(performance.now() - started).toBeLessThan(1000);
    // Just over the limit, written out: the same refusal, not a parse of 1 MB of JSON.
    const over = configIn('over-config', (path) => writeFileSync(path, `{"library": "${'x'.repeat(READ_LIMITS.configBytes)}"}`));
    expect(refusal(over)).toMatch(/role-wizard\.config\.json: the config file is 1\.0 MB; config files over 1\.0 MB are refused$/);
  });

  it('a package.json that is a FIFO is refused the same way', () => {
    const dir = join(tmp, 'fifo-package');
    mkdirSync(dir);
    expect(spawnSync('mkfifo', [join(dir, 'package.json')]).status).toBe(0);
    expect(refusal(dir)).toMatch(/package\.json: cannot read: it is a pipe \(FIFO\), not a regular file$/);
  });

  it('check in a folder under such a config: one message naming it, exit 1, at once', () => {
    const dir = configIn('fifo-check', (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0));
    writeFileSync(join(dir, 'report.md'), readText(PLANTED));
    const huge = configIn('huge-check', (path) => {
      writeFileSync(path, '{');
      truncateSync(path, 64 * 1024 * 1024);
    });
    writeFileSync(join(huge, 'report.md'), readText(PLANTED));
    for (const [folder, message] of [
      [dir, /role-wizard\.config\.json: cannot read: it is a pipe \(FIFO\), not a regular file/],
      [huge, /role-wizard\.config\.json: the config file is 64\.0 MB; config files over 1\.0 MB are refused/],
    ] as const) {
      const r = runCli(['check', join(folder, 'report.md')]);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(1);
    }
  });
});
