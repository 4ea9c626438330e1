/**
 * Every key of the wizard, declared once, as data: for each widget a table of bindings (the
 * keys, the action they run, the words for the help window). Each widget's handler finds the
 * action of a key in its table and runs it; the help window lists the same tables, grouped by
 * where the keys work. A key in no table does nothing (a widget may say what it takes).
 *
 * Keys are named as the help prints them: `Enter`, `Tab`, `Shift+Tab`, `↑` `↓` `←` `→` (and
 * `Shift+↑`…), `Home`, `End`, `PageUp`, `PageDown`, `Backspace`, `Esc`, `F1`, `Space`,
 * `Ctrl+A`…, a chord `Ctrl+X Ctrl+E`, a single character (`a`, `[`, `-`), and three classes:
 * `0-9` (a digit), `text` (any other typed character) and `paste` (a bracketed paste).
 *
 * One meaning per key across field kinds, as readline, bash and nano users expect: Ctrl+A and
 * Ctrl+E go to the start and end of the line, Ctrl+U deletes to its start, and the external
 * editor is readline's own key for it (`edit-and-execute-command`), Ctrl+X Ctrl+E.
 */
import type {Key} from 'ink';

type KeyFlags = Key & {f1?: boolean; paste?: boolean};

/** A key of a table and what it does there. */
export type Binding<A extends string = string> = {action: A; keys: readonly string[]; help: string};

/** A widget's keys, with the heading the help window gives them. */
export type KeyTable<A extends string = string> = {title: string; bindings: readonly Binding<A>[]};

const NAMED: Record<string, (k: KeyFlags) => boolean> = {
  Enter: (k) => k.return,
  Tab: (k) => k.tab && !k.shift,
  'Shift+Tab': (k) => k.tab && k.shift,
  '↑': (k) => k.upArrow && !k.shift,
  '↓': (k) => k.downArrow && !k.shift,
  '←': (k) => k.leftArrow && !k.shift,
  '→': (k) => k.rightArrow && !k.shift,
  'Shift+↑': (k) => k.upArrow && k.shift,
  'Shift+↓': (k) => k.downArrow && k.shift,
  Home: (k) => k.home,
  End: (k) => k.end,
  PageUp: (k) => k.pageUp,
  PageDown: (k) => k.pageDown,
  // Terminals send DEL (0x7f) for Backspace, which some read as Delete: both delete backwards.
  Backspace: (k) => k.backspace || k.delete,
  Esc: (k) => k.escape,
  F1: (k) => k.f1 === true,
};

const SPECIAL = (k: KeyFlags) =>
  k.return || k.tab || k.upArrow || k.downArrow || k.leftArrow || k.rightArrow || k.home || k.end || k.pageUp || k.pageDown || k.backspace || k.delete || k.escape || k.f1 === true;

/** A character typed on its own, no Ctrl or Alt. */
const typed = (input: string, k: KeyFlags) => input !== '' && !k.ctrl && !k.meta && !k.paste && !SPECIAL(k);

/** Whether a keypress is the one named `name` (one key of a chord). */
export function isKey(name: string, input: string, key: KeyFlags): boolean {
  if (key.paste) return name === 'paste';
  const named = NAMED[name];
  if (named) return named(key);
  if (name === 'Space') return input === ' ' && typed(input, key);
  if (name === '0-9') return /^\d$/.test(input) && typed(input, key);
  if (name === 'text') return typed(input, key);
  const ctrl = /^Ctrl\+([A-Z])$/.exec(name);
  if (ctrl) return key.ctrl && !key.meta && input === ctrl[1]!.toLowerCase();
  return [...name].length === 1 && input === name && typed(input, key);
}

/**
 * Reads keys against a table, chords included: `read` returns the action of a key, 'pending'
 * when the key begins a chord (Ctrl+X of Ctrl+X Ctrl+E), or undefined when it has none.
 */
