/**
 * What the one reader and the method's rules say where text enters: a UTF-16 report is named as
 * such (not "cut short?"), JSON columns count characters, quick-screen bands out of order are
 * refused in JSON and vectors as in configs and reports, and $VISUAL's text that would make a
 * draft too large to open is refused in the field, before anything is saved.
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {describeJsonError} from '../../src/io/json-text.js';
import {editInEditor} from '../../src/ui/text/external-editor.js';
import {readFixture, SEED_FIXTURE} from '../support/paths.js';
import {runCli} from '../support/run-cli.js';
import {tempFolder} from '../support/temp.js';

const tmp = tempFolder('rw-reader-rules-');

describe('a UTF-16 report', () => {
  it('is said to be UTF-16 and not read, with exit 1 (not "cut short?")', () => {
    const report = runCli(['export', SEED_FIXTURE]).stdout;
    const file = join(tmp, 'utf16.md');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, 'utf16le')]));
    const r = runCli(['check', file]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain('it is UTF-16 text, which is not read: save it as UTF-8');
    expect(r.stdout + r.stderr).not.toContain('cut short');
  });
});

describe('JSON error columns', () => {
  it('count characters: two emoji before the fault are two columns, not four', () => {
    const text = '{"jobTitle": "😀😀" x}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    // The x is the 19th character (code points), the 21st UTF-16 unit.
    expect(describeJsonError(text, error)).toMatchObject({line: 1, column: 19});
    const file = join(tmp, 'emoji.json');
    writeFileSync(file, `{\n  "role": {"jobTitle": "\u{1F600}\u{1F600}" x}\n}\n`);
    expect(runCli(['score', file]).stderr).toContain('emoji.json:2:29: not valid JSON');
  });
});

describe('quick-screen bands out of order (quickScreenGreenMin below quickScreenYellowMin)', () => {
  it('are refused in an assessment JSON file, as the report reader refuses them', () => {
    const assessment = readFixture('model-alignment-researcher.json') as Record<string, unknown>;
    const file = join(tmp, 'bands.json');
    writeFileSync(file, JSON.stringify({...assessment, methodDefaults: {quickScreenGreenMin: 3, quickScreenYellowMin: 6}}));
    for (const command of ['score', 'export']) {
      const r = runCli([command, file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('methodDefaults.quickScreenYellowMin: 6 is above quickScreenGreenMin (3)');
    }
  });

  it('are refused in a score vector, with the position of its defaults', () => {
    const vector = 'AIJRI:1.0/P:0,1,3/G:2/T:25x1N,20x1N,15x1N,15x2A,10x2A,10x1N,5x2A/E:2,2,1,1,2/B:1,0,0,1,2/D:_,_,3,6';
    const r = runCli(['score', '--vector', vector]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`position ${vector.indexOf('D:') + 3}`);
    expect(r.stderr).toContain('quickScreenYellowMin: 6 is above quickScreenGreenMin (3)');
  });
});

describe("$VISUAL's text", () => {
  it('over the room the draft has is refused with the word "Refused", and the text is unchanged', () => {
    const editor = join(tmp, 'big-editor.sh');
    // An "editor" that saves 3 MB in the file it is given.
    writeFileSync(editor, `#!/bin/sh\nhead -c 3145728 /dev/zero | tr '\\\\0' a > "$1"\n`, {mode: 0o755});
    const refused = editInEditor('before', {...process.env, VISUAL: editor}, 1024 * 1024);
    expect(refused).toMatchObject({ok: false, message: expect.stringMatching(/^Refused: the edited text is 3\.0 MB.*The text is unchanged\.$/)});
    const taken = editInEditor('before', {...process.env, VISUAL: editor}, 4 * 1024 * 1024);
    expect(taken.ok && taken.text.length).toBe(3 * 1024 * 1024);
  });
});
