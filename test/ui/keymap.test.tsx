/**
 * Keys as data: every key a widget handles is in its table, and every table is in the help
 * window. Each widget is driven, fresh, with a sweep of keys (every named key, every Ctrl+letter,
 * letters, digits, punctuation, a paste): a key that changes what the widget shows or
 * tells its parent must be declared in that widget's table (or be the first key of a chord).
 */
import {useState, type ReactElement} from 'react';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {keyBytes} from '../support/terminal.mjs';
import {METHOD} from '../../src/method/definition.js';
import {LineInput} from '../../src/ui/components/line-input.js';
import {ScorePicker} from '../../src/ui/components/score-picker.js';
import {helpLines} from '../../src/ui/components/help-overlay.js';
import {createKeySplitter} from '../../src/ui/keys/parse-keys.js';
import {KeypressProvider} from '../../src/ui/keys/keypress-context.js';
import {
  KEY_TABLES,
  keyReader,
  keysText,
  LINE_INPUT_KEYS,
  LONG_TEXT_KEYS,
  SCORE_KEYS,
  TASK_EDIT_KEYS,
  TASK_TABLE_KEYS,
  type KeyTable,
} from '../../src/ui/keymap.js';
import {LongTextHarness} from './support/long-text-harness.js';
import {keysHandled} from './support/ink-helpers.js';
import {makeTask, TaskTableHarness} from './task-table/harness.js';
import {renderWizard} from './support/render-wizard.js';

const NAMED = ['enter', 'tab', 'shift-tab', 'esc', 'backspace', 'delete', 'up', 'down', 'right', 'left', 'home', 'end', 'pageup', 'pagedown', 'space'];
const SWEEP: string[] = [
  ...NAMED.map(keyBytes),
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => keyBytes(`ctrl-${c}`)),
  ...'adiuqxzAQ0159-+[]?.,/ é'.split(''),
  '\u001b[1;2A', // Shift+↑
  '\u001b[1;2B', // Shift+↓
  '\u001bOP', // F1
  // No Alt+letter: the key stream reads ESC then a letter as Esc and the letter (the wizard binds no Alt key).
  '\u001b[200~pasted\u001b[201~',
];

/** Whether the bytes are a key the table declares (a chord's first key counts). */
function declared(table: KeyTable, bytes: string): boolean {
  const [press] = createKeySplitter().push(bytes);
  return press !== undefined && keyReader(table).read(press.input, press.key) !== undefined;
}

/** Lets effects run and the frame of the last key be drawn. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** Waits for the first frame, then for the effects after it (the keys listen from then on). */
async function drawn(r: {lastFrame: () => string | undefined}) {
  for (let i = 0; i < 1000 && !r.lastFrame(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
  await settle();
}

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
});

/** Mount a fresh widget, send one key, and return the frame before and after. */
async function drive(make: () => ReactElement, bytes: string): Promise<{before: string; after: string}> {
  const r = render(<KeypressProvider>{make()}</KeypressProvider>);
  unmount = r.unmount;
  await drawn(r);
  const before = r.lastFrame() ?? '';
  r.stdin.write(bytes);
  await keysHandled();
  await settle();
  const after = r.lastFrame() ?? '';
  r.unmount();
  unmount = null;
  return {before, after};
}

function Line() {
  const [value, setValue] = useState('ab');
  const [heard, setHeard] = useState('');
  return (
    <Box flexDirection="column">
      <LineInput value={value} onChange={setValue} isActive width={30} onLeave={(d) => setHeard(`left=${d}`)} onSubmit={() => setHeard('submitted')} />
      <Text>{`value=${JSON.stringify(value)} ${heard}`}</Text>
    </Box>
  );
}

function Score() {
  const [value, setValue] = useState<number | null>(1);
  const [heard, setHeard] = useState('');
  return (
    <Box flexDirection="column">
      <ScorePicker value={value} min={-2} max={2} levels={METHOD.growth.levels} onChange={setValue} isActive expanded onLeave={(d) => setHeard(`left=${d}`)} />
      <Text>{`value=${value} ${heard}`}</Text>
    </Box>
  );
}

const table = (field: string) => () => (
  <TaskTableHarness tasks={[makeTask('Wiring', 60, 2), makeTask('Testing', 40, 3)]} ready={() => {}} initialField={field} editText={(text) => ({ok: true, text})} />
);

