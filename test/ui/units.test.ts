import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {emptyAssessment} from '../../src/method/empty.js';
import {score} from '../../src/method/score.js';
import {fileExporter} from '../../src/ui/export-file.js';
import {commandFor} from '../../src/ui/keymap.js';
import {sameFigures} from '../../src/ui/pane/side-pane.js';
import {deferredDraft} from '../../src/ui/state/deferred-draft.js';
import {parseOverride} from '../../src/ui/steps/composite.js';
import {slugOf} from '../../src/ui/steps/export-prompt.js';
import {colorEnabled} from '../../src/ui/theme.js';
import {seedAssessment} from './support/fixtures.js';
import {memoryDraft} from './support/memory-draft.js';
import {tempFolder} from '../support/temp.js';

const key = (k: Record<string, boolean> = {}) => ({upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false, ...k}) as never;

describe('key map', () => {
  it('q quits only where no field has focus, ? only outside text, F1 and Ctrl+C always; a paste is no command', () => {
    const text = {typing: true, inField: true};
    const scoreField = {typing: false, inField: true};
    const noField = {typing: false, inField: false};
    expect(commandFor('q', key(), noField)).toBe('quitOutsideFields');
    expect(commandFor('q', key(), scoreField)).toBeUndefined();
    expect(commandFor('q', key(), text)).toBeUndefined();
    expect(commandFor('?', key(), text)).toBeUndefined();
    expect(commandFor('?', key(), scoreField)).toBe('help');
    expect(commandFor('', key({f1: true}), text)).toBe('help');
    expect(commandFor('c', key({ctrl: true}), text)).toBe('quit');
    expect(commandFor('q', key({paste: true}), noField)).toBeUndefined();
    expect(commandFor('', key({pageDown: true}), text)).toBe('nextStep');
    expect(commandFor('g', key({ctrl: true}), text)).toBe('stepList');
  });
});

describe('small pure pieces', () => {
  it('slugOf makes the default export file name', () => {
    expect(slugOf('Model Alignment Researcher')).toBe('model-alignment-researcher');
    expect(slugOf('  Électricien / Bâtiment ')).toBe('electricien-batiment');
    expect(slugOf('')).toBe('assessment');
  });
  it('parseOverride: empty is none, 0-100 with one decimal, else not yet a score', () => {
    expect(parseOverride('')).toBeNull();
    expect(parseOverride('86.1')).toBe(86.1);
    expect(parseOverride('100')).toBe(100);
    expect(parseOverride('101')).toBeUndefined();
    expect(parseOverride('4.')).toBe(4);
  });
  it('NO_COLOR and FORCE_COLOR=0 turn colour off', () => {
    expect(colorEnabled({})).toBe(true);
    expect(colorEnabled({NO_COLOR: '1'})).toBe(false);
    expect(colorEnabled({FORCE_COLOR: '0'})).toBe(false);
  });
  it('sameFigures sees a text change as no change of figures, a score change as one', () => {
    const a = seedAssessment();
    const b = {...a, role: {...a.role, jobTitle: 'Other'}};
    expect(sameFigures(score(a), score(b))).toBe(true);
    const c = {...a, growth: {...a.growth, score: 1}};
    expect(sameFigures(score(a), score(c))).toBe(false);
  });
});

describe('deferredDraft', () => {
  it('keeps the latest change until the real draft is open, then hands it over and flushes', () => {
    const initial = memoryDraft().initial;
    const d = deferredDraft(initial);
    const statuses: string[] = [];
    d.onStatus((s) => statuses.push(s.state));
    const a = {...emptyAssessment(), growth: {score: 2, rationale: ''}};
    d.update(emptyAssessment(), {step: 'role'});
    d.update(a, {step: 'protective', field: 'growth.score'});
    d.flush();
    const real = memoryDraft();
    d.resolve(real);
    expect(real.updates).toEqual([{assessment: a, position: {step: 'protective', field: 'growth.score'}}]);
    expect(real.flushes).toBe(1);
    real.emitStatus({state: 'saved', at: 'now'});
    expect(statuses).toEqual(['pending', 'saved']);
    d.update(emptyAssessment(), {step: 'role'});
    expect(real.updates).toHaveLength(2);
  });
  it('a close before the draft is open closes it on arrival; a failure shows in the status', () => {
    const d = deferredDraft(memoryDraft().initial);
    d.close();
    const real = memoryDraft();
    d.resolve(real);
    expect(real.closed).toBe(true);
    const e = deferredDraft(memoryDraft().initial);
    const seen: string[] = [];
    e.onStatus((s) => seen.push(s.state === 'error' ? s.message : s.state));
    e.reject('disk full');
    expect(seen).toEqual(['pending', 'disk full']);
  });
});

describe('fileExporter', () => {
  it('writes relative to the folder, refuses to overwrite unless asked', async () => {
    const cwd = tempFolder('rw-export-');
    const exportReport = fileExporter(cwd, async (a, o) => `# ${a.role.jobTitle}${o.incomplete ? ' (draft)' : ''}\n`);
    const assessment = seedAssessment();
    expect(await exportReport('./out.md', {overwrite: false, incomplete: false, assessment})).toEqual({status: 'written', path: './out.md'});
    expect(readFileSync(join(cwd, 'out.md'), 'utf8')).toBe('# Model Alignment Researcher\n');
    writeFileSync(join(cwd, 'keep.md'), 'mine');
    expect(await exportReport('keep.md', {overwrite: false, incomplete: true, assessment})).toEqual({status: 'exists', path: './keep.md'});
    expect(readFileSync(join(cwd, 'keep.md'), 'utf8')).toBe('mine');
    expect(await exportReport('keep.md', {overwrite: true, incomplete: true, assessment})).toEqual({status: 'written', path: './keep.md'});
    expect(readFileSync(join(cwd, 'keep.md'), 'utf8')).toBe('# Model Alignment Researcher (draft)\n');
    const failing = fileExporter(cwd, async () => {
      throw new Error('template missing');
    });
    expect(await failing('x.md', {overwrite: false, incomplete: false, assessment})).toEqual({status: 'failed', message: 'template missing'});
    expect(existsSync(join(cwd, 'x.md'))).toBe(false);
  });
});
