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

describe('jsonText', () => {
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
