/**
 * Every message the wizard shows for a while (a refusal, a confirmation, a result) is held by
 * useNotice, which says it in screen reader mode as it is set: a component that kept a message
 * in a state of its own would show it to sighted users only, and fails here.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../support/paths.js';

const ui = join(ROOT, 'src', 'ui');
const HOME = 'speech/speech.tsx';

function files(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** State that holds a message: by its name, or a string-or-nothing state. */
const MESSAGE_STATE = /const \[(\w*(message|notice|refus|error|warning|hint)\w*), *\w+\] *= *use(State|Reducer)\b|useState<string \| null>/gi;

describe('messages are held by useNotice', () => {
  it('no wizard component keeps a message in a state of its own', () => {
    const found = files(ui)
      .filter((f) => relative(ui, f) !== HOME)
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(MESSAGE_STATE)].map((m) => `${relative(ui, f)}: ${m[0]}`));
    expect(found).toEqual([]);
  });
  it('the components that show messages take them from useNotice', () => {
    for (const file of ['components/score-picker.tsx', 'task-table/task-table.tsx', 'long-text/long-text-input.tsx', 'steps/export-prompt.tsx', 'steps/composite.tsx'])
      expect(readFileSync(join(ui, file), 'utf8'), file).toMatch(/= useNotice\(\)/);
  });
  it('would catch a message kept in a state of its own', () => {
    expect('  const [message, setMessage] = useState<string | null>(null);'.match(MESSAGE_STATE)).not.toBeNull();
    expect('  const [refused, setRefused] = useState(false);'.match(MESSAGE_STATE)).not.toBeNull();
  });
});
