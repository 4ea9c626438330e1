/**
 * Editing text in the assessor's own editor, as `git commit` does: $VISUAL, else $EDITOR, else vi
 * or nano when found; the text goes to a temporary file and is read back when the editor exits.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {delimiter, join} from 'node:path';

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

/** Opens `text` in the editor and returns what the assessor saved; a failed editor keeps nothing. */
export function editInEditor(text: string, env: NodeJS.ProcessEnv = process.env): EditorResult {
  const command = editorCommand(env);
  if (command === null) {
    return {ok: false, message: 'No editor found: set $VISUAL or $EDITOR (for example: export EDITOR=nano).'};
  }
  const dir = mkdtempSync(join(tmpdir(), 'role-wizard-'));
  const file = join(dir, 'TEXT.md');
  try {
    writeFileSync(file, text.endsWith('\n') || text === '' ? text : `${text}\n`);
    // Through the shell, like git: the variable may hold arguments ("code --wait").
    const run = loadChildProcess().spawnSync('/bin/sh', ['-c', `${command} "$@"`, command, file], {stdio: 'inherit', env});
    if (run.error) return {ok: false, message: `Could not start the editor "${command}": ${run.error.message}. The text is unchanged.`};
    if (run.status !== 0) {
      const how = run.status === null ? `was stopped (${run.signal ?? 'signal'})` : `exited with code ${run.status}`;
      return {ok: false, message: `The editor "${command}" ${how}; the text is unchanged.`};
    }
    // Editors end a file with a line break; the field does not keep one the assessor did not type.
    return {ok: true, text: readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '')};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
