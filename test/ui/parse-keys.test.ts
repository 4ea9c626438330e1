import {StringDecoder} from 'node:string_decoder';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createKeySplitter, PASTE_END, PASTE_START, type Keypress} from '../../src/ui/keys/parse-keys.js';
import {assertProperty} from '../support/property.js';

/** The keys of chunks read one after the other, then the wait running out. */
const split = (...chunks: string[]) => {
  const s = createKeySplitter();
  return [...chunks.flatMap((c) => s.push(c)), ...s.flush()];
};
/** A short name for each key, to compare sequences. */
const name = ({input, key}: Keypress) =>
  key.paste ? `paste:${input}` : key.tab ? (key.shift ? 'shift-tab' : 'tab') : key.return ? 'enter' : key.escape ? 'esc' : key.f1 ? 'f1' : key.upArrow ? (key.shift ? 'shift-up' : 'up') : key.leftArrow ? 'left' : key.rightArrow ? 'right' : key.pageDown ? 'pagedown' : key.backspace ? 'backspace' : key.delete ? 'delete' : key.ctrl ? `ctrl-${input}` : key.meta ? `meta-${input}` : input;
const names = (...chunks: string[]) => split(...chunks).map(name);

/** Bytes cut into reads at the given offsets, decoded as Node decodes a terminal's stdin (setEncoding('utf8')). */
const reads = (bytes: Buffer, cuts: number[]): string[] => {
  const decoder = new StringDecoder('utf8');
  const out: string[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(decoder.write(bytes.subarray(from, cut)));
    from = cut;
  }
  out.push(decoder.end());
  return out;
};

describe('keypress splitter', () => {
  it('a burst of typed text is one key per character, Tab and Enter included', () => {
    expect(names('Senior\tPrimary\r')).toEqual(['S', 'e', 'n', 'i', 'o', 'r', 'tab', 'P', 'r', 'i', 'm', 'a', 'r', 'y', 'enter']);
    expect(names('30\t2')).toEqual(['3', '0', 'tab', '2']);
    expect(names('a😀b')).toEqual(['a', '😀', 'b']);
  });
  it('only text between the bracketed-paste markers is a paste, even across chunks', () => {
    expect(names('x\u001b[200~one\rtwo\tthree\u001b[201~y')).toEqual(['x', 'paste:one\rtwo\tthree', 'y']);
    expect(names('\u001b[200~one\r', 'two', '\u001b[201~q')).toEqual(['paste:one\rtwo', 'q']);
    // An escape sequence inside a paste is pasted text, not a key.
    expect(names('\u001b[200~a\u001b[Ab\u001b[201~')).toEqual(['paste:a\u001b[Ab']);
  });
  it('names escape sequences, with modifiers, and never lets an unknown one become text', () => {
    expect(names('\u001b[Z', '\u001b[1;2A', '\u001bOP', '\u001b[11~', '\u001b[[A', '\u001b[6~', '\u001b[3~', '\u001b')).toEqual([
      'shift-tab',
      'shift-up',
      'f1',
      'f1',
      'f1',
      'pagedown',
      'delete',
      'esc',
    ]);
    expect(names('\u001b[I', '\u001b[99;5u')).toEqual(['', '']);
    expect(names('\u0003\u0007\u007f')).toEqual(['ctrl-c', 'ctrl-g', 'backspace']);
    expect(split('Q')[0]!.key.shift).toBe(true);
  });

  it('a paste of 4,086-4,088 bytes whose end marker straddles a 4,096-byte read is one paste, and the keys after it work', () => {
    for (const size of [4086, 4087, 4088]) {
      const body = 'p'.repeat(size);
      const bytes = Buffer.from(`${PASTE_START}${body}${PASTE_END}zq\u0003`);
      const keys = names(...reads(bytes, [4096]));
      expect(keys).toEqual([`paste:${body}`, 'z', 'q', 'ctrl-c']);
    }
  });
  it('an escape sequence split across two reads is one key: ESC then [D is Left, never "[D" typed', () => {
    expect(names('\u001b', '[D')).toEqual(['left']);
    expect(names('\u001b[', '1;2', 'A')).toEqual(['shift-up']);
    const s = createKeySplitter();
    expect(s.push('\u001b')).toEqual([]);
    expect(s.waiting).toBe('sequence');
    expect(s.push('[D').map(name)).toEqual(['left']);
    expect(s.waiting).toBe(null);
  });
  it('a long burst of x ESC[C cut at byte 4,096 types no stray C', () => {
    // Whatever came before the burst, byte 4,096 falls at each place in its 4-byte key.
    for (const before of ['', 'a', 'ab', 'abc']) {
      const burst = `${before}${'x\u001b[C'.repeat(3000)}`;
      const keys = names(...reads(Buffer.from(burst), [4096, 8192]));
      expect(keys.filter((k) => k === 'x')).toHaveLength(3000);
      expect(keys.filter((k) => k === 'right')).toHaveLength(3000);
      expect(keys).toHaveLength(6000 + before.length);
    }
  });
  it('Esc then a key in one read is two keys (the wizard binds no Alt+key): Esc then d, Esc then Tab', () => {
    expect(names('\u001bd')).toEqual(['esc', 'd']);
    expect(names('\u001b\t')).toEqual(['esc', 'tab']);
    expect(names('\u001b\u001b')).toEqual(['esc', 'esc']);
    expect(names('\u001b\u001b[A')).toEqual(['esc', 'up']);
    expect(names('\u001b\r')).toEqual(['esc', 'enter']);
    // ESC [ that no final byte ends is Esc and the characters typed, never swallowed.
    expect(names('\u001b[1\u0003')).toEqual(['esc', '[', '1', 'ctrl-c']);
  });
  it('a lone ESC waits for what follows, and is Esc when the wait runs out', () => {
    const s = createKeySplitter();
    expect(s.push('\u001b')).toEqual([]);
    expect(s.flush().map(name)).toEqual(['esc']);
    expect(s.waiting).toBe(null);
    expect(s.push('d').map(name)).toEqual(['d']);
    // An unfinished sequence whose wait ran out: Esc and what was typed, nothing lost.
    expect(s.push('\u001b[2')).toEqual([]);
    expect(s.flush().map(name)).toEqual(['esc', '[', '2']);
  });
  it('Ctrl+C always works: inside a paste whose end marker never came it ends the paste and is the key', () => {
    expect(names(`${PASTE_START}half a pas`, 'te\u0003', 'q')).toEqual(['paste:half a paste', 'ctrl-c', 'q']);
    expect(names(`${PASTE_START}\u0003`)).toEqual(['ctrl-c']);
    // A paste whose end never comes is pasted when the wait runs out; a late end marker types nothing.
    const s = createKeySplitter();
    expect(s.push(`${PASTE_START}lost end`)).toEqual([]);
    expect(s.waiting).toBe('paste');
    expect(s.flush().map(name)).toEqual(['paste:lost end']);
    expect(s.push(`${PASTE_END}z`).map(name)).toEqual(['z']);
  });
  it('a UTF-8 character cut at any byte is one key', () => {
    const bytes = Buffer.from('é😀中');
    for (let cut = 1; cut < bytes.length; cut++) expect(names(...reads(bytes, [cut]))).toEqual(['é', '😀', '中']);
  });
});

