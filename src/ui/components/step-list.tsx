/** The step list (Ctrl+G): jump to any step with ↑/↓ and Enter, or its number; its keys are STEP_LIST_KEYS. */
import {Box, Text} from 'ink';
import {useKeypress} from '../keys/keypress-context.js';
import {useState} from 'react';
import {actionFor, STEP_LIST_KEYS} from '../keymap.js';
import {useWizardDispatch} from '../state/context.js';
import {useSpeech} from '../speech/speech.js';
import {STEPS} from '../state/steps.js';
import {useTone} from '../theme.js';

export function StepList({step, complete, isActive}: {step: number; complete: boolean[]; isActive: boolean}) {
  const [at, setAt] = useState(step);
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const {say} = useSpeech();
  // The row moved to is said (in screen reader mode), with whether its step is complete.
  const moveTo = (to: number) => {
    setAt(to);
    say(`Step ${to + 1} of ${STEPS.length}: ${STEPS[to]!.title}, ${complete[to] ? 'complete' : 'not complete'}${to === step ? ', the step you are on' : ''}. Enter goes there.`);
  };
  useKeypress(
    (input, key) => {
      switch (actionFor(STEP_LIST_KEYS, input, key)) {
        case 'up':
          return moveTo(Math.max(0, at - 1));
        case 'down':
          return moveTo(Math.min(STEPS.length - 1, at + 1));
        case 'go':
          return dispatch({type: 'goToStep', step: at});
        case 'jump':
          return dispatch({type: 'goToStep', step: (input === '0' ? 10 : Number(input)) - 1});
        case 'close':
          return dispatch({type: 'closeOverlay'});
        default:
          return undefined;
      }
    },
    {isActive},
  );
  return (
    <Box flexDirection="column">
      <Text bold {...(tone('accent'))}>
        Go to step (↑/↓ and Enter, or 1-9, 0 for 10; Esc or q closes)
      </Text>
      {STEPS.map((s, i) => (
        <Text key={s.id} wrap="truncate-end" {...(i === at ? {inverse: true} : {})}>
          {i === at ? '› ' : '  '}
          {String(i + 1).padStart(2)} {complete[i] ? '✓' : '·'} {s.title}
        </Text>
      ))}
    </Box>
  );
}
