import {describe, expect, it} from 'vitest';
import {createKeySplitter} from '../../src/ui/keys/parse-keys.js';

const split = (...chunks: string[]) => {
  const s = createKeySplitter();
  return chunks.flatMap((c) => s.push(c));
};
/** A short name for each key, to compare sequences. */
const names = (...chunks: string[]) =>
  split(...chunks).map(({input, key}) =>
    key.paste ? `paste:${input}` : key.tab ? (key.shift ? 'shift-tab' : 'tab') : key.return ? 'enter' : key.escape ? 'esc' : key.f1 ? 'f1' : key.upArrow ? (key.shift ? 'shift-up' : 'up') : key.pageDown ? 'pagedown' : key.backspace ? 'backspace' : key.delete ? 'delete' : key.ctrl ? `ctrl-${input}` : key.meta ? `meta-${input}` : input,
  );

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
    expect(names('\u001bb')).toEqual(['meta-b']);
    expect(split('Q')[0]!.key.shift).toBe(true);
  });
});
