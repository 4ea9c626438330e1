/**
 * The one writer at its edges: a short write (injected at its `write`, and made for real on a
 * 64 KB tmpfs where the machine allows mounting one) is continued or fails with the old file
 * kept; a new name is taken by one writer only; devices and FIFOs are written into, a FIFO with
 * no reader refused; the modes asked for hold under umask 000.
 */
import {spawnSync} from 'node:child_process';
import * as fs from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {appendToFile, FileWriteError, writeFileAtomic, type WriterFs} from '../../src/io/write-file.js';
import {tempFolder} from '../support/temp.js';

const dir = tempFolder('rw-writer-');
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});

/** node:fs whose writeSync takes at most `max` bytes per call, and throws `fail()` once `failAfter` calls are done. */
function shortWriting(max: number, failAfter = Infinity, fail: () => Error = enospc): WriterFs & {calls: number} {
  const wrapped = {
    ...fs,
    calls: 0,
    writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number {
      wrapped.calls++;
      if (wrapped.calls > failAfter) throw fail();
      return fs.writeSync(fd, buffer, offset, Math.min(max, length));
    },
  };
  return wrapped;
}

const leftovers = (folder: string) => fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'));

describe('a short write', () => {
  it('is followed by the rest: 20,000 bytes taken 4,096 at a time are all on disk', () => {
    const path = join(dir, 'short.json');
    const text = 'x'.repeat(20_000);
    const seam = shortWriting(4096);
    writeFileAtomic(path, text, {fs: seam});
    expect(fs.readFileSync(path, 'utf8')).toBe(text);
    expect(seam.calls).toBe(5);
  });

  it('then a full disk: the old file is kept byte for byte, no temporary file is left, and the message says so', () => {
    const path = join(dir, 'kept.json');
    fs.writeFileSync(path, 'the good draft');
    let error: unknown;
    try {
      writeFileAtomic(path, 'y'.repeat(16_600), {replace: true, fs: shortWriting(4096, 1)});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toBe(`${path}: cannot write: the disk is full; the file was left as it was`);
    expect(fs.readFileSync(path, 'utf8')).toBe('the good draft');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a write that takes nothing is a full disk, not a loop', () => {
    const path = join(dir, 'zero.json');
    const seam: WriterFs = {...fs, writeSync: () => 0};
    expect(() => writeFileAtomic(path, 'abc', {fs: seam})).toThrow(/the disk is full; nothing was written/);
    expect(fs.existsSync(path)).toBe(false);
  });
});

describe('a new name', () => {
  it('is taken by one writer only; the other is told it exists and the first one\'s bytes stay', () => {
    const path = join(dir, 'once.md');
    writeFileAtomic(path, 'first', {replace: false});
    expect(() => writeFileAtomic(path, 'second', {replace: false})).toThrow(expect.objectContaining({code: 'EEXIST'}));
    expect(fs.readFileSync(path, 'utf8')).toBe('first');
  });

  it('a link that points nowhere counts as taken', () => {
    const link = join(dir, 'dangling.md');
    fs.symlinkSync(join(dir, 'nowhere'), link);
    expect(() => writeFileAtomic(link, 'x', {replace: false})).toThrow(expect.objectContaining({code: 'EEXIST'}));
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('in a folder that does not exist is refused, and the folder is not made', () => {
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.md'), 'x')).toThrow(/the folder does not exist/);
    expect(fs.existsSync(join(dir, 'missing'))).toBe(false);
  });
});

describe('what is not a regular file', () => {
  it('a FIFO with no reader is refused within a few seconds, and stays a FIFO', () => {
    const fifo = join(dir, 'no-reader.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    expect(() => writeFileAtomic(fifo, 'x', {replace: true})).toThrow(/nothing is reading from it/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('a device is written into, never replaced', () => {
    expect(writeFileAtomic('/dev/null', 'x', {replace: true})).toBe('into');
    expect(fs.statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('modes', () => {
  it('a file asked for as 0600 is 0600 under umask 000; a file replaced keeps its own mode', () => {
    const path = join(dir, 'private');
    const old = process.umask(0);
    try {
      writeFileAtomic(path, 'secret', {mode: 0o600});
      expect(fs.statSync(path).mode & 0o777).toBe(0o600);
      fs.chmodSync(path, 0o640);
      writeFileAtomic(path, 'secret 2', {mode: 0o600, replace: true});
      expect(fs.statSync(path).mode & 0o777).toBe(0o640);
    } finally {
      process.umask(old);
    }
  });
});

// A real short write: a 64 KB tmpfs, mounted where the machine allows it (root, and mount works).
const mountPoint = tempFolder('rw-writer-tmpfs-');
const mountResult = process.getuid?.() === 0 ? spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]) : null;
const mounted = mountResult?.status === 0;
const skipReason = mountResult === null ? 'not root' : `mount failed: ${mountResult.stderr?.toString().trim()}`;
afterAll(() => {
  if (mounted) spawnSync('umount', ['-l', mountPoint]);
});

describe.skipIf(!mounted)(`a real full disk (a 64 KB tmpfs)${mounted ? '' : `: skipped, ${skipReason}`}`, () => {
  it('a 40 KB file over a 16.6 KB one with 8 KB free: refused, the old file whole, no temporary file left', () => {
    const path = join(mountPoint, 'draft.json');
    const good = JSON.stringify({title: 'good', body: 'g'.repeat(16_600)});
    writeFileAtomic(path, good, {mode: 0o600});
    // Fill all but ~8 KB.
    const filler = join(mountPoint, 'filler');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(4096, 1));
    } catch {
      // full
    }
    fs.closeSync(fd);
    fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - 8192));
    expect(() => writeFileAtomic(path, JSON.stringify({title: 'bigger', body: 'b'.repeat(40_000)}), {mode: 0o600, replace: true})).toThrow(
      /the disk is full; the file was left as it was/,
    );
    expect(fs.readFileSync(path, 'utf8')).toBe(good);
    expect(leftovers(mountPoint)).toEqual([]);
  });
});

describe('appending (the job summary)', () => {
  it('adds every byte after what is there, a short write continued, and says so when the disk takes nothing', () => {
    const path = join(dir, 'summary.md');
    fs.writeFileSync(path, 'earlier step\n');
    const seam = shortWriting(1000);
    appendToFile(path, 'y'.repeat(5000), 'SUMMARY', seam);
    expect(fs.readFileSync(path, 'utf8')).toBe(`earlier step\n${'y'.repeat(5000)}`);
    expect(seam.calls).toBe(5);
    expect(() => appendToFile(path, 'more', 'SUMMARY', {...fs, writeSync: () => 0})).toThrow(/^SUMMARY: cannot write: .*disk is full/);
  });
});

