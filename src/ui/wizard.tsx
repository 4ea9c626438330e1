/**
 * The wizard: one reducer for its state, the scorecard and problems computed once per render
 * at the top and handed down, one permanent root key handler, and the frame (header, step,
 * side pane or summary line, status line) sized to the terminal.
 */
import {Box, Text, useApp, useIsScreenReaderEnabled} from 'ink';
import {terminalSafeLine} from '../io/terminal-text.js';
import {useCallback, useEffect, useMemo, useReducer, type ReactNode} from 'react';
import {fieldAt} from '../method/fields.js';
import {citedEntry, proseContext, proseReader} from '../method/prose-figures.js';
import {validator} from '../method/validate.js';
import type {OpenDraft} from '../store/types.js';
import {Header} from './components/header.js';
import {HelpOverlay} from './components/help-overlay.js';
import {Announcer, statusInWords} from './components/announcer.js';
import {saveStatusText, StatusLine} from './components/status-line.js';
import {StepList} from './components/step-list.js';
import {useDraftSync} from './hooks/use-draft-sync.js';
import {LibraryContext, type LibrarySource, useLibraryLoad} from './hooks/use-library.js';
import {useJobControl} from './hooks/use-job-control.js';
import {useRootKeys} from './hooks/use-root-keys.js';
import {KeypressProvider} from './keys/keypress-context.js';
import {useSaveStatus} from './hooks/use-save-status.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {CompactPane, SidePane} from './pane/side-pane.js';
import {compactVariantLines} from './pane/variants.js';
import {readVariants} from '../method/variant-claims.js';
import {WizardDispatchContext, WizardStateContext, type WizardView} from './state/context.js';
import {markInput} from './state/quiet.js';
import {useScorecard} from './state/scorecard.js';
import {REVIEW_EXPORT, REVIEW_LIST, slotOf, STEPS, VARIANTS} from './state/steps.js';
import {inTaskTable, initialWizardState, wizardReducer, type WizardState} from './state/wizard-reducer.js';
import {BarriersStep} from './steps/barriers.js';
import {CommentaryStep} from './steps/commentary.js';
import {CompositeStep} from './steps/composite.js';
import {EvidenceStep} from './steps/evidence.js';
import type {ExportReport} from './steps/export-prompt.js';
import {GrowthCheckStep} from './steps/growth-check.js';
import {ProtectiveStep} from './steps/protective.js';
import {ReviewStep} from './steps/review.js';
import {RoleStep} from './steps/role.js';
import {TasksStep} from './steps/tasks.js';
import {WhatThisMeansStep} from './steps/what-this-means.js';
import {BackgroundContext, ColorContext, type Background} from './theme.js';
import {SpeechProvider, useSpeech} from './speech/speech.js';
import {defaultExportPath} from './steps/export-prompt.js';

export type WizardProps = {
  draft: OpenDraft;
  exportReport: ExportReport;
  color?: boolean;
  /** The terminal's background, for the palette (default: unknown, the palette for both). */
  background?: Background;
  /** Called when the assessor leaves (Ctrl+C, or q where no field has focus), before Ink exits. */
  onQuit?: () => void;
  /** The assessor's library of roles for calibration, read after the first frame (default: none). */
  library?: LibrarySource | undefined;
  /** A line shown above the status line (where a draft started from `new --from` came from). */
  notice?: string | undefined;
};

/** Whether a text field (or a task table cell) takes the keys, so `q` and `?` are text. */
export function isTyping(state: WizardState): boolean {
  if (inTaskTable(state) || slotOf(state.field) === VARIANTS) return state.editing;
  if (state.field === REVIEW_EXPORT) return true;
  const kind = fieldAt(state.field)?.kind;
  return kind === 'line' || kind === 'text';
}

/** The side pane beside the step from this width on; below it, a one-line summary. */
export const WIDE_FROM = {columns: 100, rows: 29};

/** The wizard over the one keypress layer that reads the terminal for all of it. */
export function Wizard(props: WizardProps) {
  return (
    <KeypressProvider>
      <SpeechProvider>
        <WizardScreen {...props} />
      </SpeechProvider>
    </KeypressProvider>
  );
}

