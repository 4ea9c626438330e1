/**
 * A one-line text field; its keys are LINE_INPUT_KEYS. A pasted chunk with line breaks is joined
 * with spaces, never submitted line by line; Enter, Tab and ↑/↓ leave; the root keys are left alone.
 */
import {Text} from 'ink';
import {useKeypress} from '../keys/keypress-context.js';
import {useState} from 'react';
import {actionFor, isRootKey, LINE_INPUT_KEYS} from '../keymap.js';
import {terminalSafeLine as safe} from '../../io/terminal-text.js';
import {Cursor} from './cursor.js';

export type LineInputProps = {
  value: string;
  onChange: (value: string) => void;
  isActive: boolean;
  width: number;
  placeholder?: string;
  onLeave?: (direction: 'next' | 'previous') => void;
  /** Called on Enter instead of leaving. */
  onSubmit?: (value: string) => void;
};

/** Text as one line: line breaks and tabs become spaces, other control characters are dropped. */
export const oneLine = (text: string): string =>
  text.replace(/\r\n|\r|\n|\t/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');

export function LineInput({value, onChange, isActive, width, placeholder, onLeave, onSubmit}: LineInputProps) {
  // The cursor, and the value it belongs to: a value changed from outside (not by this field's
  // own keys) puts the cursor at its end (React's "adjust state while rendering" pattern).
  const [edit, setEdit] = useState({cursor: value.length, value});
  let at = Math.min(edit.cursor, value.length);
  if (value !== edit.value) {
    at = value.length;
    setEdit({cursor: at, value});
  }

  const setCursor = (cursor: number) => setEdit({cursor, value});
  const change = (next: string, cursor: number) => {
    setEdit({cursor, value: next});
    onChange(next);
  };

  useKeypress(
    (input, key) => {
      if (isRootKey(input, key)) return;
      switch (actionFor(LINE_INPUT_KEYS, input, key)) {
        case 'submit':
          return onSubmit ? onSubmit(value) : onLeave?.('next');
        case 'next':
          return onLeave?.('next');
        case 'previous':
          return onLeave?.('previous');
        case 'left':
          return setCursor(Math.max(0, at - 1));
        case 'right':
          return setCursor(Math.min(value.length, at + 1));
        case 'start':
          return setCursor(0);
        case 'end':
          return setCursor(value.length);
        case 'deleteBackward':
          if (at === 0) return undefined;
          return change(value.slice(0, at - 1) + value.slice(at), at - 1);
        case 'deleteToStart':
          return change(value.slice(at), 0);
        case 'insert': {
          const text = oneLine(input);
          if (!text) return undefined;
          return change(value.slice(0, at) + text + value.slice(at), at + text.length);
        }
        default:
          return undefined;
      }
    },
    {isActive},
  );

  if (!isActive) {
    return <Text wrap="truncate-end">{safe(value) || (placeholder ? <Text dimColor>{placeholder}</Text> : '')}</Text>;
  }
  // Show the part of the text around the cursor that fits the width.
  const room = Math.max(4, width - 1);
  const start = Math.max(0, at - room + 1);
  const before = value.slice(start, at);
  const under = value[at] ?? ' ';
  const after = value.slice(at + 1, start + room);
  if (!value && placeholder) {
    return (
      <Text>
        <Cursor under=" " />
        <Text dimColor>{placeholder.slice(0, room - 1)}</Text>
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {safe(before)}
      <Cursor under={safe(under)} />
      {safe(after)}
    </Text>
  );
}
