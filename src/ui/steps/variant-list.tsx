/**
 * The seniority variants under the Seniority note: each variant's name, what changes and its
 * figures beside the role's, and what the note claims of it that the figures contradict. A
 * variant is edited with the wizard's line fields: its name, then what changes in the report's
 * words ("Goal-Setting 3 → 2; Task 4 score → 3"), read as it is typed and kept once it reads.
 * The list renders the wizard's variant figures; it computes none.
 */
import {Box, Text} from 'ink';
import {useCallback, useState} from 'react';
import {terminalSafeLine} from '../../io/terminal-text.js';
import type {VariantReading} from '../../method/variant-claims.js';
import type {Assessment, Variant} from '../../method/types.js';
import {describeChanges, readChanges} from '../../method/variants.js';
import {LineInput} from '../components/line-input.js';
import {actionFor, isRootKey, VARIANT_EDIT_KEYS, VARIANT_LIST_KEYS} from '../keymap.js';
import {useKeypress} from '../keys/keypress-context.js';
import {useWizardDispatch} from '../state/context.js';
import {VARIANTS} from '../state/steps.js';
import {useTone, zoneTone} from '../theme.js';

/** How the changes are written, shown while they are typed. */
const CHANGES_HINT = 'e.g. Goal-Setting 3 → 2; Task 4 score → 3; Task 1 time → 20%; Wage Trends → 2';

/** The index of the selected variant from the focused field ("variants.2" → 2). */
const selectedVariant = (field: string, count: number): number => {
  const m = /^variants\.(\d+)/.exec(field);
  return Math.max(0, Math.min(count - 1, m ? Number(m[1]) : 0));
};

/** Lines the list takes: its title, one per variant and one per contradicted claim, two more while editing. */
export function variantListHeight(reading: VariantReading, focused: boolean, editing: boolean): number {
  if (!focused) return 1;
  const failed = new Set(reading.claims.filter((c) => !c.holds).map((c) => c.variant)).size;
  return 1 + Math.max(1, reading.figures.length) + failed + (editing ? 3 : 0);
}

/** The variant list in words for a screen reader: the selected variant, its figures, and what the keys do. */
export function variantsInWords(reading: VariantReading, field: string, editing: boolean): {brief: string; full: string} {
  const n = reading.figures.length;
  if (n === 0) return {brief: 'Seniority variants: none', full: 'Seniority variants, optional: none yet. a adds one; Tab goes on.'};
  const f = reading.figures[selectedVariant(field, n)]!;
  const claim = reading.claims.find((c) => c.variant === f.index && !c.holds);
  const said = `variant ${f.index + 1} of ${n}${reading.implied ? ', read from the note' : ''}, ${terminalSafeLine(f.variant.name) || 'no name yet'}: ${f.changes}; ${f.card.display.inWords}${claim ? `. Warning: ${claim.message}` : ''}`;
  const keys = editing ? 'Editing: its name, then Tab for what changes; Enter or Esc when done.' : reading.implied ? 'Enter keeps it as a variant of the role; a adds another.' : 'Up and down arrows choose a variant; Enter edits it, a adds one, d deletes it.';
  return {brief: `Seniority variants, ${said}`, full: `Seniority variants, ${said}. ${keys}`};
}

type Part = 'name' | 'changes';

type ListProps = {
  assessment: Assessment;
  reading: VariantReading;
  field: string;
  editing: boolean;
  focused: boolean;
  active: boolean;
  width: number;
  height: number;
};