function WizardScreen({draft, exportReport, color = true, background = 'unknown', onQuit, library, notice}: WizardProps) {
  const [state, dispatch] = useReducer(wizardReducer, draft.initial, (d) =>
    initialWizardState(d.assessment, d.position),
  );
  const {exit} = useApp();
  const {columns, rows} = useTerminalSize();
  const screenReader = useIsScreenReaderEnabled();
  const status = useSaveStatus(draft);
  const roles = useLibraryLoad(library, draft);

  const card = useScorecard(state.assessment);
  // With the card at hand validate does not score again: one score and one validate per change,
  // which checks again only the tasks that changed.
  const validate = useMemo(validator, []);
  const problems = useMemo(() => validate(state.assessment, card), [validate, state.assessment, card]);
  // The card is a new object whenever a scored input changes, and kept when only a task's name or
  // rationale does, which no variant figure shows: with the variants and the note, it says when to read them again.
  const variants = useMemo(() => readVariants(state.assessment, card), [card, state.assessment.variants, state.assessment.role.seniorityNote]);
  // The figures the prose states, read against the card and the library (the UI computes none);
  // a keystroke reads again only the field it changed.
  const readProse = useMemo(proseReader, []);
  const citedAs = state.assessment.citedAs;
  const title = state.assessment.role.jobTitle;
  // The library's roles as cited roles, made once per library (a title typed reads the same list).
  const cited = useMemo(() => (roles.status === 'loaded' ? roles.entries.map(citedEntry) : null), [roles]);
  const context = useMemo(() => proseContext({title, citedAs}, cited), [citedAs, title, cited]);
  const prose = useMemo(() => readProse(state.assessment, card, context), [readProse, state.assessment, card, context]);
  const view: WizardView = useMemo(() => {
    const complete = STEPS.map((s) =>
      s.id === 'review'
        ? problems.every((p) => p.severity !== 'error')
        : !problems.some((p) => p.severity === 'error' && s.sections.includes(p.section)) &&
          (s.id !== 'composite' || card.score !== null),
    );
    const stale = prose.filter((s) => s.status === 'stale');
    return {state, card, problems, missing: problems.filter((p) => p.kind === 'missing').length, complete, variants, prose, stale};
  }, [state, card, problems, variants, prose]);

  useDraftSync(draft, state.assessment, state.step, state.field);
  // The frame for this change is drawn: a quiet moment for deferred work (loading the store).
  useEffect(markInput, [state]);
  const typing = isTyping(state);
  const quit = useCallback(() => {
    onQuit?.();
    exit();
  }, [onQuit, exit]);
  // Every slot but the review's problem list is a form field: there `q` is not a way out.
  const scope = useMemo(() => ({typing, inField: state.field !== REVIEW_LIST}), [typing, state.field]);
  const {say} = useSpeech();
  // The export path as the prompt shows it: typed, else the default from the title and the library.
  // Made from the title, not on every keystroke elsewhere.
  const defaultPath = useMemo(() => defaultExportPath(title, roles.folder), [title, roles.folder]);
  const exportPath = state.exportPath ?? defaultPath;
  const readStatus = () => say(statusInWords(view, saveStatusText(status), exportPath));
  const suspend = useJobControl();
  useRootKeys(state, scope, dispatch, quit, suspend, readStatus);

  const wide = columns >= WIDE_FROM.columns && rows >= WIDE_FROM.rows;
  const paneWidth = columns >= 140 ? 48 : 40;
  const mainWidth = Math.max(30, (wide ? columns - paneWidth - 1 : columns) - 1);
  // One line short of the screen: Ink redraws the whole terminal when a frame fills it.
  const bodyHeight = Math.max(6, rows - 1 - 2 - 1 - (wide ? 0 : 1 + compactVariantLines(variants)) - (notice ? 1 : 0));
  const active = state.overlay === null;
  const stepProps = {width: mainWidth, height: bodyHeight, active};

  let body: ReactNode;
  if (state.overlay === 'help') body = <HelpOverlay width={mainWidth} height={bodyHeight} />;
  else if (state.overlay === 'steps') body = <StepList step={state.step} complete={view.complete} isActive />;
  else {
    switch (STEPS[state.step]!.id) {
      case 'role':
        body = <RoleStep {...stepProps} />;
        break;
      case 'protective':
        body = <ProtectiveStep {...stepProps} />;
        break;
      case 'tasks':
        body = <TasksStep {...stepProps} />;
        break;
      case 'evidence':
        body = <EvidenceStep {...stepProps} />;
        break;
      case 'barriers':
        body = <BarriersStep {...stepProps} />;
        break;
      case 'growthCheck':
        body = <GrowthCheckStep {...stepProps} />;
        break;
      case 'composite':
        body = <CompositeStep {...stepProps} />;
        break;
      case 'commentary':
        body = <CommentaryStep {...stepProps} />;
        break;
      case 'whatThisMeans':
        body = <WhatThisMeansStep {...stepProps} />;
        break;
      case 'review':
        body = <ReviewStep {...stepProps} exportReport={exportReport} />;
        break;
    }
  }

  return (
    <ColorContext.Provider value={color}>
      <BackgroundContext.Provider value={background}>
        <WizardDispatchContext.Provider value={dispatch}>
          <WizardStateContext.Provider value={view}>
            <LibraryContext.Provider value={roles}>
              {screenReader ? (
                <Announcer status={saveStatusText(status)} failed={status?.state === 'error' || status?.state === 'read-only'} exportPath={exportPath} notice={notice} />
              ) : null}
              {/* Hidden from a screen reader (it reads the announcer), yet mounted: its fields take the keys. */}
              <Box flexDirection="column" width={columns} display={screenReader ? 'none' : 'flex'}>
                <Header step={state.step} complete={view.complete} width={columns - 1} title={state.assessment.role.jobTitle} />
                <Box flexDirection="row" height={bodyHeight} alignItems="flex-start">
                  <Box width={mainWidth} flexDirection="column" overflow="hidden">
                    {body}
                  </Box>
                  {wide ? <SidePane card={card} missing={view.missing} stale={view.stale.length} width={paneWidth} height={bodyHeight} variants={variants} /> : null}
                </Box>
                {wide ? null : <CompactPane card={card} missing={view.missing} stale={view.stale.length} variants={variants} />}
                {notice ? (
                  <Text dimColor wrap="truncate-end">
                    {terminalSafeLine(notice)}
                  </Text>
                ) : null}
                <StatusLine status={status} typing={typing} width={columns - 1} />
              </Box>
            </LibraryContext.Provider>
          </WizardStateContext.Provider>
        </WizardDispatchContext.Provider>
      </BackgroundContext.Provider>
    </ColorContext.Provider>
  );
}
