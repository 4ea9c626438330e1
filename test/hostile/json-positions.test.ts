/**
 * JSON errors at the true line and column, from a parser that reports positions (momoa), not from
 * V8's message text (which often has none, and quotes the file); draft damage reasons the same.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {describeJsonError, parseJsonText} from '../../src/io/json-text.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const where = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    const {line, column, reason} = describeJsonError(text, error);
    return `${line}:${column} ${reason}`;
  }
  return 'valid';
};

describe('JSON error positions', () => {
  it('are where the text goes wrong', () => {
    expect(where('{\n  "role": {"jobTitle": "x" "y"}\n}\n\n\n')).toBe('2:28 unexpected string');
    expect(where('{"a": [1, 2,]\n\n}\n')).toBe("1:13 unexpected ']'");
    expect(where('{\n  "a": 1,\n  "b": 2,\n}\n')).toBe("4:1 unexpected '}'");
    expect(where('{"a": 1')).toBe('1:8 unexpected end of the text');
    expect(where('{"a": "\u0001"}')).toMatch(/^1:8 Bad control character/);
  });

  it('never quote the file beyond one character', () => {
    const text = 'root:x:0:0:root:/root:/bin/bash\n';
    expect(where(text)).toBe('1:1 unexpected character "r"');
  });

  it('reach the command line as file:line:column', () => {
    const dir = tempFolder('rw-json-');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "role": {"jobTitle": "x" "y"},\n  "tasks": []\n}\n\n\n');
    const r = runCli(['score', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`role-wizard: ${bad}:2:28: not valid JSON: unexpected string\n`);
    expect(() => parseJsonText('\ufeff{"a": }', 'f.json')).toThrow("f.json:1:7: not valid JSON: unexpected '}'");
  });

  it('in a damaged draft\'s reason too', () => {
    const home = tempFolder('rw-json-home-');
    mkdirSync(join(home, 'drafts'));
    writeFileSync(join(home, 'drafts', 'cut.json'), '{\n  "id": "cut",\n  "title": "A" "B"\n}\n\n\n');
    const r = runCli(['list'], {env: {ROLE_WIZARD_HOME: home}});
    expect(r.stdout).toContain('not valid JSON at line 3, column 16 (unexpected string): truncated or corrupted');
  });
});
