/**
 * A step's fields in a window that fits the height: the focused field open, the others one
 * line each, "more above/below" when some do not fit.
 */
import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {getAt} from '../../method/fields.js';
import type {Assessment} from '../../method/types.js';
import {useWizard} from '../state/context.js';
import {slotOf} from '../state/steps.js';
import {FieldRow, fieldHeight} from './field-row.js';

/** A slot the step draws itself (the task table, the override, …). */
export type SpecialSlot = {
  /** Its lines, given whether it is focused and the lines the other slots leave free. */
  height: (focused: boolean, room: number) => number;
  render: (focused: boolean, height: number) => ReactNode;
};

export type FieldFormProps = {
  slots: readonly string[];
  assessment: Assessment;
  field: string;
  active: boolean;
  width: number;
  height: number;
  special?: Readonly<Record<string, SpecialSlot>>;
};

/** The first and last slot index to draw so that the focused one is visible. */
export function visibleWindow(heights: number[], focus: number, room: number): [number, number] {
  let start = focus;
  let end = focus + 1;
  let used = heights[focus] ?? 1;
  for (let grow = true; grow; ) {
    grow = false;
    if (end < heights.length && used + (heights[end] ?? 1) <= room) {
      used += heights[end++] ?? 1;
      grow = true;
    }
    if (start > 0 && used + (heights[start - 1] ?? 1) <= room) {
      used += heights[--start] ?? 1;
      grow = true;
    }
  }
  return [start, end];
}

export function FieldForm({slots, assessment, field, active, width, height, special}: FieldFormProps) {
  // Fields whose prose states a figure that has changed since: marked until updated.
  const {stale} = useWizard();
  const staleIn = (path: string) => stale.reduce((n, s) => n + (s.field === path ? 1 : 0), 0);
  const focus = Math.max(0, slots.indexOf(slotOf(field)));
  const focusedSlot = slots[focus] ?? '';
  const focusedSpecial = special?.[focusedSlot];
  // The slots around the focused one come first: one line each, a slot the step draws what it
  // asks for in the room the focused field leaves at its smallest (a focused text: 2 lines, and
  // one spare for its scroll marks). The focused text then takes what is left, up to 8 lines,
  // so that no line is left blank while a table beside it hides rows.
  const plainOthers = slots.filter((s, i) => i !== focus && !special?.[s]).length;
  const smallest = focusedSpecial ? 1 : fieldHeight(focusedSlot, true, 2) + 1;
  const roomForSpecial = height - plainOthers - smallest;
  const unfocused = slots.map((s, i) => (i === focus ? 0 : (special?.[s]?.height(false, roomForSpecial) ?? 1)));
  const others = unfocused.reduce((a, b) => a + b, 0);
  const textHeight = Math.max(2, Math.min(8, height - others - 2));
  const heights = slots.map((s, i) =>
    i !== focus ? (unfocused[i] ?? 1) : focusedSpecial ? focusedSpecial.height(true, height - others) : fieldHeight(s, true, textHeight),
  );
  const total = heights.reduce((a, b) => a + b, 0);
  const room = total <= height ? height : Math.max(1, height - 2);
  const [start, end] = total <= height ? [0, slots.length] : visibleWindow(heights, focus, room);
  return (
    <Box flexDirection="column" width={width}>
      {start > 0 ? <Text dimColor>  ↑ {start} more above</Text> : null}
      {slots.slice(start, end).map((slot, k) => {
        const i = start + k;
        const focused = i === focus;
        const own = special?.[slot];
        if (own) return <Box key={slot}>{own.render(focused, heights[i] ?? 1)}</Box>;
        return (
          <FieldRow
            key={slot}
            path={slot}
            value={getAt(assessment, slot)}
            active={active && focused}
            focused={focused}
            width={width}
            textHeight={textHeight}
            stale={staleIn(slot)}
          />
        );
      })}
      {end < slots.length ? <Text dimColor>  ↓ {slots.length - end} more below</Text> : null}
    </Box>
  );
}
