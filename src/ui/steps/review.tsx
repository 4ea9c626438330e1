/**
 * Review & Export: every problem from validate, each one a jump to its field, then each figure
 * the prose states that is stale (updated with one key) and each cited name to confirm; the
 * composite table; the Markdown export; then the sensitivity, the nearest roles and the vector.
 */
import {Box, Text} from 'ink';
import {useKeypress} from '../keys/keypress-context.js';
import {useContext, useMemo} from 'react';
import {calibrationLine} from '../../method/calibration.js';
import {CompositeTable} from '../components/composite-table.js';
import {useLibrary} from '../hooks/use-library.js';
import {actionFor, isRootKey, REVIEW_LIST_KEYS} from '../keymap.js';
import {fieldAt} from '../../method/fields.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {reviewItems} from '../state/review-items.js';
import {useNearestRoles} from '../pane/calibration.js';
import {useWizard, useWizardDispatch} from '../state/context.js';
import {REVIEW_ANALYSIS, REVIEW_EXPORT, REVIEW_LIST} from '../state/steps.js';
import {bracketed} from '../components/selected.js';
import {ColorContext, useTone} from '../theme.js';
import {ExportPrompt, type ExportReport} from './export-prompt.js';
import {ReviewAnalysis} from './review-analysis.js';
import type {StepProps} from './step-props.js';

/** Lines kept for the analysis below the export however many problems there are. */
const ANALYSIS_MIN = 4;

export function ReviewStep({width, height, active, exportReport}: StepProps & {exportReport: ExportReport}) {
  const view = useWizard();
  const {state, card, problems} = view;
  const items = reviewItems(view);
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const color = useContext(ColorContext);
  // Kept in the wizard's state, so that screen reader mode can say which problem is chosen.
  const at = Math.min(state.reviewAt, Math.max(0, items.length - 1));
  const setAt = (index: number) => dispatch({type: 'chooseProblem', index});
  const listFocused = state.field === REVIEW_LIST;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const library = useLibrary();
  const roles = useNearestRoles();
  // The report's calibration line, once the library is there to calibrate against ('' without a score).
  const calibration = useMemo(
    () =>
      library.status === 'loaded' ? (calibrationLine(state.assessment, library.entries) ?? '') : library.status === 'loading' ? null : undefined,
    [state.assessment, library],
  );

  useKeypress(
    (input, key) => {
      if (isRootKey(input, key)) return;
      const item = items[at];
      switch (actionFor(REVIEW_LIST_KEYS, input, key)) {
        case 'next':
          return dispatch({type: 'nextField'});
        case 'previous':
          return dispatch({type: 'previousField'});
        case 'up':
          return at === 0 ? dispatch({type: 'previousField'}) : setAt(at - 1);
        case 'down':
          return at >= items.length - 1 ? dispatch({type: 'nextField'}) : setAt(at + 1);
        case 'update':
          if (item?.kind === 'stale') dispatch({type: 'updateStatement', statement: item.statement});
          return undefined;
        case 'confirm':
          if (item?.kind === 'confirm') dispatch({type: 'confirmCitation', name: item.statement.cited!.name, title: item.statement.suggestion!});
          return undefined;
        case 'go':
          if (item?.kind === 'problem') dispatch({type: 'focusField', path: item.problem.path, section: item.problem.section});
          else if (item) dispatch({type: 'focusField', path: item.statement.field, section: fieldAt(item.statement.field)?.section});
          else dispatch({type: 'nextField'});
          return undefined;
        default:
          return undefined;
      }
    },
    {isActive: active && listFocused},
  );

  const analysis = {assessment: state.assessment, vector: card.vector, roles, libraryLoading: library.status === 'loading', width};
  // Focused, the analysis takes the whole step and scrolls.
  if (state.field === REVIEW_ANALYSIS) return <ReviewAnalysis {...analysis} maxLines={height - 1} focused active={active} />;
  // The figures come first, at every size: the problems and the analysis take what is left.
  const tableRows = 10;
  // The export prompt: heading, path, Mermaid choice and one line of outcome.
  const exportRows = 4;
  // Stale figures to go through come before the analysis: it keeps one line (its heading) then.
  const analysisMin = items.length > problems.length ? 1 : ANALYSIS_MIN;
  const listRows = Math.max(1, Math.min(items.length, height - tableRows - exportRows - 1 - analysisMin));
  const first = Math.max(0, Math.min(at - Math.floor(listRows / 2), items.length - listRows));
  const shownProblems = Math.min(listRows, items.length);
  const stale = view.stale.length;
  const analysisRows = height - 1 - shownProblems - tableRows - exportRows - 1;
  return (
    <Box flexDirection="column" width={width}>
      <CompositeTable card={card} width={width} />
      <Text bold={listFocused} {...(listFocused ? tone('accent') : {})} wrap="truncate-end">
        {listFocused ? '› ' : '  '}
        {items.length === 0
          ? '✓ No problems: the assessment is finished.'
          : `${problems.length === 0 ? 'No problem' : `${errors} problem${errors === 1 ? '' : 's'} to fix${problems.length > errors ? `, ${problems.length - errors} to check` : ''}`}${
              stale ? `, ${stale} stale figure${stale === 1 ? '' : 's'} in prose (u updates)` : ''
            } (↑/↓, Enter goes to the field):`}
      </Text>
      {items.slice(first, first + listRows).map((item, k) => {
        const i = first + k;
        const p = item.kind === 'problem' ? item.problem : {severity: 'warning' as const, path: item.statement.field, message: terminalSafeLine(item.line)};
        const mark = item.kind === 'confirm' ? '?' : p.severity === 'error' ? '✗' : '⚠';
        // Without colour the selected problem stands in brackets (inverse would not reach the terminal).
        if (listFocused && i === at && !color) {
          return (
            <Text key={`${p.path}-${i}`} wrap="truncate-end">
              {' '}
              {bracketed(`${mark} ${p.message}`, width - 1)}
            </Text>
          );
        }
        return (
          <Text key={`${p.path}-${i}`} wrap="truncate-end" {...(listFocused && i === at ? {inverse: true} : {})}>
            {'  '}
            <Text {...(p.severity === 'error' ? tone('error') : tone('warn'))}>{mark}</Text> {p.message}
          </Text>
        );
      })}
      <ExportPrompt
        assessment={state.assessment}
        finished={errors === 0}
        focused={state.field === REVIEW_EXPORT}
        active={active && state.field === REVIEW_EXPORT}
        width={width}
        exportReport={exportReport}
        calibration={calibration}
        libraryFolder={library.folder}
        typed={state.exportPath}
      />
      <Text> </Text>
      <ReviewAnalysis {...analysis} maxLines={analysisRows} />
    </Box>
  );
}
