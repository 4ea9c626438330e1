import {describe, expect, it} from 'vitest';
import {oneLine} from '../../src/ui/components/line-input.js';

describe('one-line fields', () => {
  it('join a pasted chunk onto one line: breaks and tabs become spaces, control characters go', () => {
    expect(oneLine('Forensic\r\nAccountant')).toBe('Forensic Accountant');
    expect(oneLine('Tracing funds\t40')).toBe('Tracing funds 40');
    expect(oneLine('a\u0007b\u001bc')).toBe('abc');
    expect(oneLine('plain')).toBe('plain');
  });
});
