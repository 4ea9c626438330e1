/**
 * Every key of the wizard, declared once: the root handler matches against it and the help
 * window lists it, grouped by where the keys work. Keys of the task table and long text fields
 * come from those components.
 */
import type {Key} from 'ink';

export type KeyCommand = 'quit' | 'quitOutsideFields' | 'help' | 'stepList' | 'nextStep' | 'previousStep' | 'back';

/** What has the keys: a text field takes letters (and `?`); any form field keeps `q` from quitting. */
export type KeyScope = {typing: boolean; inField: boolean};

type KeyFlags = Key & {f1?: boolean; paste?: boolean};

export type KeyBinding = {
  command: KeyCommand;
  keys: string;
  action: string;
  match: (input: string, key: KeyFlags, scope: KeyScope) => boolean;
};

/** The root keys, active in every step. */
export const ROOT_KEYS: readonly KeyBinding[] = [
  {command: 'help', keys: 'F1, or ? outside text', action: 'this help window; Esc, F1 or ? closes it', match: (i, k, s) => k.f1 === true || (i === '?' && !s.typing)},
  {command: 'quit', keys: 'Ctrl+C', action: 'save and leave', match: (i, k) => k.ctrl && i === 'c'},
  {
    command: 'quitOutsideFields',
    keys: 'q',
    action: 'save and leave, in the step list and this window (in a field, q is a letter)',
    match: (i, k, s) => i === 'q' && !k.ctrl && !k.meta && !s.inField,
  },
  {command: 'stepList', keys: 'Ctrl+G', action: 'the step list: jump to any step', match: (i, k) => k.ctrl && i === 'g'},
  {command: 'nextStep', keys: 'PageDown / Ctrl+N', action: 'next step', match: (i, k) => k.pageDown || (k.ctrl && i === 'n')},
  {command: 'previousStep', keys: 'PageUp / Ctrl+P', action: 'previous step', match: (i, k) => k.pageUp || (k.ctrl && i === 'p')},
  {command: 'back', keys: 'Esc', action: 'close a window, or cancel the edit of a task cell (its value comes back); never changes step', match: (_i, k) => k.escape},
];

/** Keys of the fields and the score picker, for the help window. */
export const FIELD_KEYS: ReadonlyArray<{keys: string; action: string}> = [
  {keys: 'Tab / ↓', action: 'next field (after the last: next step)'},
  {keys: 'Shift+Tab / ↑', action: 'previous field'},
  {keys: 'Enter', action: 'in a one-line field or a score: next field'},
  {keys: '← / →', action: 'score: lower / higher value'},
  {keys: '0-9 and -', action: 'score: set the value itself (-2 … 5; 0-100 for an override)'},
  {keys: 'Backspace', action: 'score: clear'},
];

export type ReviewCommand = 'updateStatement' | 'confirmCitation';

/** Keys of the Review step's list of problems and stale figures: its handler dispatches from this table, the help window lists it. */
export const REVIEW_KEYS: ReadonlyArray<{command?: ReviewCommand; keys: string; action: string; input?: string}> = [
  {keys: '↑ / ↓', action: 'choose a problem, or a stale figure in the prose'},
  {keys: 'Enter', action: 'go to the field of the chosen problem or figure'},
  {command: 'updateStatement', input: 'u', keys: 'u', action: 'update the chosen stale figure in the prose to the figure as computed now'},
  {command: 'confirmCitation', input: 'c', keys: 'c', action: 'confirm the library role a cited name means (recorded in the draft)'},
];

/** The Review step's command for a key, if any. */
export function reviewCommandFor(input: string, key: KeyFlags): ReviewCommand | undefined {
  if (key.paste || key.ctrl || key.meta) return undefined;
  return REVIEW_KEYS.find((b) => b.command && b.input === input)?.command;
}

/** The key command an input matches in a scope; a paste is never a command. */
export function commandFor(input: string, key: KeyFlags, scope: KeyScope): KeyCommand | undefined {
  if (key.paste) return undefined;
  for (const binding of ROOT_KEYS) if (binding.match(input, key, scope)) return binding.command;
  return undefined;
}

/** True for keys the root handler takes while a field has focus: fields leave them alone. */
export const isRootKey = (input: string, key: KeyFlags, typing = true): boolean =>
  commandFor(input, key, {typing, inField: true}) !== undefined;