export function VariantList({assessment, reading, field, editing, focused, active, width, height}: ListProps) {
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const stated = assessment.variants ?? [];
  const count = reading.figures.length;
  const at = selectedVariant(field, count);
  const [part, setPart] = useState<Part>('name');
  const leave = useCallback((d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}), [dispatch]);
  const select = (i: number) => dispatch({type: 'setTableCursor', path: `${VARIANTS}.${i}`});
  const edit = (on: boolean) => {
    setPart('name');
    dispatch({type: 'setEditing', editing: on});
  };

  // The list's keys are VARIANT_LIST_KEYS (keymap.ts), which the help window lists too.
  const run: Record<'up' | 'down' | 'next' | 'previous' | 'add' | 'edit' | 'delete', () => void> = {
    up: () => (at > 0 && count ? select(at - 1) : leave('previous')),
    down: () => (at < count - 1 ? select(at + 1) : leave('next')),
    next: () => leave('next'),
    previous: () => leave('previous'),
    add: () => {
      setPart('name');
      dispatch({type: 'addVariant'});
    },
    edit: () => {
      if (reading.implied) dispatch({type: 'addVariant', variant: reading.variants[at] as Variant});
      else if (stated[at]) edit(true);
    },
    delete: () => {
      if (stated[at] !== undefined) dispatch({type: 'deleteVariant', index: at});
    },
  };
  useKeypress(
    (input, key) => {
      if (editing) {
        if (actionFor(VARIANT_EDIT_KEYS, input, key) === 'done') edit(false);
        return;
      }
      if (isRootKey(input, key, false)) return;
      const action = actionFor(VARIANT_LIST_KEYS, input, key);
      if (action) run[action]();
    },
    {isActive: active},
  );

  const title = `${focused ? '› ' : '  '}Seniority variants (optional)`;
  if (!focused) {
    const summary = reading.figures.map((f) => `${terminalSafeLine(f.variant.name) || '(no name)'} ${f.card.display.formulaScoreShort ?? '—'} ${f.card.zone ?? ''}`.trim());
    const warn = reading.claims.some((c) => !c.holds);
    return (
      <Text wrap="truncate-end">
        <Text dimColor>{title}: </Text>
        {summary.length ? `${reading.implied ? 'from the note: ' : ''}${summary.join(' · ')}` : 'none'}
        {warn ? <Text {...tone('warn')}> ⚠</Text> : null}
      </Text>
    );
  }

  const rows = reading.figures.flatMap((f) => {
    const selected = f.index === at;
    const claim = reading.claims.find((c) => c.variant === f.index && !c.holds);
    const changes = describeChanges(assessment, f.variant);
    const line = (
      <Text key={`v${f.index}`} wrap="truncate-end" {...(reading.implied ? {dimColor: true} : {})}>
        {selected ? '  › ' : '    '}
        <Text bold={selected}>{terminalSafeLine(f.variant.name) || '(no name yet)'}</Text>: {changes} ·{' '}
        <Text {...tone(zoneTone(f.card.zone))}>
          {f.card.display.scoreShort ?? '—'} {f.card.zone ?? 'no zone'}
        </Text>
        {f.card.subLabel ? ` ${f.card.subLabel}` : ''}
        {reading.implied ? ' (read from the note: Enter keeps it)' : ''}
      </Text>
    );
    const said = claim ? (
      <Text key={`c${f.index}`} wrap="truncate-end" {...tone('warn')}>
        {`      ⚠ ${claim.short}: ${claim.message}`}
      </Text>
    ) : null;
    return said ? [line, said] : [line];
  });

  const editor =
    editing && stated[at] ? (
      <VariantEditor key={at} assessment={assessment} variant={stated[at] as Variant} index={at} part={part} setPart={setPart} done={() => edit(false)} active={active} width={width} />
    ) : null;
  const room = Math.max(1, height - 1 - (editor ? 3 : 0));
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end" bold {...tone('accent')}>
        {title} — {editing ? 'Tab: name ↔ what changes · Enter / Esc: done' : 'a add · Enter edit · d delete'}
      </Text>
      {rows.length ? rows.slice(0, room) : <Text dimColor>  none yet: a adds one (a name such as “Junior (0–2 years)”, then the inputs that change)</Text>}
      {editor}
    </Box>
  );
}

type EditorProps = {
  assessment: Assessment;
  variant: Variant;
  index: number;
  part: Part;
  setPart: (p: Part) => void;
  done: () => void;
  active: boolean;
  width: number;
};

/** The selected variant's name and what changes, as line fields; what changes is kept once it reads. */
function VariantEditor({assessment, variant, index, part, setPart, done, active, width}: EditorProps) {
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const [text, setText] = useState(variant.changes.length ? describeChanges(assessment, variant) : '');
  const read = readChanges(text);
  const onName = useCallback((name: string) => dispatch({type: 'setVariantName', index, name}), [dispatch, index]);
  const onChanges = useCallback(
    (t: string) => {
      setText(t);
      const r = readChanges(t);
      if (r.ok) dispatch({type: 'setVariantChanges', index, changes: r.changes.map(({path, value}) => ({path, value}))});
    },
    [dispatch, index],
  );
  const inner = Math.max(10, width - 18);
  return (
    <Box flexDirection="column" paddingLeft={4}>
      <Box>
        <Text dimColor>{part === 'name' ? '› ' : '  '}Name: </Text>
        <LineInput value={variant.name} onChange={onName} isActive={active && part === 'name'} width={inner} onLeave={(d) => (d === 'next' ? setPart('changes') : done())} />
      </Box>
      <Box>
        <Text dimColor>{part === 'changes' ? '› ' : '  '}What changes: </Text>
        <LineInput value={text} onChange={onChanges} isActive={active && part === 'changes'} width={inner} placeholder="none" onLeave={(d) => (d === 'next' ? done() : setPart('name'))} />
      </Box>
      <Text wrap="truncate-end" {...(read.ok ? {dimColor: true} : tone('error'))}>
        {read.ok ? `  ${CHANGES_HINT}` : `  ✗ ${read.message}`}
      </Text>
    </Box>
  );
}
