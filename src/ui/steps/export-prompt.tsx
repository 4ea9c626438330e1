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
import {LineInput} from '../components/line-input.js';
import {actionFor, EXPORT_KEYS, isRootKey} from '../keymap.js';
import {useWizardDispatch} from '../state/context.js';
import {useTone} from '../theme.js';

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
  | {name: 'failed'; message: string};

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
};

/** The default export path: `<library>/<slug>.md`, shown from `cwd` when below it; else `./<slug>.md`. */
export function defaultExportPath(title: string, libraryFolder: string | null | undefined, cwd: string = process.cwd()): string {
  const file = `${slugOf(title)}.md`;
  if (!libraryFolder) return `./${file}`;
  const target = join(libraryFolder, file);
  const shown = relative(cwd, target);
  return shown.startsWith('..') || isAbsolute(shown) ? target : `./${shown}`;
}

export function ExportPrompt({assessment, finished, focused, active, width, exportReport, calibration, libraryFolder, cwd}: ExportPromptProps) {
  const dispatch = useWizardDispatch();
  const tone = useTone();
  const [typed, setPath] = useState<string | null>(null);
  // The default follows the library until the assessor types a path of their own.
  const path = typed ?? defaultExportPath(assessment.role.jobTitle, libraryFolder, cwd);
  const [phase, setPhase] = useState<Phase>({name: 'edit'});
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
          ),
        (e: unknown) => setPhase({name: 'failed', message: e instanceof Error ? e.message : String(e)}),
      );
    },
    [exportReport, path, assessment, mermaid, calibrate, calibration],
  );
  const submit = useCallback(() => (finished ? run(false, false) : setPhase({name: 'confirmIncomplete'})), [finished, run]);
  const onLeave = useCallback(
    (d: 'next' | 'previous') => dispatch({type: d === 'next' ? 'nextField' : 'previousField'}),
    [dispatch],
  );
  const asking = phase.name === 'confirmIncomplete' || phase.name === 'confirmOverwrite';
  useKeypress(
    (input, key) => {
      if (isRootKey(input, key) && !key.escape) return;
      // Any key but y is no.
      const yes = actionFor(EXPORT_KEYS, input, key) === 'yes';
      if (phase.name === 'confirmIncomplete') return yes ? run(false, true) : setPhase({name: 'edit'});
      if (phase.name === 'confirmOverwrite') return yes ? run(true, phase.incomplete) : setPhase({name: 'edit'});
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
  const onChange = useCallback((p: string) => {
    setPath(p);
    setPhase({name: 'edit'});
  }, []);

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
      {phase.name === 'confirmIncomplete' ? (
        <Text {...(tone('warn'))} wrap="truncate-end">
          ⚠ Not finished: export marked "Draft — incomplete"? (y/n)
        </Text>
      ) : phase.name === 'confirmOverwrite' ? (
        <Text {...(tone('warn'))} wrap="truncate-end">
          ⚠ {path} exists. Overwrite it? (y/n)
        </Text>
      ) : phase.name === 'busy' ? (
        <Text dimColor>Writing…</Text>
      ) : phase.name === 'done' ? (
        <Text {...(tone('ok'))} wrap="truncate-end">
          ✓ Wrote {phase.path}
        </Text>
      ) : phase.name === 'failed' ? (
        <Text {...(tone('error'))} wrap="truncate-end">
          ✗ Export failed: {phase.message}
        </Text>
      ) : null}
    </Box>
  );
}
