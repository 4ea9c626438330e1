/** The step list (Ctrl+G): jump to any step with ↑/↓ and Enter, or its number. */
import {Box, Text} from 'ink';
import {useKeypress} from '../keys/keypress-context.js';
import {useState} from 'react';
import {isRootKey} from '../keymap.js';
import {useWizardDispatch} from '../state/context.js';
import {STEPS} from '../state/steps.js';
import {useTone} from '../theme.js';

export function StepList({step, complete, isActive}: {step: number; complete: boolean[]; isActive: boolean}) {
  const [at, setAt] = useState(step);
  const dispatch = useWizardDispatch();
  const tone = useTone();
  useKeypress(
    (input, key) => {
      if (isRootKey(input, key)) return;
      if (key.upArrow) return setAt((a) => Math.max(0, a - 1));
      if (key.downArrow || key.tab) return setAt((a) => Math.min(STEPS.length - 1, a + 1));
      if (key.return) return dispatch({type: 'goToStep', step: at});
      if (/^\d$/.test(input)) {
        const n = input === '0' ? 10 : Number(input);
        dispatch({type: 'goToStep', step: n - 1});
      }
    },
    {isActive},
  );
  return (
    <Box flexDirection="column">
      <Text bold {...(tone('accent'))}>
        Go to step (↑/↓ and Enter, or 1-9, 0 for 10; Esc closes)
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
