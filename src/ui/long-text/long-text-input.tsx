/**
 * A multi-line text field: soft wrap to its width, a visible cursor, scrolling within its height,
 * paste kept whole, and Ctrl+X Ctrl+E to write in $VISUAL/$EDITOR. The view only draws; behaviour lives
 * in use-long-text-state.ts (reducer) and use-long-text-input.ts (keys).
 */
import {useCallback, useMemo, useRef} from 'react';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {graphemes} from '../../io/graphemes.js';
import {terminalSafeLine as safe} from '../../io/terminal-text.js';
import type {EditorResult} from '../text/external-editor.js';
import {Cursor} from '../components/cursor.js';
import {useNotice} from '../speech/speech.js';
import {useExternalEditor} from '../text/use-external-editor.js';
import {scrollTop} from '../text/scroll.js';
import {cursorPosition, wrapText, type VisualLine} from '../text/text-layout.js';
import {useLongTextInput} from './use-long-text-input.js';


export type LongTextInputProps = {
  value: string;
  onChange: (value: string) => void;
  width: number;
  /** Rows of text shown; the field scrolls beyond that. */
  height: number;
  isActive: boolean;
  placeholder?: string | undefined;
  onLeave?: ((direction: 'next' | 'previous') => void) | undefined;
  label?: string | undefined;
  /** Runs the external editor; tests may replace it. */
  editText?: ((text: string) => EditorResult) | undefined;
};


/** One screen row; on the cursor's row the character under the cursor is shown inverted. */
function CursorLine({line, column}: {line: VisualLine; column: number | null}) {
  if (column === null) return <Text>{line.text === '' ? ' ' : safe(line.text)}</Text>;
  let before = '';
  let at = ' ';
  let after = '';
  let used = 0;
  let placed = false;
  for (const {segment} of graphemes(line.text)) {
    if (placed) after += segment;
    else if (used >= column) [at, placed] = [segment, true];
    else before += segment;
    used += stringWidth(segment);
  }
  return (
    <Text>
      {safe(before)}
      <Cursor under={safe(at)} />
      {safe(after)}
    </Text>
  );
}

/** A multi-line text field for rationales, commentary and bullet lists. */
export function LongTextInput({value, onChange, width, height, isActive, placeholder, onLeave, label, editText}: LongTextInputProps) {
  // What the external editor said when it could not run (shown, and said in screen reader mode).
  const [message, setMessage] = useNotice();
  const wrapWidth = Math.max(1, width - 1); // one cell kept free for the cursor at a line's end
  const rows = Math.max(1, height);
  const runEditor = useExternalEditor(editText);

  const openEditor = useCallback(
    (text: string) => {
      const result = runEditor(text);
      if (result.ok) {
        setMessage(null);
        onChange(result.text);
      } else {
        setMessage(result.message);
      }
    },
    [runEditor, onChange],
  );

  const state = useLongTextInput({value, onChange, wrapWidth, isActive, onLeave, onOpenEditor: openEditor});
  const lines = useMemo(() => wrapText(state.value, wrapWidth), [state.value, wrapWidth]);
  const cursor = cursorPosition(lines, state.cursor);
  const top = useRef(0);
  top.current = scrollTop(top.current, cursor.row, rows, lines.length);
  const shown = lines.slice(top.current, top.current + rows);
  const above = top.current;
  const below = Math.max(0, lines.length - top.current - rows);

  return (
    <Box flexDirection="column" width={width}>
      {label !== undefined && (
        <Text bold={isActive} wrap="truncate-end">
          {label}
        </Text>
      )}
      {above > 0 && <Text dimColor wrap="truncate-end">(↑ {above} more)</Text>}
      {state.value === '' && !isActive && placeholder !== undefined ? (
        <Text dimColor>{placeholder}</Text>
      ) : state.value === '' && placeholder !== undefined ? (
        <Text>
          <Cursor under=" " />
          <Text dimColor>{placeholder}</Text>
        </Text>
      ) : (
        shown.map((line, i) => (
          <CursorLine key={top.current + i} line={line} column={isActive && top.current + i === cursor.row ? cursor.column : null} />
        ))
      )}
      {below > 0 && <Text dimColor wrap="truncate-end">(↓ {below} more)</Text>}
      {message !== null && <Text>{message}</Text>}
    </Box>
  );
}
