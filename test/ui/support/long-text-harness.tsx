/** The long text field inside a parent that holds the value, as the wizard will. */
import {useEffect, useState} from 'react';
import {Box, Text} from 'ink';
import {LongTextInput} from '../../../src/ui/long-text/long-text-input.js';
import type {EditorResult} from '../../../src/ui/text/external-editor.js';

export type LongTextHarnessProps = {
  initial?: string;
  width?: number;
  height?: number;
  ready: () => void;
  editText?: (text: string) => EditorResult;
  placeholder?: string;
};

/** Shows the field and, below it, the stored value as JSON so tests can read it from the frame. */
export function LongTextHarness({initial = '', width = 20, height = 4, ready, editText, placeholder}: LongTextHarnessProps) {
  const [value, setValue] = useState(initial);
  const [left, setLeft] = useState('');
  useEffect(() => ready(), [ready]);
  return (
    <Box flexDirection="column">
      <LongTextInput
        value={value}
        onChange={setValue}
        width={width}
        height={height}
        isActive
        label="Rationale"
        placeholder={placeholder}
        onLeave={setLeft}
        editText={editText}
      />
      <Text>{`value=${JSON.stringify(value)}`}</Text>
      <Text>{`left=${left}`}</Text>
    </Box>
  );
}
