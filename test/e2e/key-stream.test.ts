/**
 * The one key stream in a real pseudo-terminal: the same keys and pastes written in one write,
 * or cut into writes of random sizes (1-8,192 bytes), leave the same draft.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {afterEach, describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {assertAsyncProperty} from '../support/property.js';
import {startWizard, type Session} from './wizard-support.js';

const sessions: Session[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.term.close();
});

const PASTE = (text: string) => `\u001b[200~${text}\u001b[201~`;

/** Keys of step 1 (and of step 2, after a Tab from its last field), typed or pasted. */
const key = fc.oneof(
  {weight: 5, arbitrary: fc.constantFrom('a', 'b', 'é', '😀', ' ', 'Z', '中')},
  {weight: 2, arbitrary: fc.constantFrom('\t', '\u001b[Z', '\u001b[D', '\u001b[C', '\u007f', '\u0015', '\u001b', '\u001bd', '\u001b[3~', '\r')},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 40}).map((t) => PASTE(`${t.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')}\rline`))},
  // A long paste, its end marker somewhere past a 4,096-byte read.
  {weight: 1, arbitrary: fc.integer({min: 3000, max: 9000}).map((n) => PASTE('long '.repeat(n / 5)))},
);

/** The draft the wizard saved after `writes`, each one write to the pty (a turn apart), then Ctrl+C. */
async function draftAfter(writes: Buffer[]): Promise<Assessment> {
  const s = startWizard(['new'], {cols: 80, rows: 24});
  sessions.push(s);
  await s.term.waitForText('› Job Title');
  await s.term.waitForIdle(30);
  for (const bytes of writes) {
    // Bytes as they are: a write may end inside a UTF-8 character.
    s.term.write(bytes);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await s.term.waitForIdle(200, 10_000);
  s.term.write('\u0003');
  expect((await s.term.exited).exitCode).toBe(0);
  const files = readdirSync(join(s.home, 'drafts')).filter((n) => n.endsWith('.json'));
  expect(files).toHaveLength(1);
  const file = JSON.parse(readFileSync(join(s.home, 'drafts', files[0]!), 'utf8')) as {assessment?: Assessment} & Assessment;
  return file.assessment ?? file;
}

describe('keys cut into writes of any size, in a pseudo-terminal', () => {
  it('the same keys and pastes give the same draft, written at once or in writes of 1-8,192 bytes', async () => {
    // Mostly short reads (a slow link), now and then a long one, up to two 4,096-byte buffers.
    const size = fc.oneof({weight: 4, arbitrary: fc.integer({min: 1, max: 8})}, {weight: 1, arbitrary: fc.integer({min: 1, max: 8192})});
    await assertAsyncProperty(
      fc.asyncProperty(fc.array(key, {minLength: 5, maxLength: 40}), fc.array(size, {minLength: 1, maxLength: 40}), async (keys, sizes) => {
        const bytes = Buffer.from(keys.join(''));
        const writes: Buffer[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const n = sizes[k % sizes.length]!;
          writes.push(bytes.subarray(at, at + n));
          at += n;
        }
        const whole = await draftAfter([bytes]);
        const cut = await draftAfter(writes);
        expect(cut).toEqual(whole);
      }),
      3,
    );
  }, 120_000);
});