const WIDGETS: Array<{name: string; table: KeyTable; make: () => ReactElement; before?: string}> = [
  {name: 'one-line field', table: LINE_INPUT_KEYS, make: () => <Line />},
  {name: 'score', table: SCORE_KEYS, make: () => <Score />},
  {name: 'long text', table: LONG_TEXT_KEYS, make: () => <LongTextHarness initial={'one\ntwo'} ready={() => {}} editText={(text) => ({ok: true, text: `${text}!`})} />},
  {name: 'task table, Task cell', table: TASK_TABLE_KEYS, make: table('tasks.1.name')},
  {name: 'task table, Time % cell', table: TASK_TABLE_KEYS, make: table('tasks.0.timePercent')},
  {name: 'task table, Aug/Disp cell', table: TASK_TABLE_KEYS, make: table('tasks.0.label')},
];

describe('keys as data', () => {
  for (const widget of WIDGETS) {
    it(`${widget.name}: every key that changes it is declared in its table`, async () => {
      const undeclared: string[] = [];
      let acted = 0;
      for (const bytes of SWEEP) {
        const {before, after} = await drive(widget.make, bytes);
        if (before === after) continue;
        acted++;
        if (!declared(widget.table, bytes)) undeclared.push(JSON.stringify(bytes));
      }
      expect(undeclared).toEqual([]);
      // The sweep reached the widget: a sweep that changes nothing proves nothing.
      expect(acted).toBeGreaterThan(5);
    }, 60_000);
  }

  it('editing a task cell: every key that changes it is declared in TASK_EDIT_KEYS', async () => {
    const undeclared: string[] = [];
    for (const bytes of SWEEP) {
      const r = render(<KeypressProvider>{table('tasks.0.name')()}</KeypressProvider>);
      unmount = r.unmount;
      await drawn(r);
      r.stdin.write('\r');
      await keysHandled();
      await settle();
      const before = r.lastFrame() ?? '';
      expect(before).toContain('editing=true');
      r.stdin.write(bytes);
      await keysHandled();
      await settle();
      if ((r.lastFrame() ?? '') !== before && !declared(TASK_EDIT_KEYS, bytes)) undeclared.push(JSON.stringify(bytes));
      r.unmount();
      unmount = null;
    }
    expect(undeclared).toEqual([]);
  }, 60_000);

  it('a key declared in no table changes nothing: Ctrl+E no longer opens the editor in a long text', async () => {
    const {before, after} = await drive(WIDGETS[2]!.make, keyBytes('ctrl-e'));
    expect(after).not.toContain('!');
    expect(before).toContain('value="one\\ntwo"');
  });

  it('every binding of every table is in the help window, in the words of the table', async () => {
    const lines = helpLines(KEY_TABLES, 200).map((l) => l.text);
    for (const t of KEY_TABLES) {
      expect(lines).toContain(t.title);
      // A binding's keys and words, wrapped in their two columns over as many lines as they need.
      const body = lines.slice(lines.indexOf(t.title) + 1, lines.indexOf('', lines.indexOf(t.title)) >>> 0);
      const keys = body.map((l) => l.slice(0, 24).trim()).join(' ');
      const words = body.map((l) => l.slice(24).trim()).join(' ');
      for (const b of t.bindings) {
        expect(keys, t.title).toContain(keysText(b));
        expect(words, t.title).toContain(b.help);
      }
    }
    // What the wizard shows is that list: at a height where it all fits, every line is on screen.
    const w = renderWizard({position: {step: 'protective'}, columns: 220, rows: lines.length + 12});
    await w.waitForText('› Embodied Physicality score');
    await w.type('?');
    const help = await w.waitForText('Keys (');
    for (const t of KEY_TABLES) for (const b of t.bindings) expect(help).toContain(b.help);
    w.unmount();
  });

  it('one meaning per key across field kinds: a key in two field tables does the same thing', () => {
    const meaning = new Map<string, string>();
    const fields = [LINE_INPUT_KEYS, LONG_TEXT_KEYS, TASK_EDIT_KEYS];
    const clashes: string[] = [];
    for (const t of fields) {
      for (const b of t.bindings) {
        for (const k of b.keys) {
          if (!k.startsWith('Ctrl+')) continue;
          const seen = meaning.get(k);
          if (seen !== undefined && seen !== b.action) clashes.push(`${k}: ${seen} / ${b.action}`);
          meaning.set(k, b.action);
        }
      }
    }
    // Actions are named per widget; the words for the same key must agree.
    expect(clashes.filter((c) => !/^Ctrl\+[AE]: (start|lineStart|end|lineEnd) \/ (start|lineStart|end|lineEnd)$/.test(c))).toEqual([]);
  });
});
