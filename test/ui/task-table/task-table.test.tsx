import {useEffect} from 'react';
import type React from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {taskTableHeight} from '../../../src/ui/task-table/task-table.js';
import {TASK_TABLE_KEYS, keysText} from '../../../src/ui/keymap.js';
import {press, renderReady, send, tap, type Rendered, type, waitForText} from '../support/ink-helpers.js';
import {makeTask, manyTasks, TaskTableHarness, type TaskTableHarnessProps} from './harness.js';

let r: Rendered | undefined;
afterEach(() => r?.unmount());

const open = async (props: Omit<TaskTableHarnessProps, 'ready'>) =>
  (r = await renderReady((ready) => <TaskTableHarness ready={ready} {...props} />));
const threeTasks = () => [makeTask('Research', 50, 1), makeTask('Experiments', 30, 2), makeTask('Writing', 15, 4)];
/** The table's row lines: they start with the cursor marker or two spaces and a task name. */
const rowOf = (frame: string, name: string) => frame.split('\n').find((l) => l.slice(2).startsWith(name)) ?? '';
const taskNames = (frame: string) => [...frame.matchAll(/^(?:› | {2})(T\d{4})/gm)].map((m) => m[1]);

describe('TaskTable', () => {
  it('shows the seed\'s columns, Weighted from the figures, and the running sum flagged in words', async () => {
    const r = await open({tasks: threeTasks()});
    const frame = r.lastFrame() ?? '';
    expect(frame).toMatch(/Task +Time % +Score \(1-5\) +Weighted +Aug\/Disp +Rationale/);
    expect(rowOf(frame, 'Writing')).toMatch(/15% +4 +0\.60 +DISPLACEMENT\*/);
    expect(rowOf(frame, 'Research')).toMatch(/50% +1 +0\.50 +NOT INVOLVED\*/);
    expect(frame).toContain('Total 95% — 5% unaccounted for');
  });

  it('moves between tasks and cells, reporting the field path', async () => {
    const r = await open({tasks: threeTasks()});
    await waitForText(r, 'field=tasks.0.name');
    await press(r, 'down');
    const frame = await press(r, 'right');
    expect(frame).toContain('Task 2 of 3 · Time %');
    await waitForText(r, 'field=tasks.1.timePercent');
    expect(frame).toMatch(/^› Experiments/m);
  });

  it('starts on the cell a resumed draft names', async () => {
    const r = await open({tasks: threeTasks(), initialField: 'tasks.2.score'});
    expect(await waitForText(r, 'Task 3 of 3 · Score (1-5)')).toContain('Score 4: AI does most of it');
  });

  it('types Time % digits straight into the cell and updates the sum', async () => {
    const r = await open({tasks: threeTasks()});
    tap(r, 'down', 'down', 'right');
    await send(r, '2', (f) => f.includes('Total 82%'));
    const frame = await send(r, '0', (f) => f.includes('Total 100% ✓'));
    expect(rowOf(frame.replace(/^› /m, '  '), 'Writing')).toMatch(/20% +4 +0\.80/);
    // Leaving and coming back: the next digit replaces the value.
    tap(r, 'left', 'right');
    expect(await send(r, '5')).toContain('Total 85% — 15% unaccounted for');
    expect(await press(r, 'backspace')).toContain('Total 80% — 20% unaccounted for');
  });

  it('Esc cancels digits typed into Time %: the cell gets back its value from before them', async () => {
    const r = await open({tasks: threeTasks()});
    tap(r, 'down', 'down', 'right');
    await send(r, '7', (f) => f.includes('Total 87%'));
    await send(r, '5', (f) => f.includes('Total 155%'));
    let frame = await send(r, '\u001b', (f) => f.includes('Edit cancelled: Time % is as it was.'));
    expect(frame).toContain('Total 95% — 5% unaccounted for');
    expect(rowOf(frame.replace(/^› /m, '  '), 'Writing')).toMatch(/15% +4 /);
    // After the cancel the next digit starts a new entry.
    frame = await send(r, '2', (f) => f.includes('Total 82%'));
    expect(frame).toContain('field=tasks.2.timePercent');
  });

  it('refuses a Time % over 100, saying why', async () => {
    const r = await open({tasks: [makeTask('Only', 10, 1)]});
    tap(r, 'right');
    await send(r, '9', (f) => f.includes('Total 9%'));
    await send(r, '9', (f) => f.includes('Total 99%'));
    const frame = await send(r, '9');
    expect(frame).toContain('Time % is 0 to 100.');
    expect(frame).toContain('Total 99%');
  });

  it('sets the score by digit, moving the suggested label with it and showing the level', async () => {
    const r = await open({tasks: threeTasks()});
    tap(r, 'right', 'right');
    let frame = await send(r, '5', (f) => f.includes('Score 5:'));
    expect(frame).toContain('Score 5: AI can do it end to end today.');
    expect(rowOf(frame.replace(/^› /m, '  '), 'Research')).toMatch(/50% +5 +2\.50 +DISPLACEMENT\*/);
    expect(frame).toContain('DISPLACEMENT (suggested from the score)');
    frame = await send(r, '7');
    expect(frame).toContain('Score is 1 to 5.');
  });

  it('cycles the label, marks a chosen one, keeps it when the score moves, and returns to the suggestion', async () => {
    const r = await open({tasks: [makeTask('Review', 100, 4)]});
    tap(r, 'right', 'right', 'right');
    let frame = await send(r, ' ', (f) => f.includes('chosen'));
    expect(frame).toContain('Aug/Disp AUGMENTATION (chosen; the score suggests DISPLACEMENT)');
    expect(frame).toMatch(/4\.00 +AUGMENTATION$/m);
    tap(r, 'left');
    frame = await send(r, '5', (f) => f.includes('Score 5'));
    expect(frame).toContain('Aug/Disp AUGMENTATION (chosen;');
    tap(r, 'right');
    frame = await send(r, ' ', (f) => f.includes('NOT INVOLVED (chosen'));
    frame = await send(r, ' ', (f) => f.includes('(suggested from the score)'));
    expect(frame).toMatch(/5\.00 +DISPLACEMENT\*$/m);
  });

  it('adds a task below, typing its name at once; `?` and `q` are text while editing', async () => {
    const r = await open({tasks: threeTasks()});
    await press(r, 'down'); // on Experiments
    let frame = await send(r, 'a', (f) => f.includes('editing=true'));
    expect(frame).toContain('Task 3 of 4');
    await type(r, 'Peer');
    tap(r, 'space');
    frame = await type(r, 'review?q');
    expect(frame).toMatch(/^› Peer review\?q/m);
    frame = await press(r, 'enter', (f) => f.includes('editing=false'));
    const names = frame.split('\n').slice(1, 5).map((l) => l.slice(2).split(/ {2,}/)[0]);
    expect(names).toEqual(['Research', 'Experiments', 'Peer review?q', 'Writing']);
  });

  it('edits a name in place with the cursor, and a pasted line break becomes a space', async () => {
    const r = await open({tasks: [makeTask('Reserch', 100, 1)]});
    await press(r, 'enter', (f) => f.includes('editing=true'));
    tap(r, 'left', 'left', 'left');
    let frame = await send(r, 'a');
    expect(frame).toMatch(/^› Research/m);
    tap(r, 'end');
    frame = await send(r, '\u001b[200~\r\nand\nwriting\u001b[201~', (f) => f.includes('writing'));
    expect(frame).toMatch(/^› Research and writing/m);
    expect(frame).toContain('editing=true');
  });

  it('Esc cancels an edit: the cell gets back the text it had before the edit began', async () => {
    const r = await open({tasks: [makeTask('Research', 100, 1)]});
    await press(r, 'enter', (f) => f.includes('editing=true'));
    await type(r, 'ers');
    tap(r, 'backspace', 'backspace');
    let frame = await type(r, 'XY');
    expect(frame).toMatch(/^› ResearcheXY/m);
    frame = await send(r, '\u001b', (f) => f.includes('editing=false'));
    expect(rowOf(frame, 'Research')).toMatch(/^› Research +100%/);
    expect(frame).toContain('Edit cancelled');
    expect(frame).toContain('field=tasks.0.name');
    // A rationale too; Enter keeps what was typed.
    tap(r, 'tab', 'tab', 'tab');
    await press(r, 'tab', (f) => f.includes('field=tasks.0.rationale'));
    await press(r, 'enter', (f) => f.includes('editing=true'));
    await type(r, 'Kept');
    frame = await press(r, 'enter', (f) => f.includes('editing=false'));
    expect(frame).toContain('Rationale: Kept');
    await press(r, 'enter', (f) => f.includes('editing=true'));
    await type(r, '-dropped');
    frame = await send(r, '\u001b', (f) => f.includes('editing=false'));
    expect(frame).toContain('Rationale: Kept');
    expect(frame).not.toContain('dropped');
  });

  it('deletes a task and undoes the delete', async () => {
    const r = await open({tasks: threeTasks()});
    await press(r, 'down');
    let frame = await send(r, 'd', (f) => f.includes('u undoes'));
    expect(frame).toContain('Deleted task 2 “Experiments” — u undoes');
    expect(frame).not.toContain('Experiments  ');
    expect(frame).toContain('Total 65% — 35% unaccounted for');
    frame = await send(r, 'u', (f) => f.includes('Restored'));
    expect(rowOf(frame.replace(/^› /m, '  '), 'Experiments')).toMatch(/30% +2 +0\.60 +AUGMENTATION\*/);
    expect(frame).toContain('Total 95%');
  });

  it('reorders with ] and [ and Shift+arrows, the cursor following the task', async () => {
    const r = await open({tasks: threeTasks()});
    const order = (f: string) => f.split('\n').slice(1, 4).map((l) => l.slice(2).split(/ {2,}/)[0]);
    let frame = await send(r, ']');
    expect(order(frame)).toEqual(['Experiments', 'Research', 'Writing']);
    frame = await press(r, 'shiftDown');
    expect(order(frame)).toEqual(['Experiments', 'Writing', 'Research']);
    expect(frame).toMatch(/^› Research/m);
    frame = await send(r, '[');
    expect(order(frame)).toEqual(['Experiments', 'Research', 'Writing']);
    frame = await press(r, 'shiftUp');
    expect(order(frame)).toEqual(['Research', 'Experiments', 'Writing']);
  });

  it('leaves with Tab past the last cell and Shift+Tab before the first', async () => {
    const r = await open({tasks: [makeTask('One', 100, 1)]});
    expect(await press(r, 'shiftTab')).toContain('left=previous');
    tap(r, 'tab', 'tab', 'tab', 'tab');
    expect(await press(r, 'tab', (f) => f.includes('left=next'))).toContain('left=next');
  });

  it('writes a rationale in the external editor with Ctrl+X Ctrl+E, keeping its line breaks', async () => {
    const seen: string[] = [];
    const editText = (text: string) => {
      seen.push(text);
      return {ok: true as const, text: `${text}\nSecond line.`};
    };
    const r = await open({tasks: [{...makeTask('Review', 100, 2), rationale: 'First line.'}], editText});
    tap(r, 'right', 'right', 'right', 'right');
    let frame = await send(r, '\u0018\u0005', (f) => f.includes('written in the editor'));
    expect(seen).toEqual(['First line.']);
    expect(frame).toContain('Rationale: First line.');
    expect(frame).toContain('Second line.');
    // Typed into inline, the break shows as ↵ in the one-line cell.
    frame = await press(r, 'enter', (f) => f.includes('editing=true'));
    expect(frame).toMatch(/First line\.↵Second line\./);
  });

  it('says why when the editor fails and keeps the text', async () => {
    const editText = () => ({ok: false as const, message: 'The editor "vi" exited with code 1; the text is unchanged.'});
    const r = await open({tasks: [makeTask('Review', 100, 2)], editText});
    const frame = await send(r, '\u0018\u0005', (f) => f.includes('exited with code 1'));
    expect(frame).toMatch(/^› Review/m);
  });

  it('prose typed on a Task cell without Enter: its first letter, a command, says what it did and how to undo it', async () => {
    const r = await open({tasks: threeTasks()});
    // "install…" typed as if the cell were being edited: i inserts a task above and starts its name.
    const frame = await send(r, 'i', (f) => f.includes('inserted above'));
    expect(frame).toContain('Editing Task — a new task inserted above: type its name, Enter keeps it, Esc then d deletes it.');
    expect(frame).toContain('editing=true');
    // A letter that is no command says what the cell takes.
    await send(r, '\r', (f) => f.includes('editing=false'));
    const refused = await send(r, 'n', (f) => f.includes('Enter edits the task'));
    expect(refused).toContain('Enter edits the task; a adds a task below, d deletes, u undoes.');
  });

  it('shows every task at taskTableHeight(count)', async () => {
    const r = await open({tasks: manyTasks(6), height: taskTableHeight(6)});
    expect(taskNames(r.lastFrame() ?? '')).toHaveLength(6);
  });

  it('offers to add the first task on an empty list', async () => {
    const r = await open({tasks: []});
    expect(r.lastFrame()).toContain('No tasks yet — press a to add one.');
    expect(r.lastFrame()).toContain('Total 0% — no tasks yet');
    const frame = await send(r, 'a', (f) => f.includes('Task 1 of 1'));
    expect(frame).toContain('editing=true');
  });

  it('lists its keys for the help overlay, none of them the wizard\'s', () => {
    const keys = TASK_TABLE_KEYS.bindings.map(keysText).join(' ');
    expect(keys).toContain('[ / Shift+↑');
    // Esc is the root's too, with the same meaning (cancel the edit of a cell).
    expect(keys).not.toMatch(/Ctrl\+[CSGNPZ]\b|PageUp|PageDown|\?|\bq\b/);
  });
});

