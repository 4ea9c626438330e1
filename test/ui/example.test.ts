import {describe, expect, it} from 'vitest';
import {exampleAssessment} from '../../src/examples/commercial-electrician.js';
import {parseAssessment} from '../../src/method/model.js';
import {score, validate} from '../../src/method/index.js';
import {seedAssessment} from './support/fixtures.js';

describe('the --example assessment', () => {
  it('is complete: no problem at all, and it passes the schema', () => {
    const a = exampleAssessment();
    expect(validate(a)).toEqual([]);
    expect(() => parseAssessment(JSON.parse(JSON.stringify(a)))).not.toThrow();
  });
  it('is a different role from the seed, with a different result', () => {
    const a = exampleAssessment();
    const card = score(a);
    expect(a.role.jobTitle).not.toBe(seedAssessment().role.jobTitle);
    expect(card.display.scoreShort).toBe('63.2/100');
    expect(card.subLabel).toBe('Green (Transforming)');
  });
});
