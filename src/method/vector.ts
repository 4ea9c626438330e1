/**
 * The score vector: one line that holds every scored input of an assessment, like a CVSS
 * vector string, so a scoring can be pasted anywhere and recomputed. Grammar: docs/score-vector.md.
 *
 *   AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2
 *
 * Segments follow the order in which METHOD lists the inputs. `_` is a value not set yet.
 * Imports no zod and no score.ts: score() calls toVector().
 */
import {METHOD, type TaskLabel} from './definition.js';
import {emptyAssessment, emptyTask} from './empty.js';
import {fixed} from './format.js';
import {allowedValue, allowsValue, defaultsProblem, effectiveDefaults} from './method-defaults.js';
import type {Assessment, MethodDefaultsOverride, Task} from './types.js';

export const VECTOR_PREFIX = `${METHOD.name}:`;
export const UNSET = '_';

/** One letter per Aug/Disp label; no letter: the label suggested from the score is used. */
export const LABEL_LETTERS: Readonly<Record<TaskLabel, string>> = {
  DISPLACEMENT: 'D',
  AUGMENTATION: 'A',
  'NOT INVOLVED': 'N',
};

const DEFAULT_KEYS = ['greenTransformingShare', 'yellowUrgentShare', 'quickScreenGreenMin', 'quickScreenYellowMin'] as const;

export type VectorResult =
  | {ok: true; assessment: Assessment}
  | {
      ok: false;
      /** 1-based character position of the fault. */
      position: number;
      expected: string;
      /** What stands there: a token, a character, or "end of text". */
      found: string;
      /** "position 14: expected a score from 0 to 3, found '4'". */
      message: string;
    };

const cell = (v: number | null) => (v === null ? UNSET : String(v));

/** A plain decimal (never exponent notation), so the parser reads back what was written. */
function decimal(n: number): string {
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(12).replace(/\.?0+$/, '') : s;
}

function taskCell(t: Task): string {
  return `${cell(t.timePercent)}x${cell(t.score)}${t.label === null ? '' : LABEL_LETTERS[t.label]}`;
}

/** The score vector of an assessment (complete or partial). */
export function toVector(a: Assessment): string {
  const parts = [
    `${VECTOR_PREFIX}${METHOD.version}`,
    `P:${METHOD.protectivePrinciples.map((p) => cell(a.protective[p.key].score)).join(',')}`,
    `G:${cell(a.growth.score)}`,
    `T:${a.tasks.map(taskCell).join(',')}`,
    `E:${METHOD.evidenceDimensions.map((e) => cell(a.evidence[e.key].score)).join(',')}`,
    `B:${METHOD.barriers.map((b) => cell(a.barriers[b.key].score)).join(',')}`,
  ];
  if (a.override.score !== null) parts.push(`O:${fixed(a.override.score, 1)}`);
  const d = a.methodDefaults;
  if (d && DEFAULT_KEYS.some((k) => d[k] !== undefined)) {
    parts.push(`D:${DEFAULT_KEYS.map((k) => (d[k] === undefined ? UNSET : decimal(d[k] as number))).join(',')}`);
  }
  return parts.join('/');
}

class Fault extends Error {
  constructor(
    readonly position: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`position ${position}: expected ${expected}, found ${found}`);
  }
}

/** A cursor over the vector text; every read either advances or throws a Fault with a place. */
class Cursor {
  i = 0;
  constructor(readonly text: string) {}

  get done() {
    return this.i >= this.text.length;
  }

  /** What stands at the cursor, for an error message. */
  foundHere(): string {
    if (this.done) return 'end of text';
    const token = /^[-+]?[0-9.]+|^[A-Za-z]+/.exec(this.text.slice(this.i))?.[0];
    return `'${token ?? String.fromCodePoint(this.text.codePointAt(this.i) as number)}'`;
  }

  fail(expected: string, at = this.i, found = this.foundHere()): never {
    throw new Fault(at + 1, expected, found);
  }

  literal(s: string, expected = `'${s}'`) {
    if (!this.text.startsWith(s, this.i)) this.fail(expected);
    this.i += s.length;
  }

  peek(s: string): boolean {
    return this.text.startsWith(s, this.i);
  }

  /** A whole number on a scale, or `_` when `allowUnset`. */
  scaleValue(scale: {min: number; max: number}, what: string, allowUnset = true): number | null {
    const expected = `${what} from ${scale.min} to ${scale.max}${allowUnset ? ` or '${UNSET}'` : ''}`;
    if (allowUnset && this.peek(UNSET)) {
      this.i += 1;
      return null;
    }
    const m = /^-?\d+/.exec(this.text.slice(this.i));
    if (!m) this.fail(expected);
    const value = Number(m[0]);
    if (value < scale.min || value > scale.max) this.fail(expected, this.i, `'${m[0]}'`);
    this.i += m[0].length;
    return value;
  }

  /** A decimal number such as 45.0 or -3. */
  number(expected: string, allowUnset: boolean): number | null {
    if (allowUnset && this.peek(UNSET)) {
      this.i += 1;
      return null;
    }
    const m = /^-?\d+(\.\d+)?/.exec(this.text.slice(this.i));
    if (!m) this.fail(expected);
    this.i += m[0].length;
    return Number(m[0]);
  }

