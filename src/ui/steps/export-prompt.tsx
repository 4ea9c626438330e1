/**
 * Export to Markdown: a path prompt (default: the title's slug in the team's library folder when
 * there is one, else in the current folder), asking before an unfinished export ("Draft —
 * incomplete") and before overwriting a file.
 */
import {isAbsolute, join, relative} from 'node:path';
import {slugOf as slugOfText} from '../../method/format.js';
import {Box, Text} from 'ink';
import {useKeypress} from '../keys/keypress-context.js';
import {useCallback, useState} from 'react';
import type {Assessment} from '../../method/types.js';
import {terminalSafeLine} from '../../io/terminal-text.js';
import {LineInput} from '../components/line-input.js';
import {actionFor, EXPORT_KEYS, isRootKey} from '../keymap.js';
import {useWizardDispatch} from '../state/context.js';
import {useNotice} from '../speech/speech.js';
import {useTone, type Tone} from '../theme.js';

export type ExportResult =
  | {status: 'written'; path: string}
  | {status: 'exists'; path: string}
  | {status: 'failed'; message: string};

export type ExportOptions = {
  overwrite: boolean;
  /** Unfinished: the report is marked "Draft — incomplete". */
  incomplete: boolean;
  assessment: Assessment;
  /** Add a Mermaid pie of the task-time split (set only when asked for). */
  mermaid?: boolean;
  /** The report's calibration line, as calibrationLine() writes it (set only when asked for). */
  calibration?: string;
};

/** Writes the report; `overwrite` false refuses an existing file with status 'exists'. */
export type ExportReport = (path: string, options: ExportOptions) => Promise<ExportResult>;

/** A file name from a job title: "Model Alignment Researcher" → "model-alignment-researcher". */
export function slugOf(title: string): string {
  return slugOfText(title, 80) || 'assessment';
}

type Phase =
  | {name: 'edit'}
  | {name: 'confirmIncomplete'}
  | {name: 'confirmOverwrite'; incomplete: boolean}
  | {name: 'busy'}
  | {name: 'done'; path: string}
  | {name: 'failed'; message: string}
  /** A question answered no: nothing written. */
  | {name: 'declined'};

/** What the prompt says in each phase (shown under the path, and said); a question's capital letter is its default. */
function phaseText(phase: Phase, path: string): string | null {
  switch (phase.name) {
    case 'edit':
      return null;
    case 'confirmIncomplete':
      return '⚠ Not finished: export marked "Draft — incomplete"? (y/N)';
    case 'confirmOverwrite':
      return `⚠ ${terminalSafeLine(path)} exists. Overwrite it? (y/N)`;
    case 'busy':
      return `Writing ${terminalSafeLine(path)}…`;
    case 'done':
      return `✓ Wrote ${terminalSafeLine(phase.path)}`;
    case 'failed':
      return `✗ Export failed: ${terminalSafeLine(phase.message)}`;
    case 'declined':
      return 'Not exported.';
  }
}

const PHASE_TONE: Record<Phase['name'], Tone | null> = {
  edit: null,
  confirmIncomplete: 'warn',
  confirmOverwrite: 'warn',
  busy: null,
  done: 'ok',
  failed: 'error',
  declined: null,
};

export type ExportPromptProps = {
  assessment: Assessment;
  finished: boolean;
  focused: boolean;
  active: boolean;
  width: number;
  exportReport: ExportReport;
  /**
   * The calibration line the report may carry: null while the library is loading, '' when there
   * is no score to calibrate, left out when the wizard has no library (the choice is not shown).
   */
  calibration?: string | null | undefined;
  /** The team's library folder (absolute): the default path is `<library>/<slug>.md`. */
  libraryFolder?: string | null | undefined;
  /** The folder relative paths are read from (the default path is shown relative to it). */
  cwd?: string;
  /** The path the assessor typed (the wizard keeps it); null: the default. */
  typed?: string | null;
};

/** The default export path: `<library>/<slug>.md`, shown from `cwd` when below it; else `./<slug>.md`. */
export function defaultExportPath(title: string, libraryFolder: string | null | undefined, cwd: string = process.cwd()): string {
  const file = `${slugOf(title)}.md`;
  if (!libraryFolder) return `./${file}`;
  const target = join(libraryFolder, file);
  const shown = relative(cwd, target);
  return shown.startsWith('..') || isAbsolute(shown) ? target : `./${shown}`;
}

