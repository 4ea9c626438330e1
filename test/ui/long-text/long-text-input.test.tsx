import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {editInEditor} from '../../../src/ui/text/external-editor.js';
import {LongTextHarness} from '../support/long-text-harness.js';
import {press, renderReady, send, tap, type Rendered, type, waitForText} from '../support/ink-helpers.js';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

const open = async (props: Partial<Parameters<typeof LongTextHarness>[0]> = {}) =>
  (r = await renderReady((ready) => <LongTextHarness ready={ready} {...props} />));
const textRows = (frame: string) => frame.split('\n').slice(1, -2).filter((l) => !/^\((↑|↓) \d+ more\)/.test(l));

describe('LongTextInput', () => {
  it('shows typed text and stores it in the parent', async () => {
    const r = await open();
    const frame = await type(r, 'Hi there');
    expect(frame).toContain('Hi there');
    expect(frame).toContain('value="Hi there"');
  });

  it('inserts a line break on Enter instead of submitting', async () => {
    const r = await open({initial: 'one'});
    await press(r, 'enter');
    const frame = await type(r, 'two');
    expect(frame).toContain('value="one\\ntwo"');
    expect(textRows(frame).map((l) => l.trimEnd())).toEqual(['one', 'two']);
  });

  it('takes a pasted multi-line chunk whole, with its breaks as \\n, and never leaves', async () => {
    const r = await open();
    const frame = await send(r, '\u001b[200~- first point\r\n- second\r- third\u001b[201~', (f) => f.includes('third"'));
    expect(frame).toContain('value="- first point\\n- second\\n- third"');
    expect(frame.endsWith('left=')).toBe(true);
  });

  it('soft-wraps to the width and moves the cursor across wrapped rows', async () => {
    const r = await open({initial: 'alpha beta gamma', width: 10});
    let frame = r.lastFrame() ?? '';
    expect(textRows(frame).map((l) => l.trimEnd())).toEqual(['alpha', 'beta', 'gamma']);
    tap(r, 'up'); // from the end of "gamma" to the end of "beta"
    frame = await send(r, 'X');
    expect(frame).toContain('value="alpha betaX gamma"');
    tap(r, 'up', 'home');
    frame = await send(r, '>');
    expect(frame).toContain('value=">alpha betaX gamma"');
  });

  it('measures wide characters in cells: CJK and emoji wrap at the width', async () => {
    const r = await open({width: 7});
    const frame = await send(r, '日本語テキスト👍🏽', (f) => f.includes('👍🏽"'));
    expect(textRows(frame).map((l) => l.trimEnd())).toEqual(['日本語', 'テキス', 'ト👍🏽']);
    const after = await press(r, 'backspace');
    expect(after).toContain('value="日本語テキスト"');
  });

  it('scrolls within its height to keep the cursor in view', async () => {
    const r = await open({initial: 'l1\nl2\nl3\nl4\nl5\nl6', height: 3});
    let frame = r.lastFrame() ?? '';
    expect(textRows(frame)).toEqual(['l4', 'l5', 'l6']);
    expect(frame).toContain('(↑ 3 more)');
    // Five ↑ written in one turn are a burst: handed out one per turn, each moving one line.
    tap(r, 'up', 'up', 'up', 'up');
    frame = await press(r, 'up', (f) => textRows(f)[0] === 'l1');
    expect(textRows(frame)).toEqual(['l1', 'l2', 'l3']);
    expect(frame).toContain('(↓ 3 more)');
    expect(frame).not.toContain('↑');
  });

  it('leaves with Tab and Shift+Tab', async () => {
    const r = await open();
    expect(await press(r, 'tab')).toContain('left=next');
    expect(await press(r, 'shiftTab')).toContain('left=previous');
  });

  it('round-trips through the external editor on Ctrl+X Ctrl+E', async () => {
    const script = fileURLToPath(new URL('../text/fixtures/fake-editor.mjs', import.meta.url));
    const env = {PATH: process.env.PATH, EDITOR: `"${process.execPath}" "${script}"`};
    const r = await open({initial: '- kept', editText: (text) => editInEditor(text, env)});
    const frame = await press(r, 'editor');
    expect(frame).toContain('value="- kept\\n- added in the editor"');
    // Typing continues at the end of the edited text.
    expect(await type(r, '!')).toContain('editor!"');
  });

  it('keeps the text and shows why when the editor fails', async () => {
    const r = await open({initial: 'keep', editText: () => ({ok: false, message: 'The editor "x" exited with code 1; the text is unchanged.'})});
    const frame = await press(r, 'editor');
    expect(frame).toContain('exited with code 1');
    expect(frame).toContain('value="keep"');
  });

  it('shows the placeholder while empty', async () => {
    const r = await open({placeholder: 'Why this score?'});
    await waitForText(r, 'Why this score?');
  });

  it('Ctrl+A and Ctrl+E go to the start and end of the line, as in readline; Ctrl+E alone opens no editor', async () => {
    let opened = 0;
    const r = await open({initial: 'bc', editText: (text) => (opened++, {ok: true, text})});
    tap(r, 'ctrlA');
    expect(await type(r, 'a')).toContain('value="abc"');
    tap(r, 'ctrlE');
    expect(await type(r, 'd')).toContain('value="abcd"');
    expect(opened).toBe(0);
  });

  it('Ctrl+U deletes from the start of the line to the cursor, as in readline', async () => {
    const r = await open({initial: 'one\ntwo three'});
    tap(r, 'left', 'left', 'left', 'left', 'left');
    expect(await press(r, 'ctrlU')).toContain('value="one\\nthree"');
  });
});
