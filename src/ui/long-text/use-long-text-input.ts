/**
 * The long text field's keys, wired to its reducer. The value is controlled by the parent: each
 * edit calls onChange at once, and a value changed outside (resume, external editor) resets the
 * cursor to its end.
 */
import {useCallback, useRef, useState} from 'react';
import {useKeypress} from '../keys/keypress-context.js';
import {initialLongTextState, longTextReducer, type LongTextAction, type LongTextState} from './use-long-text-state.js';

/** The keys of a long text field, for the help overlay. */
export const LONG_TEXT_KEYS: Array<{keys: string; action: string}> = [
  {keys: '← → ↑ ↓', action: 'Move the cursor (↑ ↓ by screen line)'},
  {keys: 'Home / End', action: 'Start / end of the line'},
  {keys: 'Enter', action: 'New line (pasted text keeps its line breaks)'},
  {keys: 'Backspace', action: 'Delete the character before the cursor'},
  {keys: 'Ctrl+D', action: 'Delete the character under the cursor'},
  {keys: 'Ctrl+E', action: 'Edit in $VISUAL / $EDITOR'},
  {keys: 'Tab / Shift+Tab', action: 'Next / previous field'},
];

export type LongTextInputOptions = {
  value: string;
  onChange: (value: string) => void;
  /** Cells a line may use before it wraps. */
  wrapWidth: number;
  isActive: boolean;
  onLeave?: ((direction: 'next' | 'previous') => void) | undefined;
  onOpenEditor: (value: string) => void;
};

/** The field's state, kept in step with `value`, and its key handler. */
export function useLongTextInput({value, onChange, wrapWidth, isActive, onLeave, onOpenEditor}: LongTextInputOptions): LongTextState {
  const [state, setState] = useState(() => initialLongTextState(value));
  const latest = useRef(state);
  const lastSent = useRef(value);
  if (value !== latest.current.value && value !== lastSent.current) {
    // Changed outside this field: adopt it (React's "adjust state while rendering" pattern).
    latest.current = longTextReducer(latest.current, {type: 'replace', value});
    lastSent.current = value;
    setState(latest.current);
  }

  const apply = useCallback(
    (action: LongTextAction) => {
      const before = latest.current;
      const next = longTextReducer(before, action);
      if (next === before) return;
      latest.current = next;
      setState(next);
      if (next.value !== before.value) {
        lastSent.current = next.value;
        onChange(next.value);
      }
    },
    [onChange],
  );

  useKeypress(
    (input, key) => {
      if (key.tab) return onLeave?.(key.shift ? 'previous' : 'next');
      if (key.ctrl && input === 'e') return onOpenEditor(latest.current.value);
      if (key.ctrl && input === 'd') return apply({type: 'deleteForward'});
      if (key.return) return apply({type: 'insert', text: '\n'});
      if (key.backspace || key.delete) return apply({type: 'deleteBackward'});
      if (key.leftArrow) return apply({type: 'moveLeft'});
      if (key.rightArrow) return apply({type: 'moveRight'});
      if (key.upArrow) return apply({type: 'moveUp', width: wrapWidth});
      if (key.downArrow) return apply({type: 'moveDown', width: wrapWidth});
      if (key.home) return apply({type: 'moveLineStart', width: wrapWidth});
      if (key.end) return apply({type: 'moveLineEnd', width: wrapWidth});
      // The wizard's own keys (Ctrl+S, Ctrl+G, Esc, PageUp/PageDown…) are not text.
      if (key.ctrl || key.escape || key.pageUp || key.pageDown || key.meta) return;
      if (input !== '') apply({type: 'insert', text: input});
    },
    {isActive},
  );

  return state;
}
