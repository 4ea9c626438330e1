/**
 * Where a command's assessment comes from: an assessment JSON file, a Markdown report, a draft
 * (by its exact id or exact title), or a report of the team's library (by file name or exact
 * title). One place, so every command accepts the same things.
 */
import {existsSync, statSync} from 'node:fs';
import {dirname, extname, resolve} from 'node:path';
import {loadProjectConfig, underConfig} from '../../config/project-config.js';
import type {Assessment} from '../../method/types.js';
import {CliError} from '../../io/errors.js';
import type {Io} from '../../io/io.js';
import {readAssessmentFile} from './json-file.js';

export type LoadedAssessment = {
  assessment: Assessment;
  /** The file's absolute path, or "draft:<id>". */
  source: string;
  /** Set when the assessment came from a draft. */
  draftId?: string;
};

const REPORT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/**
 * The same, under the project config found above the file's folder (a draft's or a library
 * report's: the current folder's): the team's method defaults apply where the assessment sets
 * none of its own.
 */
export async function loadAssessmentUnderConfig(ref: string, io: Io, options: {library?: string | undefined} = {}): Promise<LoadedAssessment> {
  const loaded = await loadAssessment(ref, io, options);
  const from = loaded.draftId === undefined ? dirname(loaded.source) : io.cwd;
  return {...loaded, assessment: underConfig(loaded.assessment, loadProjectConfig(from))};
}

/** Load an assessment named on the command line: a JSON file, a Markdown report, a draft, or a library report. */
export async function loadAssessment(ref: string, io: Io, {library}: {library?: string | undefined} = {}): Promise<LoadedAssessment> {
  const file = resolve(io.cwd, ref);
  // Anything there but a folder is read as a file: the reader refuses a device or a FIFO with its reason.
  const stats = statSync(file, {throwIfNoEntry: false});
  if (stats && !stats.isDirectory()) {
    if (REPORT_EXTENSIONS.has(extname(file).toLowerCase())) {
      const {readReportFile} = await import('../../report/read-file.js');
      return {assessment: await readReportFile(file, ref), source: file};
    }
    return {assessment: await readAssessmentFile(file, ref), source: file};
  }
  const looksLikePath = /[\\/]/.test(ref) || /\.(json|md|markdown|txt)$/i.test(ref);
  if (looksLikePath) throw new CliError(`${ref}: ${stats ? 'it is a folder, not a file' : 'no such file'}`);
  const {loadDraftAssessment} = await import('../../store/lookup.js');
  const draft = await loadDraftAssessment(ref, io);
  if (draft) return {assessment: draft.assessment, source: `draft:${draft.id}`, draftId: draft.id};
  const [{libraryFolder}, {findLibraryReport}] = await Promise.all([import('../../config/library-location.js'), import('../../report/library-reports.js')]);
  const folder = libraryFolder(io.cwd, io.env, library);
  const report = folder && existsSync(folder.dir) ? findLibraryReport(folder.dir, ref, folder.skip) : null;
  if (report) return {assessment: report.assessment, source: report.file};
  throw new CliError(`${ref}: no such file, draft${folder ? ' or report of the library' : ''} (see 'role-wizard list'${folder ? " and 'role-wizard index'" : ''})`);
}