export function keyReader<A extends string>(table: KeyTable<A>) {
  let prefix: string | null = null;
  return {
    read(input: string, key: KeyFlags): A | 'pending' | undefined {
      const before = prefix;
      prefix = null;
      for (const binding of table.bindings) {
        for (const name of binding.keys) {
          const parts = name.split(' ');
          if (parts.length === 1) {
            if (before === null && isKey(name, input, key)) return binding.action;
          } else if (before === null) {
            if (isKey(parts[0]!, input, key)) {
              prefix = parts[0]!;
              return 'pending';
            }
          } else if (before === parts[0] && isKey(parts[1]!, input, key)) return binding.action;
        }
      }
      // A chord broken by another key: that key acts as it does alone.
      return before === null ? undefined : this.read(input, key);
    },
    /** The first key of a chord begun and not finished, if any. */
    get pending() {
      return prefix;
    },
  };
}

/** The action of a key in a table without chords. */
export function actionFor<A extends string>(table: KeyTable<A>, input: string, key: KeyFlags): A | undefined {
  for (const binding of table.bindings) if (binding.keys.some((name) => !name.includes(' ') && isKey(name, input, key))) return binding.action;
  return undefined;
}

/** The keys of a binding as the help window prints them. */
export const keysText = (binding: Binding): string => binding.keys.map((k) => (k === 'text' ? 'letters, digits…' : k)).join(' / ');

/* ------------------------------------------------------------------------------------------ */
/* The root keys, active in every step: matched in the scope of what has the keys.            */

export type KeyCommand = 'quit' | 'suspend' | 'quitOutsideFields' | 'help' | 'stepList' | 'nextStep' | 'previousStep' | 'back' | 'readStatus';

/** What has the keys: a text field takes letters (and `?`); any form field keeps `q` from quitting. */
export type KeyScope = {typing: boolean; inField: boolean};

type RootBinding = Binding<KeyCommand> & {when?: (scope: KeyScope) => boolean};

export const ROOT_KEYS: {title: string; bindings: readonly RootBinding[]} = {
  title: 'Everywhere',
  bindings: [
    {action: 'help', keys: ['F1'], help: 'this help window'},
    {action: 'help', keys: ['?'], help: 'this help window, outside text', when: (s) => !s.typing},
    {action: 'quit', keys: ['Ctrl+C'], help: 'save and leave'},
    {action: 'suspend', keys: ['Ctrl+Z'], help: 'suspend to the shell; fg brings the wizard back as it was'},
    {action: 'quitOutsideFields', keys: ['q'], help: 'save and leave, in the Review step\'s problem list (in a field, q is a letter; in a window, q closes it)', when: (s) => !s.inField},
    {action: 'readStatus', keys: ['Ctrl+R'], help: 'screen reader mode: read the status aloud (step, focus, score, fields missing, save status)'},
    {action: 'stepList', keys: ['Ctrl+G'], help: 'the step list: jump to any step'},
    {action: 'nextStep', keys: ['PageDown', 'Ctrl+N'], help: 'next step'},
    {action: 'previousStep', keys: ['PageUp', 'Ctrl+P'], help: 'previous step'},
    {action: 'back', keys: ['Esc'], help: 'close a window, or cancel the edit of a task cell (its value comes back); never changes step'},
  ],
};

/** The key command an input matches in a scope; a paste is never a command. */
export function commandFor(input: string, key: KeyFlags, scope: KeyScope): KeyCommand | undefined {
  if (key.paste) return undefined;
  for (const binding of ROOT_KEYS.bindings) {
    if ((binding.when?.(scope) ?? true) && binding.keys.some((name) => isKey(name, input, key))) return binding.action;
  }
  return undefined;
}

/** True for keys the root handler takes while a field has focus: fields leave them alone. */
export const isRootKey = (input: string, key: KeyFlags, typing = true): boolean =>
  commandFor(input, key, {typing, inField: true}) !== undefined;

/* ------------------------------------------------------------------------------------------ */
/* Windows.                                                                                    */

type HelpAction = 'down' | 'up' | 'pageDown' | 'pageUp' | 'top' | 'bottom' | 'close';

