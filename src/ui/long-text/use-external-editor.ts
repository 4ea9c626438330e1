/**
 * Runs the external editor from inside Ink: the terminal leaves raw mode while the editor owns it
 * and returns to it afterwards. Ink counts raw-mode users, so the tty is switched directly.
 */
import {useCallback} from 'react';
import {useStdin} from 'ink';
import {withoutBracketedPaste} from '../terminal-modes.js';
import {editInEditor, type EditorResult} from './external-editor.js';

type RawStdin = NodeJS.ReadStream & {isRaw?: boolean; setRawMode?: (on: boolean) => unknown};

/** A function that opens text in $VISUAL/$EDITOR and returns what was saved. */
export function useExternalEditor(editText: (text: string) => EditorResult = editInEditor): (text: string) => EditorResult {
  const {stdin} = useStdin();
  return useCallback(
    (text: string) => {
      const tty = stdin as RawStdin;
      const wasRaw = tty.isRaw ?? true;
      tty.setRawMode?.(false);
      try {
        return withoutBracketedPaste(() => editText(text));
      } finally {
        tty.setRawMode?.(wasRaw);
      }
    },
    [stdin, editText],
  );
}
