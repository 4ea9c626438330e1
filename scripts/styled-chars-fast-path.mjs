// Bundled into the wizard by scripts/build.mjs; tested on its own by test/bench/styled-chars-fast-path.test.ts.
import {readFileSync} from 'node:fs';
import {patch} from './patch.mjs';

/**
 * Ink turns each line into styled characters and each row back into text (ansi-tokenize). On the
 * first frame nothing is cached and everything runs unoptimised, so per-character work shows:
 * every character got its own copy of the active styles, and each pair of neighbours was diffed
 * with three new Sets, mostly to find that nothing changes. Characters with the same styles now
 * share one (never changed) list, and identical lists diff to nothing at once. The text out is
 * byte for byte the same (test/bench/styled-chars-fast-path.test.ts). Ink's search for C1
 * control characters in every text, below, is made cheaper the same way.
 */
export const styledCharsFastPath = {
  name: 'styled-chars-fast-path',
  setup(b) {
    b.onLoad({filter: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/}, (args) => {
      let s = readFileSync(args.path, 'utf8');
      s = patch(s, '    let codes = [];\n    const ret = [];\n', '    let codes = [];\n    let shared = null;\n    const ret = [];\n', args.path);
      s = patch(s, '            codes = reduceAnsiCodesIncremental(codes, [token]);\n', '            codes = reduceAnsiCodesIncremental(codes, [token]);\n            shared = null;\n', args.path);
      s = patch(s, '                styles: [...codes],\n', '                styles: (shared ??= [...codes]),\n', args.path);
      return {contents: s, resolveDir: args.path.replace(/[\\/][^\\/]*$/, '')};
    });
    b.onLoad({filter: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]diff\.js$/}, (args) => {
      let s = readFileSync(args.path, 'utf8');
      s = patch(
        s,
        'export function diffAnsiCodes(from, to) {\n',
        `export function diffAnsiCodes(from, to) {
    if (from === to || (from.length === 0 && to.length === 0)) return [];
    if (from.length === to.length && from.every((code, i) => code.code === to[i].code && code.endCode === to[i].endCode)) return [];
`,
        args.path,
      );
      return {contents: s, resolveDir: args.path.replace(/[\\/][^\\/]*$/, '')};
    });
    // Ink looks for C1 control characters in every text, a code point at a time; a regular
    // expression finds the same (C1 are U+0080-U+009F, never part of a surrogate pair).
    b.onLoad({filter: /[\\/]ink[\\/]build[\\/]ansi-tokenizer\.js$/}, (args) => {
      let s = readFileSync(args.path, 'utf8');
      s = patch(
        s,
        `    for (const character of text) {
        if (isC1ControlCharacter(character)) {
            return true;
        }
    }
    return false;
};`,
        '    return /[\\u0080-\\u009f]/.test(text);\n};',
        args.path,
      );
      return {contents: s, resolveDir: args.path.replace(/[\\/][^\\/]*$/, '')};
    });
  },
};
