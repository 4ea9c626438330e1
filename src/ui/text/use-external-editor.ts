/**
 * Runs the external editor from inside Ink: the terminal leaves raw mode while the editor owns it
 * and returns to it afterwards. Ink counts raw-mode users, so the tty is switched directly. The
 * text that comes back must leave the draft within the size a draft may have (the limit it is
 * read back under): more is refused here, with the word "Refused", and the field is unchanged.
 */
import {useCallback, useContext, useRef} from 'react';
import {useStdin} from 'ink';
import {READ_LIMITS} from '../../io/read-text.js';
import {WizardStateContext} from '../state/context.js';
import {withoutBracketedPaste} from '../terminal-modes.js';
import {editInEditor, type EditorResult, tooLargeMessage} from './external-editor.js';

type RawStdin = NodeJS.ReadStream & {isRaw?: boolean; setRawMode?: (on: boolean) => unknown};

/** Room for the draft file's other fields, dates, summary and indentation beyond the assessment's own JSON. */
const DRAFT_ENVELOPE_BYTES = 64 * 1024;

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value, null, '\t') ?? '', 'utf8');

/** A function that opens text in $VISUAL/$EDITOR and returns what was saved. */
export function useExternalEditor(
  editText: (text: string, env?: NodeJS.ProcessEnv, roomBytes?: number) => EditorResult = editInEditor,
): (text: string) => EditorResult {
  const {stdin} = useStdin();
  const view = useContext(WizardStateContext);
  const latest = useRef(view);
  latest.current = view;
  return useCallback(
    (text: string) => {
      // The draft's size without this field's text: what the edited text may take is the rest.
      const others = latest.current ? jsonBytes(latest.current.state.assessment) - jsonBytes(text) : 0;
      const room = READ_LIMITS.jsonBytes - DRAFT_ENVELOPE_BYTES - others;
      const tty = stdin as RawStdin;
      const wasRaw = tty.isRaw ?? true;
      tty.setRawMode?.(false);
      let result: EditorResult;
      try {
        result = withoutBracketedPaste(() => editText(text, process.env, room));
      } finally {
        tty.setRawMode?.(wasRaw);
      }
      if (result.ok && jsonBytes(result.text) > room) return {ok: false, message: tooLargeMessage(jsonBytes(result.text), room)};
      return result;
    },
    [stdin, editText],
  );
}
