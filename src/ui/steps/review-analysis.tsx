/**
 * Below the export on the Review step: the sensitivity, the nearest roles and the full score
 * vector, in that order, cut to the lines the terminal leaves; focused (Tab from the export
 * path) it takes the whole step and scrolls with REVIEW_ANALYSIS_KEYS. Sensitivity (~25 ms) is
 * computed when the step is shown, once per assessment: it never runs on a keystroke elsewhere.
 */
import {Box, Text} from 'ink';
import {memo, useMemo, useState} from 'react';
import {useKeypress} from '../keys/keypress-context.js';
import {actionFor, REVIEW_ANALYSIS_KEYS} from '../keymap.js';
import {scrolled} from '../text/scroll.js';
import {useWizardDispatch} from '../state/context.js';
import {useTone} from '../theme.js';
import type {NearRole} from '../../method/calibration.js';
import {sensitivity} from '../../method/sensitivity.js';
import type {Assessment} from '../../method/types.js';
import {wrapCells} from '../../terminal/analysis-text.js';
import {nearRoleLines} from '../pane/calibration.js';
import {vectorLines} from '../pane/vector-lines.js';
import {type ReviewLine, sensitivityLines} from './review-sensitivity.js';

/**
 * The lines cut to `maxLines`: wrapped to the width when that fits, else one line each
 * (truncated), then without blank separators, then cut with a count of what is left out.
 */
export function fitLines(lines: readonly ReviewLine[], width: number, maxLines: number): ReviewLine[] {
  const wrapped = lines.flatMap((l) => {
    const indent = ' '.repeat((/^ */.exec(l.text)?.[0].length ?? 0) + 2);
    return wrapCells(l.text, width, indent).map((text) => ({...l, text}));
  });
  if (wrapped.length <= maxLines) return wrapped;
  if (lines.length <= maxLines) return [...lines];
  const dense = lines.filter((l) => l.text !== '');
  if (dense.length <= maxLines) return dense;
  if (maxLines < 1) return [];
  const kept = dense.slice(0, maxLines - 1);
  return [...kept, {text: `… ${dense.length - kept.length} more lines: Tab from the export path scrolls them`, dim: true}];
}

export type ReviewAnalysisProps = {
  assessment: Assessment;
  vector: string;
  roles: readonly NearRole[];
  /** True while the library is still loading: only the published points are shown. */
  libraryLoading: boolean;
  width: number;
  maxLines: number;
  /** Focused: the lines scroll in `maxLines` rows, with a heading and what is above and below. */
  focused?: boolean;
  active?: boolean;
};

/** Every line of the analysis, before it is cut to the room there is. */
export function analysisLines(
  sensitive: readonly ReviewLine[],
  {vector, roles, libraryLoading, width}: Omit<ReviewAnalysisProps, 'maxLines' | 'assessment'>,
): ReviewLine[] {
  const out: ReviewLine[] = [...sensitive, {text: ''}];
  out.push({text: `Nearest roles by score${libraryLoading ? ' (library loading: published points only)' : ''}`, bold: true});
  if (roles.length === 0) out.push({text: '  None yet: no score.', dim: true});
  for (const r of roles) {
    const [head, detail] = nearRoleLines(r);
    out.push({text: `  ${head}`});
    if (detail) out.push({text: `  ${detail}`, dim: true});
  }
  out.push({text: ''}, {text: 'Score vector', bold: true});
  out.push(...vectorLines(vector, width - 2).map((text) => ({text: `  ${text}`})));
  return out;
}

function ReviewAnalysisView(props: ReviewAnalysisProps) {
  const {assessment, vector, roles, libraryLoading, width, maxLines, focused = false, active = false} = props;
  // Once per assessment shown (not on typing the path, nor when the library arrives).
  const sensitive = useMemo(() => sensitivityLines(sensitivity(assessment)), [assessment]);
  const lines = useMemo(
    () => analysisLines(sensitive, {vector, roles, libraryLoading, width}),
    [sensitive, vector, roles, libraryLoading, width],
  );
  const shown = useMemo(() => fitLines(lines, width, maxLines), [lines, width, maxLines]);
  if (focused) return <ScrolledLines lines={lines} width={width} height={maxLines} active={active} />;
  if (shown.length === 0) return null;
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((l, i) => (
        <AnalysisLine key={i} line={l} />
      ))}
    </Box>
  );
}

const AnalysisLine = ({line}: {line: ReviewLine}) => (
  <Text wrap="truncate-end" bold={Boolean(line.bold)} dimColor={Boolean(line.dim)}>
    {line.text || ' '}
  </Text>
);

/** The analysis wrapped whole, scrolled in `height` rows: a heading with where it stands, the lines, what is below. */
function ScrolledLines({lines, width, height, active}: {lines: readonly ReviewLine[]; width: number; height: number; active: boolean}) {
  const tone = useTone();
  const dispatch = useWizardDispatch();
  const wrapped = useMemo(() => fitLines(lines, width, Number.MAX_SAFE_INTEGER), [lines, width]);
  const room = Math.max(1, height - 2);
  const last = Math.max(0, wrapped.length - room);
  const [top, setTop] = useState(0);
  const at = Math.min(top, last);
  useKeypress(
    (input, key) => {
      const action = actionFor(REVIEW_ANALYSIS_KEYS, input, key);
      if (action === undefined) return undefined;
      // Up from the first line, or Shift+Tab, leaves for the field before.
      if (action === 'previous' || (action === 'up' && at === 0)) return dispatch({type: 'previousField'});
      return setTop(scrolled(action, at, last, room));
    },
    {isActive: active},
  );
  const below = wrapped.length - at - room;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-end" {...tone('accent')}>
        {`› Analysis, lines ${at + 1}-${Math.min(wrapped.length, at + room)} of ${wrapped.length}${at > 0 ? ` · ↑ ${at} more above` : ''} (↑/↓ Space b scroll)`}
      </Text>
      {wrapped.slice(at, at + room).map((l, i) => (
        <AnalysisLine key={at + i} line={l} />
      ))}
      {below > 0 ? <Text dimColor>{`↓ ${below} more below`}</Text> : null}
    </Box>
  );
}

/** The review step's sensitivity, calibration and vector. */
export const ReviewAnalysis = memo(ReviewAnalysisView);