export const HELP_KEYS: KeyTable<HelpAction> = {
  title: 'In this help window',
  bindings: [
    {action: 'down', keys: ['↓'], help: 'scroll down a line'},
    {action: 'up', keys: ['↑'], help: 'scroll up a line'},
    {action: 'pageDown', keys: ['PageDown', 'Tab', 'Space'], help: 'scroll down a page'},
    {action: 'pageUp', keys: ['PageUp', 'Shift+Tab'], help: 'scroll up a page'},
    {action: 'top', keys: ['Home'], help: 'the top'},
    {action: 'bottom', keys: ['End'], help: 'the end'},
    {action: 'close', keys: ['Esc', 'F1', '?', 'q', 'Enter'], help: 'close the help window (as in less and man)'},
  ],
};

type StepListAction = 'up' | 'down' | 'go' | 'jump' | 'close';

export const STEP_LIST_KEYS: KeyTable<StepListAction> = {
  title: 'In the step list (Ctrl+G)',
  bindings: [
    {action: 'up', keys: ['↑', 'Shift+Tab'], help: 'previous step in the list'},
    {action: 'down', keys: ['↓', 'Tab'], help: 'next step in the list'},
    {action: 'go', keys: ['Enter'], help: 'go to the chosen step'},
    {action: 'jump', keys: ['0-9'], help: 'go to that step (0 for 10)'},
    {action: 'close', keys: ['Esc', 'Ctrl+G', 'q'], help: 'close the list'},
  ],
};

type AnalysisAction = 'down' | 'up' | 'pageDown' | 'pageUp' | 'top' | 'bottom' | 'previous';

export const REVIEW_ANALYSIS_KEYS: KeyTable<AnalysisAction> = {
  title: 'In the Review step\'s analysis (Tab from the export path)',
  bindings: [
    {action: 'down', keys: ['↓'], help: 'scroll down a line'},
    {action: 'up', keys: ['↑'], help: 'scroll up a line (at the top: the export path)'},
    {action: 'pageDown', keys: ['Space'], help: 'scroll down a page'},
    {action: 'pageUp', keys: ['b'], help: 'scroll up a page (as in less)'},
    {action: 'top', keys: ['Home'], help: 'the top'},
    {action: 'bottom', keys: ['End'], help: 'the end'},
    {action: 'previous', keys: ['Shift+Tab'], help: 'the export path'},
  ],
};

type ReviewListAction = 'up' | 'down' | 'go' | 'next' | 'previous' | 'update' | 'confirm';

export const REVIEW_LIST_KEYS: KeyTable<ReviewListAction> = {
  title: "In the Review step's problem list",
  bindings: [
    {action: 'up', keys: ['↑'], help: 'previous problem or stale figure in the prose (at the first: the field before)'},
    {action: 'down', keys: ['↓'], help: 'next problem or stale figure (after the last: the export path)'},
    {action: 'go', keys: ['Enter'], help: "go to the field of the chosen problem or figure"},
    {action: 'update', keys: ['u'], help: 'update the chosen stale figure in the prose to the figure as computed now'},
    {action: 'confirm', keys: ['c'], help: 'confirm the library role a cited name means (recorded in the draft)'},
    {action: 'next', keys: ['Tab'], help: 'the export path'},
    {action: 'previous', keys: ['Shift+Tab'], help: 'the field before'},
  ],
};

type ExportAction = 'mermaid' | 'calibration' | 'yes' | 'no';

export const EXPORT_KEYS: KeyTable<ExportAction> = {
  title: 'On the export path (a one-line field)',
  bindings: [
    {action: 'mermaid', keys: ['Ctrl+T'], help: 'the Mermaid pie in the report, on or off'},
    {action: 'calibration', keys: ['Ctrl+L'], help: 'the calibration line in the report, on or off'},
    {action: 'yes', keys: ['y', 'Y'], help: 'to a question before the export (not finished? overwrite?): yes'},
    {action: 'no', keys: ['n', 'Enter', 'Esc', 'text'], help: 'to such a question: no (any key but y), back to the path'},
  ],
};

