import {readFileSync} from 'node:fs';
import {ROOT} from './paths.js';

type Meta = {outputs: Record<string, {imports: Array<{path: string; kind: string}>; inputs: Record<string, unknown>; entryPoint?: string}>};

const meta = (): Meta => JSON.parse(readFileSync(`${ROOT}build/meta.json`, 'utf8'));

/** The chunk that holds a source file, and every chunk it loads statically (what runs when it runs). */
export function staticClosureOf(source: string): Set<string> {
  const {outputs} = meta();
  const start = Object.keys(outputs).find((out) => source in outputs[out]!.inputs);
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out) || !outputs[out]) return;
    seen.add(out);
    for (const imp of outputs[out]!.imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  if (start) visit(start);
  return seen;
}

/** The source files bundled into a chunk. */
export function inputsOf(chunk: string): string[] {
  return Object.keys(meta().outputs[chunk]?.inputs ?? {});
}
