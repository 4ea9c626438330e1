/**
 * The long text field's keys (LONG_TEXT_KEYS), wired to its reducer. The value is controlled by the parent: each
 * edit calls onChange at once, and a value changed outside (resume, external editor) resets the
 * cursor to its end.
 */
import {useRef, useState} from 'react';
import {useKeypress} from '../keys/keypress-context.js';
import {keyReader, LONG_TEXT_KEYS} from '../keymap.js';
import {initialLongTextState, longTextReducer, type LongTextAction, type LongTextState} from './use-long-text-state.js';

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
  const [kept, setState] = useState(() => initialLongTextState(value));
  let state = kept;
  if (value !== state.value) {
    // Changed outside this field: adopt it (React's "adjust state while rendering" pattern).
    state = longTextReducer(state, {type: 'replace', value});
    setState(state);
  }

  const apply = (action: LongTextAction) => {
    const next = longTextReducer(state, action);
    if (next === state) return;
    setState(next);
    if (next.value !== state.value) onChange(next.value);
  };

  const keys = useRef(keyReader(LONG_TEXT_KEYS)).current;
  useKeypress(
    (input, key) => {
      switch (keys.read(input, key)) {
        case 'next':
          return onLeave?.('next');
        case 'previous':
          return onLeave?.('previous');
        case 'editor':
          return onOpenEditor(state.value);
        case 'deleteForward':
          return apply({type: 'deleteForward'});
        case 'newLine':
          return apply({type: 'insert', text: '\n'});
        case 'deleteBackward':
          return apply({type: 'deleteBackward'});
        case 'left':
          return apply({type: 'moveLeft'});
        case 'right':
          return apply({type: 'moveRight'});
        case 'up':
          return apply({type: 'moveUp', width: wrapWidth});
        case 'down':
          return apply({type: 'moveDown', width: wrapWidth});
        case 'lineStart':
          return apply({type: 'moveLineStart', width: wrapWidth});
        case 'lineEnd':
          return apply({type: 'moveLineEnd', width: wrapWidth});
        case 'deleteToStart':
          return apply({type: 'deleteToLineStart', width: wrapWidth});
        case 'insert':
          return apply({type: 'insert', text: input});
        default:
          // The wizard's own keys (Ctrl+G, Esc, PageUp/PageDown…) are not text.
          return undefined;
      }
    },
    {isActive},
  );

  return state;
}