type VariantListAction = 'up' | 'down' | 'next' | 'previous' | 'add' | 'edit' | 'delete';

export const VARIANT_LIST_KEYS: KeyTable<VariantListAction> = {
  title: 'In the seniority variants (Role Definition)',
  bindings: [
    {action: 'up', keys: ['↑'], help: 'previous variant (at the first: the field before)'},
    {action: 'down', keys: ['↓'], help: 'next variant (after the last: the field after)'},
    {action: 'next', keys: ['Tab'], help: 'next field; while editing, the name and what changes in turn'},
    {action: 'previous', keys: ['Shift+Tab'], help: 'previous field'},
    {action: 'add', keys: ['a'], help: 'add a variant and type its name'},
    {action: 'edit', keys: ['Enter'], help: "edit the variant: its name, then (Tab) what changes; a variant read from the note becomes one of the role's"},
    {action: 'delete', keys: ['d', 'Backspace'], help: 'delete the variant'},
  ],
};

/** While a variant is edited: its name and its changes are one-line fields; this ends the edit. */
export const VARIANT_EDIT_KEYS: KeyTable<'done'> = {
  title: 'Editing a seniority variant',
  bindings: [{action: 'done', keys: ['Esc'], help: 'done editing the variant (Enter on What changes too)'}],
};

/* ------------------------------------------------------------------------------------------ */
/* Fields.                                                                                     */

type LineAction = 'submit' | 'next' | 'previous' | 'left' | 'right' | 'start' | 'end' | 'deleteBackward' | 'deleteToStart' | 'insert';

export const LINE_INPUT_KEYS: KeyTable<LineAction> = {
  title: 'In a one-line field',
  bindings: [
    {action: 'submit', keys: ['Enter'], help: 'next field (on the export path: export)'},
    {action: 'next', keys: ['Tab', '↓'], help: 'next field (after the last: next step)'},
    {action: 'previous', keys: ['Shift+Tab', '↑'], help: 'previous field'},
    {action: 'left', keys: ['←'], help: 'cursor left'},
    {action: 'right', keys: ['→'], help: 'cursor right'},
    {action: 'start', keys: ['Home', 'Ctrl+A'], help: 'start of the line'},
    {action: 'end', keys: ['End', 'Ctrl+E'], help: 'end of the line'},
    {action: 'deleteBackward', keys: ['Backspace'], help: 'delete the character before the cursor'},
    {action: 'deleteToStart', keys: ['Ctrl+U'], help: 'delete from the start of the line to the cursor'},
    {action: 'insert', keys: ['text', 'paste'], help: 'typed or pasted text (line breaks become spaces); the override score refuses what is not 0 to 100'},
  ],
};

type ScoreAction = 'next' | 'previous' | 'lower' | 'higher' | 'clear' | 'negative' | 'positive' | 'set' | 'paste' | 'refuse';

export const SCORE_KEYS: KeyTable<ScoreAction> = {
  title: 'On a score',
  bindings: [
    {action: 'next', keys: ['Enter', 'Tab', '↓'], help: 'next field'},
    {action: 'previous', keys: ['Shift+Tab', '↑'], help: 'previous field'},
    {action: 'lower', keys: ['←'], help: 'lower value'},
    {action: 'higher', keys: ['→'], help: 'higher value'},
    {action: 'set', keys: ['0-9'], help: 'set the value itself (never a list position)'},
    {action: 'negative', keys: ['-'], help: 'on a -2 to 2 scale: the digit that follows is negative'},
    {action: 'positive', keys: ['+'], help: 'the digit that follows is positive'},
    {action: 'clear', keys: ['Backspace'], help: 'clear the score'},
    {action: 'paste', keys: ['paste'], help: 'a pasted number sets the value'},
    {action: 'refuse', keys: ['text'], help: 'any other character: the field says what it takes'},
  ],
};

