/**
 * The wizard draws user text as pictures: Ink strips CSI but passes OSC (window title,
 * clipboard, links) and SGR, so a title or rationale holding them would act on the terminal.
 */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../src/method/types.js';
import {SEED_FIXTURE} from '../support/paths.js';
import {renderWizard} from '../ui/support/render-wizard.js';

const HOSTILE = 'Evil\u001b]0;PWNED\u0007\u001b]52;c;aGk=\u0007\u001b[31mred\u009d8;;x\u0007';
// What Ink writes itself is CSI (cursor, erase, colours); anything else introduced by ESC, BEL or C1 came from the text.
const FOREIGN = /\u001b[^[]|\u0007|[\u0080-\u009f]|\u001b\[31m/;

describe('the wizard draws hostile text harmlessly', () => {
  it('in the header, the line field, the long text and the task table', async () => {
    const assessment = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8')) as Assessment;
    assessment.role.jobTitle = HOSTILE;
    assessment.role.primaryFunction = `long ${HOSTILE}`;
    assessment.tasks[0]!.name = `task ${HOSTILE}`;
    const w = renderWizard({assessment, columns: 120, rows: 40});
    await w.waitForText('PWNED');
    const raw = () => w.stdout.frames.join('');
    expect(raw()).not.toMatch(FOREIGN);
    expect(w.frame()).toContain('Evil\u241b]0;PWNED\u2407');
    await w.press('pagedown', 'pagedown');
    await w.waitForText('task Evil');
    const m = FOREIGN.exec(raw());
    expect(m && JSON.stringify(raw().slice(Math.max(0, m.index - 60), m.index + 20))).toBe(null);
    w.unmount();
  });

  it('on every step, with every text of the assessment hostile', async () => {
    const assessment = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8')) as Assessment;
    const poison = (v: unknown): unknown =>
      typeof v === 'string' ? `${v}${HOSTILE}` : Array.isArray(v) ? v.map(poison) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x)])) : v;
    const w = renderWizard({assessment: poison(assessment) as Assessment, columns: 160, rows: 48});
    await w.waitForText('PWNED');
    for (let step = 0; step < 10; step++) {
      const all = w.stdout.frames.join('');
      const m = FOREIGN.exec(all);
      expect(m && `step ${step + 1}: ${JSON.stringify(all.slice(Math.max(0, m.index - 60), m.index + 20))}`).toBe(null);
      await w.press('pagedown');
    }
    w.unmount();
  });

  it('shows bidi controls, zero-width characters and separators by their code on every step, an emoji joiner kept', async () => {
    const hidden = ' \u202eesruN\u202c \u2066iso\u2069 zero\u200bwidth\u2060 mark\u200f\u061c line\u2028para\u2029 bom\ufeff 👩\u200d💻';
    const assessment = JSON.parse(readFileSync(SEED_FIXTURE, 'utf8')) as Assessment;
    const poison = (v: unknown): unknown =>
      typeof v === 'string' ? `${v}${hidden}` : Array.isArray(v) ? v.map(poison) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x)])) : v;
    const w = renderWizard({assessment: poison(assessment) as Assessment, columns: 160, rows: 48});
    await w.waitForText('<U+202E>esruN<U+202C>');
    for (let step = 0; step < 10; step++) {
      const all = w.stdout.frames.join('').replace(/👩\u200d💻/g, '');
      const m = /[\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]/.exec(all);
      expect(m && `step ${step + 1}: ${JSON.stringify(all.slice(Math.max(0, m.index - 60), m.index + 20))}`).toBe(null);
      await w.press('pagedown');
    }
    w.unmount();
  });
});
