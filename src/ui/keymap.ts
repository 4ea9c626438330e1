/**
 * Every key of the wizard, declared once: the root handler matches against it and the `?` help
 * overlay lists it. Keys of the task table and long text fields come from those components.
 */
import type {Key} from 'ink';

export type KeyCommand =
  | 'quit'
  | 'quitIfNotTyping'
  | 'help'
  | 'stepList'
  | 'nextStep'
  | 'previousStep'
  | 'back';

export type KeyBinding = {
  command: KeyCommand;
  keys: string;
  action: string;
  /** Matches only when no text field takes the keys. */
  notWhileTyping?: boolean;
  match: (input: string, key: Key) => boolean;
};

/** The root keys, active in every step. */
export const ROOT_KEYS: readonly KeyBinding[] = [
  {command: 'quit', keys: 'Ctrl+C', action: 'save and leave', match: (i, k) => k.ctrl && i === 'c'},
  {
    command: 'quitIfNotTyping',
    keys: 'q',
    action: 'save and leave (when not typing in a text field)',
    notWhileTyping: true,
    match: (i, k) => i === 'q' && !k.ctrl && !k.meta,
  },
  {
    command: 'help',
    keys: '?',
    action: 'show every key (when not typing in a text field)',
    notWhileTyping: true,
    match: (i) => i === '?',
  },
  {command: 'stepList', keys: 'Ctrl+G', action: 'step list: jump to any step', match: (i, k) => k.ctrl && i === 'g'},
  {
    command: 'nextStep',
    keys: 'PageDown / Ctrl+N',
    action: 'next step',
    match: (i, k) => k.pageDown || (k.ctrl && i === 'n'),
  },
  {
    command: 'previousStep',
    keys: 'PageUp / Ctrl+P',
    action: 'previous step',
    match: (i, k) => k.pageUp || (k.ctrl && i === 'p'),
  },
  {command: 'back', keys: 'Esc', action: 'close this window, else previous step', match: (_i, k) => k.escape},
];

/** Keys of the fields and the score picker, for the help overlay. */
export const FIELD_KEYS: ReadonlyArray<{keys: string; action: string}> = [
  {keys: 'Tab / ↓', action: 'next field (after the last: next step)'},
  {keys: 'Shift+Tab / ↑', action: 'previous field'},
  {keys: 'Enter', action: 'in a one-line field or a score: next field'},
  {keys: '← / →', action: 'score: lower / higher value'},
  {keys: '0-9 and -', action: 'score: set the value itself (-2 … 5; 0-100 for an override)'},
  {keys: 'Backspace', action: 'score: clear'},
];

/** The key command an input matches, given whether a text field takes the keys. */
export function commandFor(input: string, key: Key, typing: boolean): KeyCommand | undefined {
  for (const binding of ROOT_KEYS) {
    if (binding.notWhileTyping && typing) continue;
    if (binding.match(input, key)) return binding.command;
  }
  return undefined;
}

/** True for keys the root handler takes whatever is focused: fields must leave them alone. */
export const isRootKey = (input: string, key: Key): boolean =>
  commandFor(input, key, true) !== undefined;
