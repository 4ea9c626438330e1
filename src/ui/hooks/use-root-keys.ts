/**
 * The one root key handler, mounted for the whole session (the keypress layer keeps stdin while
 * the wizard runs). Steps register their own keys below it.
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
): void {
  useKeypress((input, key) => {
    const overlay = state.overlay;
    // A window holds no field: `q` and `?` act there whatever was focused beneath it.
    const command = commandFor(input, key, overlay === null ? scope : {typing: false, inField: false});
    if (command === 'quit' || command === 'quitOutsideFields') return quit();
    if (command === 'suspend') return suspend();
    if (overlay === 'help') {
      // The help window scrolls with the other keys; these close it.
      if (command === 'help' || command === 'back' || key.return) dispatch({type: 'closeOverlay'});
      return;
    }
    switch (command) {
      case 'help':
        return dispatch({type: 'openOverlay', overlay: 'help'});
      case 'stepList':
        return dispatch(overlay === 'steps' ? {type: 'closeOverlay'} : {type: 'openOverlay', overlay: 'steps'});
      case 'nextStep':
        return dispatch({type: 'nextStep'});
      case 'previousStep':
        return dispatch({type: 'previousStep'});
      case 'back':
        // Esc closes a window; in a step it never moves (fields use it to stop an edit).
        if (overlay) dispatch({type: 'closeOverlay'});
        return undefined;
      default:
        return undefined;
    }
  });
}
