/**
 * The one root key handler, mounted for the whole session (the keypress layer keeps stdin while
 * the wizard runs). Steps register their own keys below it; a window (help, step list) reads its
 * own table, and the root keeps only leaving, suspending and moving between windows there.
 */
import type {Dispatch} from 'react';
import {useKeypress} from '../keys/keypress-context.js';
import {commandFor, type KeyScope} from '../keymap.js';
import type {WizardAction, WizardState} from '../state/wizard-reducer.js';

export function useRootKeys(
  state: WizardState,
  scope: KeyScope,
  dispatch: Dispatch<WizardAction>,
  quit: () => void,
  suspend: () => void,
  readStatus: () => void,
): void {
  useKeypress((input, key) => {
    const overlay = state.overlay;
    // A window holds no text: `?` is a key there, and `q` closes it (as in less and man).
    const command = commandFor(input, key, overlay === null ? scope : {typing: false, inField: true});
    if (command === 'quit' || command === 'quitOutsideFields') return quit();
    if (command === 'suspend') return suspend();
    if (command === 'readStatus') return readStatus();
    // The help window closes and scrolls with its own keys.
    if (overlay === 'help') return;
    switch (command) {
      case 'help':
        return dispatch({type: 'openOverlay', overlay: 'help'});
      case 'stepList':
        // In the step list, Ctrl+G is the list's own key (it closes it).
        if (overlay !== 'steps') dispatch({type: 'openOverlay', overlay: 'steps'});
        return undefined;
      case 'nextStep':
        return dispatch({type: 'nextStep'});
      case 'previousStep':
        return dispatch({type: 'previousStep'});
      default:
        // Esc closes a window with the window's own keys; in a step it never moves (fields use it to stop an edit).
        return undefined;
    }
  });
}
