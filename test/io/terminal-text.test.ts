import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {jsonText, terminalSafe, terminalSafeLine} from '../../src/io/terminal-text.js';

describe('terminalSafe', () => {
  it('shows the sequences a terminal would act on as pictures', () => {
    expect(terminalSafe('A\u001b]0;owned\u0007B')).toBe('A\u241b]0;owned\u2407B');
    expect(terminalSafe('\u001b]52;c;aGk=\u0007')).toBe('\u241b]52;c;aGk=\u2407');
    expect(terminalSafe('\u001b[2J')).toBe('\u241b[2J');
    expect(terminalSafe('x\u009b2Jy')).toBe('x\u241b[2Jy');
    expect(terminalSafe('ok\rno\bdel\u007f')).toBe('ok\u240dno\u2408del\u2421');
  });

  it('keeps line feeds, tabs and every printable character, and leaves plain text as it is', () => {
    const text = 'Model Alignment Researcher\n\tRLHF — 研究 🧪 é';
    expect(terminalSafe(text)).toBe(text);
    expect(terminalSafeLine('a\nb\tc')).toBe('a\u2424b\u2409c');
  });

  it('never lets a C0 (but tab and line feed), DEL or C1 character through, and is stable', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary'}), (text) => {
        const safe = terminalSafe(text);
        expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(safe)).toBe(false);
        expect(terminalSafe(safe)).toBe(safe);
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(terminalSafeLine(text))).toBe(false);
      }),
      {numRuns: 2000},
    );
  });
});

/** Every character that reorders or hides text: bidi embeddings, overrides, isolates, marks; zero-width characters; separators. */
const INVISIBLE = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u2028', '\u2029'];
const ANY_INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/;

describe('terminalSafe and text that reorders or hides itself', () => {
  it('shows bidi controls, zero-width characters and the line and paragraph separators by their code', () => {
    expect(terminalSafe('invoice_\u202egnp.exe')).toBe('invoice_<U+202E>gnp.exe');
    expect(terminalSafe('a\u2066b\u2069c\u200ed\u200fe\u061cf')).toBe('a<U+2066>b<U+2069>c<U+200E>d<U+200F>e<U+061C>f');
    expect(terminalSafe('zero\u200bwidth\u2060\ufeff')).toBe('zero<U+200B>width<U+2060><U+FEFF>');
    expect(terminalSafeLine('one\u2028two\u2029')).toBe('one<U+2028>two<U+2029>');
    for (const c of INVISIBLE) expect(terminalSafe(`x${c}y`)).toBe(`x<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>y`);
  });

  it('keeps a zero-width joiner inside an emoji, where it only joins pictographs, and shows it anywhere else', () => {
    for (const emoji of ['👩\u200d💻', '👨\u200d👩\u200d👧', '🏳\ufe0f\u200d🌈', '👩🏽\u200d🚀']) expect(terminalSafe(`Lead ${emoji}`)).toBe(`Lead ${emoji}`);
    expect(terminalSafe('a\u200db')).toBe('a<U+200D>b');
    expect(terminalSafe('👩\u200d')).toBe('👩<U+200D>');
    expect(terminalSafe('\u200d💻')).toBe('<U+200D>💻');
    expect(terminalSafe('👩\u200d\u200d💻')).toBe('👩<U+200D><U+200D>💻');
  });

  it('lets none through but a joiner inside an emoji, and is stable', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...INVISIBLE, '👩', '💻', '\ufe0f', 'a'), fc.string({unit: 'binary', maxLength: 3}))), (parts) => {
        const safe = terminalSafe(parts.join(''));
        expect(ANY_INVISIBLE.test(safe.replace(/(?<=\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?)\u200d(?=\p{Extended_Pictographic})/gu, ''))).toBe(false);
        expect(terminalSafe(safe)).toBe(safe);
      }),
      {numRuns: 2000},
    );
  });
});

describe('jsonText', () => {
  it('escapes the characters that reorder or hide text, and parses back to the same value', () => {
    const value = {title: `x${INVISIBLE.join('')}👩\u200d💻`};
    const json = jsonText(value);
    expect(ANY_INVISIBLE.test(json)).toBe(false);
    expect(json).toContain('\\u202e');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes DEL and C1 as well as C0, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({unit: 'binary'}), (value, text) => {
        for (const v of [value, {text}]) {
          const json = jsonText(v);
          expect(/[\u0000-\u001f\u007f-\u009f]/.test(json.replace(/\n/g, ''))).toBe(false);
          expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(v)));
        }
      }),
      {numRuns: 500},
    );
  });
});
