import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {editInEditor, editorCommand} from '../../../src/ui/text/external-editor.js';
import {tempFolder} from '../../support/temp.js';

const script = fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url));
const fakeEditor = `"${process.execPath}" "${script}"`;
const seenFile = () => join(tempFolder('rw-editor-test-'), 'seen.json');

describe('editInEditor', () => {
  it('round-trips the text through $EDITOR and deletes the temporary file', () => {
    const seen = seenFile();
    const result = editInEditor('- first\n- second', {PATH: process.env.PATH, EDITOR: fakeEditor, FAKE_EDITOR_SEEN: seen});
    expect(result).toEqual({ok: true, text: '- first\n- second\n- added in the editor'});
    const {file, before} = JSON.parse(readFileSync(seen, 'utf8')) as {file: string; before: string};
    expect(before).toBe('- first\n- second\n');
    expect(existsSync(file)).toBe(false);
  });

  it('prefers $VISUAL over $EDITOR', () => {
    expect(editorCommand({VISUAL: 'code --wait', EDITOR: 'nano'})).toBe('code --wait');
    const r = editInEditor('x', {PATH: process.env.PATH, VISUAL: fakeEditor, EDITOR: 'false'});
    expect(r.ok).toBe(true);
  });

  it('keeps the old text when the editor fails, and says so', () => {
    const r = editInEditor('keep me', {PATH: process.env.PATH, EDITOR: fakeEditor, FAKE_EDITOR_FAIL: '1'});
    expect(r).toEqual({ok: false, message: expect.stringContaining('exited with code 3; the text is unchanged') as unknown});
  });

  it('says how to choose an editor when there is none', () => {
    expect(editorCommand({PATH: '/nonexistent'})).toBeNull();
    const r = editInEditor('x', {PATH: '/nonexistent'});
    expect(r).toEqual({ok: false, message: expect.stringMatching(/No editor found: set \$VISUAL or \$EDITOR/) as unknown});
  });
});