type LongTextKeyAction =
  | 'next'
  | 'previous'
  | 'editor'
  | 'newLine'
  | 'deleteBackward'
  | 'deleteForward'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'lineStart'
  | 'lineEnd'
  | 'deleteToStart'
  | 'insert';

export const LONG_TEXT_KEYS: KeyTable<LongTextKeyAction> = {
  title: 'In a long text',
  bindings: [
    {action: 'next', keys: ['Tab'], help: 'next field'},
    {action: 'previous', keys: ['Shift+Tab'], help: 'previous field'},
    {action: 'editor', keys: ['Ctrl+X Ctrl+E'], help: 'write the text in $VISUAL / $EDITOR (as in bash)'},
    {action: 'newLine', keys: ['Enter'], help: 'new line (pasted text keeps its line breaks)'},
    {action: 'deleteBackward', keys: ['Backspace'], help: 'delete the character before the cursor'},
    {action: 'deleteForward', keys: ['Ctrl+D'], help: 'delete the character under the cursor'},
    {action: 'left', keys: ['←'], help: 'cursor left'},
    {action: 'right', keys: ['→'], help: 'cursor right'},
    {action: 'up', keys: ['↑'], help: 'cursor up a screen line'},
    {action: 'down', keys: ['↓'], help: 'cursor down a screen line'},
    {action: 'lineStart', keys: ['Home', 'Ctrl+A'], help: 'start of the line'},
    {action: 'lineEnd', keys: ['End', 'Ctrl+E'], help: 'end of the line'},
    {action: 'deleteToStart', keys: ['Ctrl+U'], help: 'delete from the start of the line to the cursor'},
    {action: 'insert', keys: ['text', 'paste'], help: 'typed or pasted text'},
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* The task table: moving between cells, and typing in a Task or Rationale cell.              */

type TaskCellAction =
  | 'editor'
  | 'undo'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'nextCell'
  | 'previousCell'
  | 'first'
  | 'last'
  | 'add'
  | 'insert'
  | 'delete'
  | 'moveUp'
  | 'moveDown'
  | 'digit'
  | 'erase'
  | 'enter'
  | 'nextLabel'
  | 'cancel'
  | 'paste'
  | 'refuse';

export const TASK_TABLE_KEYS: KeyTable<TaskCellAction> = {
  title: 'In the task table',
  bindings: [
    {action: 'up', keys: ['↑'], help: 'previous task'},
    {action: 'down', keys: ['↓'], help: 'next task'},
    {action: 'left', keys: ['←'], help: 'previous cell'},
    {action: 'right', keys: ['→'], help: 'next cell'},
    {action: 'nextCell', keys: ['Tab'], help: 'next cell (past the last cell: leaves the table)'},
    {action: 'previousCell', keys: ['Shift+Tab'], help: 'previous cell'},
    {action: 'first', keys: ['Home'], help: 'first task'},
    {action: 'last', keys: ['End'], help: 'last task'},
    {action: 'add', keys: ['a'], help: 'add a task below and type its name'},
    {action: 'insert', keys: ['i'], help: 'insert a task above and type its name'},
    {action: 'delete', keys: ['d'], help: 'delete the task (u undoes)'},
    {action: 'undo', keys: ['u'], help: 'undo the last delete'},
    {action: 'moveUp', keys: ['[', 'Shift+↑'], help: 'move the task up'},
    {action: 'moveDown', keys: [']', 'Shift+↓'], help: 'move the task down'},
    {action: 'digit', keys: ['0-9'], help: 'type Time % (0-100) or Score (1-5) into the cell'},
    {action: 'erase', keys: ['Backspace'], help: 'remove a digit of Time % / clear the Score'},
    {action: 'enter', keys: ['Enter'], help: 'on Task / Rationale: edit the text; on Aug/Disp: next label'},
    {action: 'nextLabel', keys: ['Space'], help: 'on Aug/Disp: next label; after the third, back to the suggestion'},
    {action: 'cancel', keys: ['Esc'], help: 'on Time %: the value it had before the digits typed'},
    {action: 'editor', keys: ['Ctrl+X Ctrl+E'], help: 'on Task / Rationale: write the text in $VISUAL / $EDITOR'},
    {action: 'paste', keys: ['paste'], help: 'a paste lands in a cell being edited (Enter edits)'},
    {action: 'refuse', keys: ['text'], help: 'any other character: the cell says what it takes (Enter edits a Task or Rationale)'},
  ],
};

type TaskEditAction = 'editor' | 'keep' | 'cancel' | 'leave' | 'deleteBackward' | 'left' | 'right' | 'start' | 'end' | 'deleteToStart' | 'insert';

export const TASK_EDIT_KEYS: KeyTable<TaskEditAction> = {
  title: 'Editing a Task or Rationale cell',
  bindings: [
    {action: 'keep', keys: ['Enter'], help: 'keep the text'},
    {action: 'cancel', keys: ['Esc'], help: 'cancel the edit: the text it had before'},
    {action: 'leave', keys: ['Tab', 'Shift+Tab', '↑', '↓'], help: 'keep the text and move'},
    {action: 'left', keys: ['←'], help: 'cursor left'},
    {action: 'right', keys: ['→'], help: 'cursor right'},
    {action: 'start', keys: ['Home', 'Ctrl+A'], help: 'start of the text'},
    {action: 'end', keys: ['End', 'Ctrl+E'], help: 'end of the text'},
    {action: 'deleteBackward', keys: ['Backspace'], help: 'delete the character before the cursor'},
    {action: 'deleteToStart', keys: ['Ctrl+U'], help: 'delete from the start to the cursor'},
    {action: 'editor', keys: ['Ctrl+X Ctrl+E'], help: 'write the text in $VISUAL / $EDITOR'},
    {action: 'insert', keys: ['text', 'paste'], help: 'typed or pasted text'},
  ],
};

/* ------------------------------------------------------------------------------------------ */
/* The questions before the wizard opens (`resume`): not in the wizard's help window.          */

type ChooseAction = 'up' | 'down' | 'pageUp' | 'pageDown' | 'first' | 'last' | 'open' | 'cancel';

export const CHOOSE_KEYS: KeyTable<ChooseAction> = {
  title: 'Choosing a draft to resume',
  bindings: [
    {action: 'up', keys: ['↑'], help: 'previous draft'},
    {action: 'down', keys: ['↓'], help: 'next draft'},
    {action: 'pageUp', keys: ['PageUp'], help: 'a page up'},
    {action: 'pageDown', keys: ['PageDown'], help: 'a page down'},
    {action: 'first', keys: ['Home'], help: 'the first'},
    {action: 'last', keys: ['End'], help: 'the last'},
    {action: 'open', keys: ['Enter'], help: 'open it'},
    {action: 'cancel', keys: ['Esc', 'q', 'Ctrl+C'], help: 'open none'},
  ],
};

type YesNoAction = 'yes' | 'no';

export const YES_NO_KEYS: KeyTable<YesNoAction> = {
  title: 'A yes/no question (y/N)',
  bindings: [
    {action: 'yes', keys: ['y', 'Y'], help: 'yes'},
    {action: 'no', keys: ['n', 'N', 'Enter', 'Esc', 'Ctrl+C'], help: 'no, the default'},
  ],
};

/** Every table of the wizard, in the order its help window lists them. */
export const KEY_TABLES: readonly KeyTable[] = [
  ROOT_KEYS,
  HELP_KEYS,
  STEP_LIST_KEYS,
  REVIEW_LIST_KEYS,
  EXPORT_KEYS,
  REVIEW_ANALYSIS_KEYS,
  VARIANT_LIST_KEYS,
  VARIANT_EDIT_KEYS,
  LINE_INPUT_KEYS,
  SCORE_KEYS,
  LONG_TEXT_KEYS,
  TASK_TABLE_KEYS,
  TASK_EDIT_KEYS,
];
