/**
 * The wizard's Markdown export to a file: relative paths from the current folder, an atomic
 * write (atomically), and no overwrite unless asked.
 */
import {existsSync} from 'node:fs';
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

/** An ExportReport that writes files under `cwd`. */
export function fileExporter(cwd: string, render: RenderMarkdown): ExportReport {
  return async (path, {overwrite, incomplete, assessment, mermaid, calibration}) => {
    const target = isAbsolute(path) ? path : resolve(cwd, path.replace(/^~(?=$|\/)/, process.env.HOME ?? '~'));
    const shown = relative(cwd, target).startsWith('..') ? target : `./${relative(cwd, target)}`;
    if (!overwrite && existsSync(target)) return {status: 'exists', path: shown};
    try {
      const extra = {...(mermaid ? {mermaid} : {}), ...(calibration ? {calibration} : {})};
      const text = await render(assessment, {incomplete, vector: score(assessment).vector, ...extra});
      // Atomic to a file, written into a device or a FIFO, never replacing one.
      const {writeOutput} = await import('../report/write-output.js');
      writeOutput(target, text, true, shown);
      return {status: 'written', path: shown};
    } catch (error) {
      return {status: 'failed', message: error instanceof Error ? error.message : String(error)};
    }
  };
}
