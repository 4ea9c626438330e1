/**
 * Editing text in the assessor's own editor, as `git commit` does: $VISUAL, else $EDITOR, else vi
 * or nano when found; the text goes to a temporary file and is read back when the editor exits,
 * through the one bounded reader: text that would make the draft too large to save is refused
 * here, where it enters, and never saved to be refused when the draft is next opened.
 */
import {existsSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';
import {FileTooLargeError, READ_LIMITS, readBounded} from '../../io/read-text.js';
import {writeFileAtomic} from '../../io/write-file.js';

// child_process is loaded when an editor is opened, not with the wizard: loading it costs start-up time.
const loadChildProcess = (): typeof import('node:child_process') => createRequire(import.meta.url)('node:child_process');

export type EditorResult = {ok: true; text: string} | {ok: false; message: string};

const FALLBACKS = ['vi', 'nano'];

function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, name)));
}

/** The editor command line to run, or null when there is none. */
export function editorCommand(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (chosen) return chosen;
  return FALLBACKS.find((name) => onPath(name, env)) ?? null;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The refusal of a text too large for its draft, in words the field shows. */
export const tooLargeMessage = (bytes: number, roomBytes: number): string =>
  `Refused: the edited text is ${mb(bytes)}, and the draft has room for ${mb(roomBytes)} more (drafts over ${mb(READ_LIMITS.jsonBytes)} cannot be opened). The text is unchanged.`;

/**
 * Opens `text` in the editor and returns what the assessor saved; a failed editor keeps nothing.
 * `roomBytes`: how many bytes the field's text may take in the draft file (JSON-escaped).
 */
export function editInEditor(text: string, env: NodeJS.ProcessEnv = process.env, roomBytes: number = READ_LIMITS.jsonBytes): EditorResult {
  const command = editorCommand(env);
  if (command === null) {
    return {ok: false, message: 'No editor found: set $VISUAL or $EDITOR (for example: export EDITOR=nano).'};
  }
  const dir = mkdtempSync(join(tmpdir(), 'role-wizard-'));
  const file = join(dir, 'TEXT.md');
  try {
    writeFileAtomic(file, text.endsWith('\n') || text === '' ? text : `${text}\n`, {mode: 0o600, replace: false, into: false, fsync: false});
    // Through the shell, like git: the variable may hold arguments ("code --wait").
    const run = loadChildProcess().spawnSync('/bin/sh', ['-c', `${command} "$@"`, command, file], {stdio: 'inherit', env});
    if (run.error) return {ok: false, message: `Could not start the editor "${command}": ${run.error.message}. The text is unchanged.`};
    if (run.status !== 0) {
      const how = run.status === null ? `was stopped (${run.signal ?? 'signal'})` : `exited with code ${run.status}`;
      return {ok: false, message: `The editor "${command}" ${how}; the text is unchanged.`};
    }
    // Editors end a file with a line break; the field does not keep one the assessor did not type.
    let saved: string;
    try {
      // JSON escaping only adds bytes: a file over the room is refused before it is read whole.
      saved = readBounded(file, 'the edited text', {maxBytes: Math.max(0, roomBytes), noun: 'edited text'});
    } catch (error) {
      if (error instanceof FileTooLargeError) return {ok: false, message: tooLargeMessage(statSync(file).size, roomBytes)};
      return {ok: false, message: `${(error as Error).message}. The text is unchanged.`};
    }
    return {ok: true, text: saved.replace(/\r\n?/g, '\n').replace(/\n$/, '')};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