export function ExportPrompt(props: ExportPromptProps) {
  const {assessment, finished, focused, active, width, exportReport, calibration, libraryFolder, cwd, typed = null} = props;
  const dispatch = useWizardDispatch();
  const tone = useTone();
  // The default follows the library until the assessor types a path of their own.
  const path = typed ?? defaultExportPath(assessment.role.jobTitle, libraryFolder, cwd);
  const [phase, setPhaseOnly] = useState<Phase>({name: 'edit'});
  const [notice, setNotice] = useNotice();
  const setPhase = useCallback(
    (next: Phase, at: string = path) => {
      setPhaseOnly(next);
      setNotice(phaseText(next, at));
    },
    [path, setNotice],
  );
  // Both off by default, as in `role-wizard export`: the same report unless asked for.
  const [mermaid, setMermaid] = useState(false);
  const [calibrate, setCalibrate] = useState(false);

  const run = useCallback(
    (overwrite: boolean, incomplete: boolean) => {
      setPhase({name: 'busy'});
      const extra = {...(mermaid ? {mermaid} : {}), ...(calibrate && calibration ? {calibration} : {})};
      exportReport(path, {overwrite, incomplete, assessment, ...extra}).then(
        (r) =>
          setPhase(
            r.status === 'written'
              ? {name: 'done', path: r.path}
              : r.status === 'exists'
                ? {name: 'confirmOverwrite', incomplete}
                : {name: 'failed', message: r.message},
            r.status === 'failed' ? path : r.path,
          ),
        (e: unknown) => setPhase({name: 'failed', message: e instanceof Error ? e.message : String(e)}),
      );
    },
    [exportReport, path, assessment, mermaid, calibrate, calibration, setPhase],
  );
  const submit = useCallback(() => (finished ? run(false, false) : setPhase({name: 'confirmIncomplete'})), [finished, run, setPhase]);
  const onLeave = useCallback(
    (d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}),
    [dispatch],
  );
  const asking = phase.name === 'confirmIncomplete' || phase.name === 'confirmOverwrite';
  useKeypress(
    (input, key) => {
      if (isRootKey(input, key) && !key.escape) return;
      // Any key but y is no, and says so ("Not exported.").
      const yes = actionFor(EXPORT_KEYS, input, key) === 'yes';
      if (phase.name === 'confirmIncomplete') return yes ? run(false, true) : setPhase({name: 'declined'});
      if (phase.name === 'confirmOverwrite') return yes ? run(true, phase.incomplete) : setPhase({name: 'declined'});
    },
    {isActive: active && asking},
  );
  useKeypress(
    (input, key) => {
      const action = actionFor(EXPORT_KEYS, input, key);
      if (action === 'mermaid') setMermaid((m) => !m);
      if (action === 'calibration') setCalibrate((c) => !c);
    },
    {isActive: active && !asking && phase.name !== 'busy'},
  );
  const onChange = useCallback(
    (p: string) => {
      dispatch({type: 'setExportPath', path: p});
      if (phase.name !== 'edit') setPhase({name: 'edit'});
    },
    [dispatch, phase.name, setPhase],
  );
  const tint = PHASE_TONE[phase.name];

  return (
    <Box flexDirection="column" width={width}>
      <Text bold={focused} {...(focused ? tone('accent') : {})} wrap="truncate-end">
        {focused ? '› ' : '  '}Export to Markdown — path (Enter writes):
      </Text>
      <Box paddingLeft={2}>
        <LineInput
          value={path}
          onChange={onChange}
          isActive={active && !asking && phase.name !== 'busy'}
          width={width - 2}
          onLeave={onLeave}
          onSubmit={submit}
        />
      </Box>
      <Text wrap="truncate-end">
        {'  '}
        <Text dimColor={!mermaid}>
          Mermaid pie: {mermaid ? 'yes' : 'no'}
          {focused ? ' (Ctrl+T)' : ''}
        </Text>
        {calibration === undefined ? null : (
          <Text dimColor={!calibrate || !calibration}>
            {' · '}Calibration line:{' '}
            {calibration === null ? 'library loading' : calibration === '' ? 'no score yet' : calibrate ? 'yes' : 'no'}
            {focused ? ' (Ctrl+L)' : ''}
          </Text>
        )}
      </Text>
      {notice !== null ? (
        <Text {...(tint ? tone(tint) : {})} dimColor={phase.name === 'busy'} wrap="truncate-end">
          {notice}
        </Text>
      ) : null}
    </Box>
  );
}
