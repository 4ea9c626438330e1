/**
 * The README's table of config keys (Team conventions) is the config's schema: every key the
 * config reader accepts, with its default and what it may be, as the code has them, and no other.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {BUILT_IN_CONFIG, CONFIG_KEYS, IGNORE_ALLOWED, LIBRARY_ALLOWED, RULE_LEVELS_ALLOWED} from '../../src/config/project-config.js';
import {DEFAULT_RULES} from '../../src/method/definition.js';
import {allowedValue, METHOD_DEFAULT_KEYS} from '../../src/method/method-defaults.js';
import {ROOT} from '../support/paths.js';

const MARKER = '<!-- config-keys:';

/** The rows of the table after the marker: key, default and allowed, as written. */
function readmeRows(): Array<{key: string; byDefault: string; allowed: string}> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const at = readme.findIndex((l) => l.startsWith(MARKER));
  expect(at, 'the README marks its table of config keys').toBeGreaterThan(0);
  const rows: Array<{key: string; byDefault: string; allowed: string}> = [];
  for (const line of readme.slice(at + 3)) {
    if (!line.startsWith('|')) break;
    const [key, byDefault, allowed] = line.split(' | ').map((c) => c.replace(/^\| /, '').trim());
    rows.push({key: key!.replace(/`/g, ''), byDefault: byDefault!.replace(/`/g, ''), allowed: allowed!});
  }
  return rows;
}

/** Every key the config reader accepts ($schema aside), with the default and what is allowed, from the code. */
function schemaRows() {
  const methodDefaults = METHOD_DEFAULT_KEYS.map((k) => ({key: `methodDefaults.${k}`, byDefault: JSON.stringify(BUILT_IN_CONFIG.methodDefaults[k]), allowed: allowedValue(k)}));
  const rules = (Object.keys(DEFAULT_RULES) as Array<keyof typeof DEFAULT_RULES>).map((k) => ({key: `rules.${k}`, byDefault: JSON.stringify(BUILT_IN_CONFIG.rules[k]), allowed: RULE_LEVELS_ALLOWED}));
  return [{key: 'library', byDefault: 'none', allowed: LIBRARY_ALLOWED}, {key: 'ignore', byDefault: JSON.stringify(BUILT_IN_CONFIG.ignore), allowed: IGNORE_ALLOWED}, ...methodDefaults, ...rules];
}

describe("the README's config keys", () => {
  it('list every key of the schema once, in its order, and no other', () => {
    expect(readmeRows().map((r) => r.key)).toEqual(schemaRows().map((r) => r.key));
    expect(CONFIG_KEYS.filter((k) => k !== '$schema')).toEqual(['library', 'ignore', 'methodDefaults', 'rules']);
  });

  it("give each key's default and what it may be as the config reader has them", () => {
    const readme = new Map(readmeRows().map((r) => [r.key, r]));
    for (const want of schemaRows()) {
      const row = readme.get(want.key)!;
      expect(row.byDefault, want.key).toBe(want.byDefault);
      // The reader's words, the README's start with them (it may say more, as for library).
      expect(row.allowed.startsWith(want.allowed), `${want.key}: "${row.allowed}" should start with "${want.allowed}"`).toBe(true);
    }
  });
});
