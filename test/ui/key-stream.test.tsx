/**
 * The one key stream, through Ink's stdin, the keypress layer and the wizard: keys do the same
 * however the terminal cuts them into reads, and a lone Esc is Esc once its short wait is over.
 * Each `write` below is one read; a read after a turn of the event loop is one a busy link or a
 * 4,096-byte buffer delivers later.
 */
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {exampleAssessment} from '../../src/examples/commercial-electrician.js';
import {createKeyStream, ESC_WAIT_MS, PASTE_WAIT_MS} from '../../src/ui/keys/key-stream.js';
import {PASTE_END, PASTE_START} from '../../src/ui/keys/parse-keys.js';
import {assertAsyncProperty} from '../support/property.js';
import {keysHandled} from './support/ink-helpers.js';
import {renderWizard} from './support/render-wizard.js';

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the key stream waits a named time for the rest of a sequence', () => {
  beforeEach(() => void vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate']}));
  afterEach(() => void vi.useRealTimers());

  // The wait, then the turn in which bytes already sent are read before the wait's answer.
  const wait = (ms: number) => {
    vi.advanceTimersByTime(ms);
    vi.runOnlyPendingTimers();
  };
  const taken = (stream: ReturnType<typeof createKeyStream>) => {
    const out: string[] = [];
    for (let k = stream.take(); k !== undefined; k = stream.take()) out.push(k.key.escape ? 'esc' : k.key.leftArrow ? 'left' : k.key.paste ? `paste:${k.input}` : k.input);
    return out;
  };

  it('a lone ESC is Esc only after ESC_WAIT_MS, and ESC then [D within it is Left', () => {
    const stream = createKeyStream();
    let ready = 0;
    stream.listen(() => ready++);
    stream.write('\u001b');
    vi.advanceTimersByTime(ESC_WAIT_MS - 1);
    expect(taken(stream)).toEqual([]);
    expect(stream.busy).toBe(true);
    stream.write('[D');
    expect(taken(stream)).toEqual(['left']);
    stream.write('\u001b');
    wait(ESC_WAIT_MS);
    expect(taken(stream)).toEqual(['esc']);
    expect(stream.busy).toBe(false);
    expect(ready).toBe(2);
  });
  it('a paste whose end marker never comes is pasted PASTE_WAIT_MS after its last bytes', () => {
    const stream = createKeyStream();
    stream.write(`${PASTE_START}no end`);
    vi.advanceTimersByTime(PASTE_WAIT_MS - 1);
    stream.write(' yet');
    vi.advanceTimersByTime(PASTE_WAIT_MS - 1);
    expect(taken(stream)).toEqual([]);
    wait(1);
    expect(taken(stream)).toEqual(['paste:no end yet']);
  });
});

