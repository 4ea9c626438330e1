/**
 * The report templates' text. templates/ ships beside dist/ in the package; the bundle lives
 * in dist/ and the sources in src/report/, so the folder is looked up from this module's
 * place upwards: one level from the bundle, two from the sources (tests run those).
 */
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const cache = new Map<string, string>();

/** The text of templates/<name>, read once. */
export function templateText(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const candidates = ['../templates/', '../../templates/'].map((dir) => fileURLToPath(new URL(`${dir}${name}`, import.meta.url)));
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`the report template ${name} is missing (looked in ${candidates.join(', ')})`);
  const text = readFileSync(path, 'utf8');
  cache.set(name, text);
  return text;
}
