/**
 * The wizard's Markdown export to a file: relative paths from the current folder, the one
 * writer's atomic write, and no overwrite unless asked (a name taken meanwhile, or a link, even
 * one that points nowhere, counts as taken).
 */
import {lstatSync} from 'node:fs';
import {isAbsolute, relative, resolve} from 'node:path';
import {score} from '../method/score.js';
import type {Assessment} from '../method/types.js';
import type {ExportReport} from './steps/export-prompt.js';

/** What the wizard's report carries beside the assessment. */
export type RenderMarkdownOptions = {
  incomplete: boolean;
  /** The score vector, always given. */
  vector: string;
  mermaid?: boolean;
  /** The calibration line ("Calibration: 86.1 sits between …"). */
  calibration?: string;
};

/** Turns an assessment into the report's Markdown. */
export type RenderMarkdown = (assessment: Assessment, options: RenderMarkdownOptions) => Promise<string>;

/** Something, even a link that points nowhere, has this name (a fault in the path is left to the write to report). */
function taken(path: string): boolean {
  try {
    return lstatSync(path, {throwIfNoEntry: false}) !== undefined;
  } catch {
    return false;
  }
}

/** An ExportReport that writes files under `cwd`. */
export function fileExporter(cwd: string, render: RenderMarkdown): ExportReport {
  return async (path, {overwrite, incomplete, assessment, mermaid, calibration}) => {
    const target = isAbsolute(path) ? path : resolve(cwd, path.replace(/^~(?=$|\/)/, process.env.HOME ?? '~'));
    const shown = relative(cwd, target).startsWith('..') ? target : `./${relative(cwd, target)}`;
    if (!overwrite && taken(target)) return {status: 'exists', path: shown};
    try {
      const extra = {...(mermaid ? {mermaid} : {}), ...(calibration ? {calibration} : {})};
      const text = await render(assessment, {incomplete, vector: score(assessment).vector, ...extra});
      // Atomic to a file, written into a device or a FIFO, never replacing one.
      const {OutputExistsError, writeOutput} = await import('../report/write-output.js');
      try {
        writeOutput(target, text, overwrite, shown);
      } catch (error) {
        if (error instanceof OutputExistsError) return {status: 'exists', path: shown};
        throw error;
      }
      return {status: 'written', path: shown};
    } catch (error) {
      return {status: 'failed', message: error instanceof Error ? error.message : String(error)};
    }
  };
}
