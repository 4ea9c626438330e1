/**
 * The one root key handler, mounted for the whole session: Ink releases stdin when the last
 * useInput unmounts, so this one never does. Steps register their own keys below it.
 */
import {useInput} from 'ink';
import type {Dispatch} from 'react';
import {commandFor} from '../keymap.js';
import type {WizardAction, WizardState} from '../state/wizard-reducer.js';

export function useRootKeys(state: WizardState, typing: boolean, dispatch: Dispatch<WizardAction>, quit: () => void): void {
  useInput((input, key) => {
    const overlay = state.overlay;
    // In the step list, `q`/`?` still act; in the help overlay every key but quit closes it.
    const command = commandFor(input, key, typing && overlay === null);
    if (command === 'quit' || command === 'quitIfNotTyping') return quit();
    if (overlay === 'help' && command !== 'stepList') return dispatch({type: 'closeOverlay'});
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
        return dispatch(overlay ? {type: 'closeOverlay'} : {type: 'previousStep'});
      default:
        return undefined;
    }
  });
}
