/**
 * The README's table of commands is the command table: every command and every option that
 * src/cli-spec.ts declares is in its row's synopsis, and the synopsis names nothing else.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {COMMAND_SPECS} from '../../src/cli-spec.js';
import {ROOT} from '../support/paths.js';

const MARKER = '<!-- commands:';

/** Each row's synopsis (its first cell, without backticks), by command name. */
function synopses(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const at = readme.findIndex((l) => l.startsWith(MARKER));
  expect(at, 'the README marks its table of commands').toBeGreaterThan(0);
  const rows = new Map<string, string>();
  for (const line of readme.slice(at + 3)) {
    if (!line.startsWith('|')) break;
    const synopsis = line.split(' | ')[0]!.replace(/^\| /, '').replace(/`/g, '').replace(/\\\|/g, '|');
    const name = /^role-wizard ([a-z-]+)/.exec(synopsis)?.[1];
    expect(name, line).toBeDefined();
    rows.set(name!, synopsis);
  }
  return rows;
}

describe('the README table of commands', () => {
  it('has a row for every command, and no other', () => {
    expect([...synopses().keys()].sort()).toEqual(COMMAND_SPECS.map((c) => c.name).sort());
  });

  it.each(COMMAND_SPECS.map((c) => [c.name, c] as const))('%s: every option (or its short form) with its choices, and no other', (name, spec) => {
    const synopsis = synopses().get(name)!;
    for (const o of spec.options) {
      // An option with a short form may be shown by it alone (`-o FILE`).
      const forms = [`--${o.long}\\b`, ...(o.short ? [`(^|[\\[| ])-${o.short}\\b`] : [])];
      expect(synopsis, `--${o.long}`).toMatch(new RegExp(forms.join('|')));
      for (const choice of o.choices ?? []) expect(synopsis, `--${o.long} ${choice}`).toContain(choice);
    }
    const named = [...synopsis.matchAll(/--([a-z-]+)/g)].map((m) => m[1]);
    for (const long of named) expect(spec.options.map((o) => o.long), `--${long} is not an option of ${name}`).toContain(long);
  });
});