describe('keys cut across reads, in the wizard', () => {
  it('a paste of 4,086-4,088 bytes whose end marker straddles a 4,096-byte read lands whole; the keys after it work, Ctrl+C too', async () => {
    for (const size of [4086, 4087, 4088]) {
      const w = renderWizard({columns: 80, rows: 24});
      await w.waitForText('› Job Title');
      await w.burst('\t\t');
      await w.waitForText('› Primary Function');
      const body = 'p'.repeat(size);
      const bytes = `${PASTE_START}${body}${PASTE_END}`;
      w.write(bytes.slice(0, 4096));
      await turn();
      await turn();
      await w.burst(`${bytes.slice(4096)}z`);
      await w.waitForFrame(() => w.draft.latest.role.primaryFunction === `${body}z`, 5000).catch(() => undefined);
      expect(w.draft.latest.role.primaryFunction).toBe(`${body}z`);
      await w.burst('\u0003');
      await w.waitForFrame(() => w.hasExited(), 3000).catch(() => undefined);
      expect(w.hasExited()).toBe(true);
      w.unmount();
    }
  });
  it('ESC, then [D a turn later, is Left: nothing of the sequence is typed', async () => {
    const w = renderWizard({columns: 80, rows: 24});
    await w.waitForText('› Job Title');
    await w.burst('ab');
    w.write('\u001b');
    await turn();
    await turn();
    await w.burst('[DX');
    await w.waitForFrame(() => w.draft.latest.role.jobTitle.length >= 3, 3000).catch(() => undefined);
    expect(w.draft.latest.role.jobTitle).toBe('aXb');
    w.unmount();
  });
  it('a burst of x ESC[C cut at byte 4,096 types no stray C', async () => {
    const w = renderWizard({columns: 80, rows: 24});
    await w.waitForText('› Job Title');
    const burst = `ab${'x\u001b[C'.repeat(1100)}`;
    w.write(burst.slice(0, 4096));
    await turn();
    await turn();
    await w.burst(burst.slice(4096));
    await w.waitForFrame(() => w.draft.latest.role.jobTitle.length >= 1102, 10_000).catch(() => undefined);
    expect(w.draft.latest.role.jobTitle).toBe(`ab${'x'.repeat(1100)}`);
    w.unmount();
  }, 30_000);
  it('Esc then d in one read on a task cell is Esc, then d: the task is deleted', async () => {
    const w = renderWizard({assessment: exampleAssessment(), position: {step: 'tasks'}, columns: 100, rows: 30});
    await w.waitForText('Task 1 of 6');
    const first = w.draft.latest.tasks[0]!.name;
    await w.burst('\u001bd');
    await w.waitForFrame(() => w.draft.latest.tasks.length === 5, 3000).catch(() => undefined);
    expect(w.draft.latest.tasks.map((t) => t.name)).not.toContain(first);
    expect(w.draft.latest.tasks).toHaveLength(5);
    w.unmount();
  });
  it('Esc then Tab in one read is Esc, then Tab: the next field', async () => {
    const w = renderWizard({columns: 80, rows: 24});
    await w.waitForText('› Job Title');
    await w.burst('Nurse\u001b\t');
    await w.waitForText('› Seniority Level');
    await w.burst('Band 5');
    await w.waitForFrame(() => w.draft.latest.role.seniorityLevel === 'Band 5', 3000).catch(() => undefined);
    expect(w.draft.latest.role).toMatchObject({jobTitle: 'Nurse', seniorityLevel: 'Band 5'});
    w.unmount();
  });
  it('Ctrl+C typed after a paste whose end marker never came leaves the wizard, the text pasted so far kept', async () => {
    const w = renderWizard({columns: 80, rows: 24});
    await w.waitForText('› Job Title');
    w.write(`${PASTE_START}Staff nur`);
    await turn();
    // Long before the paste's own wait would end it.
    const typed = Date.now();
    await w.burst('\u0003');
    await w.waitForFrame(() => w.hasExited(), 3000).catch(() => undefined);
    expect(w.hasExited()).toBe(true);
    expect(Date.now() - typed).toBeLessThan(PASTE_WAIT_MS);
    expect(w.draft.latest.role.jobTitle).toBe('Staff nur');
    w.unmount();
  });
});

/** Keys of step 1's fields, typed or pasted, with sequences that a cut read splits. */
const stepOneKey = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom('a', 'b', 'é', '😀', ' ', 'Z')},
  {weight: 2, arbitrary: fc.constantFrom('\t', '\u001b[Z', '\u001b[D', '\u001b[C', '\u001b[A', '\u001b[B', '\u007f', '\u0015', '\u001b', '\u001bd', '\u001b[3~', '\r')},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 12}).map((t) => `${PASTE_START}${t.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')}\r2nd${PASTE_END}`)},
);

describe('the draft does not depend on how the keys are cut into reads', () => {
  it('any keys and pastes give the same draft, written at once or in reads of 1-8,192 bytes', async () => {
    /** The role step's fields after `reads`, each read in a turn of its own. */
    const draftAfter = async (reads: Uint8Array[]) => {
      const w = renderWizard({columns: 80, rows: 24});
      await w.waitForText('› Job Title');
      for (const read of reads) {
        w.write(read);
        await turn();
      }
      // Every key handed out (a last lone Esc after its wait), and its change drawn.
      await keysHandled();
      await w.burst('');
      const role = w.draft.latest.role;
      w.unmount();
      return role;
    };
    // Mostly short reads (a slow link), now and then a long one, up to two 4,096-byte buffers.
    const size = fc.oneof({weight: 4, arbitrary: fc.integer({min: 1, max: 8})}, {weight: 1, arbitrary: fc.integer({min: 1, max: 8192})});
    await assertAsyncProperty(
      fc.asyncProperty(fc.array(stepOneKey, {minLength: 1, maxLength: 30}), fc.array(size, {minLength: 1, maxLength: 60}), async (keys, sizes) => {
        const bytes = Buffer.from(keys.join(''));
        const reads: Uint8Array[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const n = sizes[k % sizes.length]!;
          reads.push(bytes.subarray(at, at + n));
          at += n;
        }
        expect(await draftAfter(reads)).toEqual(await draftAfter([bytes]));
      }),
      12,
    );
  }, 180_000);
});
