import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {fixed, roundTo, withThousands} from '../../src/method/format.js';

describe('rounding for display', () => {
  it('rounds half away from zero, free of binary noise', () => {
    expect(roundTo(47.95, 1)).toBe(48);
    expect(roundTo(24.95, 1)).toBe(25);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundTo(-0.125, 2)).toBe(-0.13);
    expect(roundTo(47.949999999999996, 1)).toBe(48);
    expect(roundTo(47.94, 1)).toBe(47.9);
  });

  it('shows exactly the asked number of places', () => {
    expect(fixed(4.7, 2)).toBe('4.70');
    expect(fixed(86.13, 1)).toBe('86.1');
    expect(fixed(7.370352, 4)).toBe('7.3704');
    expect(fixed(1, 2)).toBe('1.00');
    expect(fixed(-0.0001, 2)).toBe('0.00');
  });

  it('rounds every decimal half up and every figure just below a half down', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 2_000_000}), fc.integer({min: 0, max: 4}), (k, d) => {
        const f = 10 ** d;
        expect(roundTo((k + 0.5) / f, d)).toBe((k + 1) / f);
        expect(roundTo((k + 0.49) / f, d)).toBe(k / f);
        expect(roundTo(-(k + 0.5) / f, d)).toBe(-(k + 1) / f || 0);
      }),
    );
  });
});

describe('withThousands', () => {
  it('writes a whole number as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 30000, 123456, 1234567, 50000, -1234]) expect(withThousands(n)).toBe(n.toLocaleString('en'));
  });
});