describe('TaskTable windowing', () => {
  it('with 500 tasks draws only the rows that fit in its height, following the cursor', async () => {
    const r = await open({tasks: manyTasks(500), height: 17}); // 17 - 7 lines of header and footer = 10 rows
    let frame = r.lastFrame() ?? '';
    expect(taskNames(frame)).toEqual(Array.from({length: 10}, (_, i) => `T${String(i + 1).padStart(4, '0')}`));
    expect(frame).toContain('Task 1 of 500 · Task · ↓ 490 more');
    expect(frame.split('\n').length).toBe(18);
    // Down past the window scrolls by one row.
    tap(r, ...Array.from({length: 10}, () => 'down' as const));
    frame = await press(r, 'down', (f) => f.includes('Task 12 of 500'));
    expect(taskNames(frame)).toEqual(Array.from({length: 10}, (_, i) => `T${String(i + 3).padStart(4, '0')}`));
    expect(frame).toContain('↑ 2 more · ↓ 488 more');
    // End jumps to the last window.
    frame = await press(r, 'end', (f) => f.includes('Task 500 of 500'));
    expect(taskNames(frame)).toEqual(Array.from({length: 10}, (_, i) => `T${String(i + 491).padStart(4, '0')}`));
    expect(frame).toMatch(/^› T0500/m);
  });

  it('with 100 tasks keeps the window when moving inside it, and edits the row in view', async () => {
    const r = await open({tasks: manyTasks(100), height: 12, initialField: 'tasks.50.timePercent'});
    let frame = r.lastFrame() ?? '';
    expect(taskNames(frame)).toEqual(['T0047', 'T0048', 'T0049', 'T0050', 'T0051']);
    await press(r, 'up');
    frame = await send(r, '7', (f) => f.includes('7%'));
    expect(taskNames(frame)).toEqual(['T0047', 'T0048', 'T0049', 'T0050', 'T0051']);
    expect(frame).toMatch(/^› T0050 +7%/m);
    expect(frame).toContain('Total 106% — 6% too much');
  });
});

describe('TaskTable and the editing flag', () => {
  it('clears the flag when it unmounts while a cell is being typed in', async () => {
    const heard: boolean[] = [];
    const {TaskTable} = await import('../../../src/ui/task-table/task-table.js');
    const {score} = await import('../../../src/method/score.js');
    const {emptyAssessment} = await import('../../../src/method/empty.js');
    const tasks = [makeTask('One', 100, 1)];
    const card = score({...emptyAssessment(), tasks});
    const table = (ready: () => void) => (
      <TaskTableProbe ready={ready}>
        <TaskTable tasks={tasks} figures={card.tasks} timeTotal={100} timeOk width={80} height={12} isActive dispatch={() => {}} onEditingChange={(e) => heard.push(e)} />
      </TaskTableProbe>
    );
    r = await renderReady(table);
    await send(r, '\r', (f) => f.includes('Editing Task'));
    expect(heard.at(-1)).toBe(true);
    r.unmount();
    r = undefined;
    expect(heard.at(-1)).toBe(false);
  });
});

function TaskTableProbe({ready, children}: {ready: () => void; children: React.ReactNode}) {
  useEffect(() => ready(), [ready]);
  return <>{children}</>;
}