/** Keys, sequences, pastes and stray bytes a terminal sends. */
const piece = fc.oneof(
  fc.constantFrom('a', 'Z', 'é', '😀', '中', ' ', '\t', '\r', '\u007f', '\u0003', '\u0015', '\u001b', '\u001b[A', '\u001b[D', '\u001b[C', '\u001b[Z', '\u001b[1;5B', '\u001b[3~', '\u001b[6~', '\u001bOP', '\u001b[[A', '\u001b[', '\u001bO', '[', 'd', PASTE_END),
  fc.string({unit: 'grapheme', maxLength: 6}),
  fc.string({unit: 'grapheme', maxLength: 300}).map((text) => `${PASTE_START}${text}${PASTE_END}`),
  fc.string({unit: 'grapheme', minLength: 1000, maxLength: 9000}).map((text) => `${PASTE_START}${text}${PASTE_END}`),
  fc.integer({min: 1, max: 3000}).map((n) => 'x\u001b[C'.repeat(n)),
);

describe('the key stream does not depend on how it is cut into reads', () => {
  it('any bytes of keys and pastes give the same keys, read whole or in reads of 1-8,192 bytes', () => {
    assertProperty(
      fc.property(fc.array(piece, {maxLength: 40}), fc.array(fc.oneof(fc.integer({min: 1, max: 8}), fc.integer({min: 1, max: 8192})), {minLength: 1, maxLength: 400}), (pieces, sizes) => {
        const bytes = Buffer.from(pieces.join(''));
        const cuts: number[] = [];
        for (let at = 0, k = 0; ; k++) {
          at += sizes[k % sizes.length]!;
          if (at >= bytes.length) break;
          cuts.push(at);
        }
        expect(split(...reads(bytes, cuts))).toEqual(split(...reads(bytes, [])));
      }),
      150,
    );
  });
});