  /** `count` comma-separated values; `what` names one of them. */
  list<T>(count: number, read: (index: number) => T, what: string): T[] {
    const out: T[] = [];
    for (let k = 0; k < count; k++) {
      const left = count - k;
      if (k > 0) this.literal(',', `',' then ${left} more ${what}${left > 1 ? 's' : ''}`);
      out.push(read(k));
    }
    return out;
  }
}

function readTask(c: Cursor): Task {
  const S = METHOD.scales;
  const timePercent = c.scaleValue(S.taskTime, 'a task time %');
  c.literal('x', "'x' between a task's time and its score");
  const score = c.scaleValue(S.task, 'a task score');
  const letter = Object.entries(LABEL_LETTERS).find(([, l]) => c.peek(l));
  let label: TaskLabel | null = null;
  if (letter) {
    label = letter[0] as TaskLabel;
    c.i += 1;
  }
  return {...emptyTask(), timePercent, score, label};
}

function readTasks(c: Cursor): Task[] {
  if (c.peek('/')) return [];
  const tasks = [readTask(c)];
  while (c.peek(',')) {
    c.i += 1;
    tasks.push(readTask(c));
  }
  if (!c.peek('/')) {
    c.fail(`a label letter (${Object.values(LABEL_LETTERS).join(', ')}), ',' and another task, or '/E:'`);
  }
  return tasks;
}

function readVector(text: string): Assessment {
  const c = new Cursor(text);
  const S = METHOD.scales;
  const a = emptyAssessment();
  while (!c.done && /\s/.test(text[c.i] as string)) c.i += 1;
  c.literal(VECTOR_PREFIX, `'${VECTOR_PREFIX}' (a score vector starts '${VECTOR_PREFIX}${METHOD.version}/')`);
  const versionAt = c.i;
  const version = /^[^/\s]*/.exec(text.slice(c.i))?.[0] ?? '';
  if (version !== METHOD.version) c.fail(`method version ${METHOD.version}`, versionAt, version ? `'${version}'` : 'nothing');
  c.i += version.length;

  c.literal('/P:', "'/P:' (the protective principles)");
  const p = c.list(METHOD.protectivePrinciples.length, () => c.scaleValue(S.protective, 'a protective score'), 'protective score');
  METHOD.protectivePrinciples.forEach((spec, k) => (a.protective[spec.key].score = p[k] as number | null));

  c.literal('/G:', "'/G:' (the AI Growth Correlation)");
  a.growth.score = c.scaleValue(S.growth, 'a growth score');

  c.literal('/T:', "'/T:' (the tasks)");
  a.tasks = readTasks(c);

  c.literal('/E:', "'/E:' (the evidence scores)");
  const e = c.list(METHOD.evidenceDimensions.length, () => c.scaleValue(S.evidence, 'an evidence score'), 'evidence score');
  METHOD.evidenceDimensions.forEach((spec, k) => (a.evidence[spec.key].score = e[k] as number | null));

  c.literal('/B:', "'/B:' (the barrier scores)");
  const b = c.list(METHOD.barriers.length, () => c.scaleValue(S.barrier, 'a barrier score'), 'barrier score');
  METHOD.barriers.forEach((spec, k) => (a.barriers[spec.key].score = b[k] as number | null));

  if (c.peek('/O:')) {
    c.i += 3;
    const at = c.i;
    const o = c.number('an override score from 0 to 100', false) as number;
    if (o < 0 || o > 100) c.fail('an override score from 0 to 100', at, `'${text.slice(at, c.i)}'`);
    a.override = {score: o, note: ''};
  }
  if (c.peek('/D:')) {
    c.i += 3;
    const listAt = c.i;
    let n = 0;
    // Each in the range a draft, the config and the report's reader allow.
    const values = c.list(
      DEFAULT_KEYS.length,
      () => {
        const key = DEFAULT_KEYS[n++] as (typeof DEFAULT_KEYS)[number];
        const at = c.i;
        const v = c.number(`a number or '${UNSET}'`, true);
        if (v !== null && !allowsValue(key, v)) c.fail(`${key}: ${allowedValue(key)}`, at, `'${text.slice(at, c.i)}'`);
        return v;
      },
      'method default',
    );
    const d: MethodDefaultsOverride = {};
    DEFAULT_KEYS.forEach((k, i) => {
      const v = values[i];
      if (v !== null && v !== undefined) d[k] = v;
    });
    // The rule the config, the JSON and the report's reader apply to the set as a whole.
    const problem = defaultsProblem(effectiveDefaults(d));
    if (problem) c.fail(`method defaults that agree (${problem.key}: ${problem.message})`, listAt, `'${text.slice(listAt, c.i)}'`);
    a.methodDefaults = d;
  }
  while (!c.done && /\s/.test(text[c.i] as string)) c.i += 1;
  if (!c.done) c.fail(a.methodDefaults ? 'the end of the vector' : a.override.score !== null ? "'/D:' or the end of the vector" : "'/O:', '/D:' or the end of the vector");
  return a;
}

/** Read a score vector into an assessment (scores only, every text empty), or the fault's place. */
export function parseVector(text: string): VectorResult {
  try {
    return {ok: true, assessment: readVector(text)};
  } catch (error) {
    if (!(error instanceof Fault)) throw error;
    return {ok: false, position: error.position, expected: error.expected, found: error.found, message: error.message};
  }
}
