// Fast paths the build puts into the ANSI string handling Ink draws with (slice-ansi,
// ansi-tokenize, Ink's own tokenizer), for the frames that matter most: the first ones, before
// V8 has optimised anything. Each keeps its module's results exactly: test/bench/ansi-fast-paths.test.ts.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {patch} from './patch.mjs';

const FAST_PATH = fileURLToPath(new URL('./string-width-fast-path.js', import.meta.url));

/**
 * Ink turns each line into styled characters and each row back into text (ansi-tokenize). On the
 * first frame nothing is cached and everything runs unoptimised, so per-character work shows:
 * every character got its own copy of the active styles, and each pair of neighbours was diffed
 * with three new Sets, mostly to find that nothing changes. Characters with the same styles now
 * share one (never changed) list, and identical lists diff to nothing at once. The text out is
 * byte for byte the same (test/bench/ansi-fast-paths.test.ts). Ink's search for C1
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

/**
 * slice-ansi (Ink's truncation) and ansi-tokenize (Ink's styling of every line) segment each string
 * into graphemes, which makes the first Intl.Segmenter of the process (~11-16 ms on this machine)
 * on the wizard's first frame. A string of simple characters needs no segmenting: each character
 * is a grapheme of its own.
 */
export const sliceAnsiFastPath = {
  name: 'slice-ansi-fast-path',
  setup(b) {
    b.onLoad({filter: /[\\/]node_modules[\\/]slice-ansi[\\/]tokenize-ansi\.js$/}, (args) => {
      let s = readFileSync(args.path, 'utf8');
      s = `import {simpleSegments as __simpleSegments} from ${JSON.stringify(FAST_PATH)};\n${s}`;
      s = patch(s, 'const graphemeSegments = GRAPHEME_SEGMENTER.segment(string);', 'const graphemeSegments = __simpleSegments(string) ?? GRAPHEME_SEGMENTER.segment(string);', args.path);
      // Two simple characters never join into one grapheme, whatever escape code lies between them.
      s = patch(s, 'const pair = `${leftValue}${rightValue}`;\n', 'const pair = `${leftValue}${rightValue}`;\n\tif (__simpleSegments(pair)) return false;\n', args.path);
      // A simple character is as wide as its East Asian Width says: the emoji-presentation check
      // (a Unicode-property regular expression, ~4 ms to build on first use) cannot change it.
      s = patch(s, 'function getGraphemeWidth(grapheme) {\n', 'function getGraphemeWidth(grapheme) {\n\tif (grapheme.length === 1 && __simpleSegments(grapheme)) return isFullwidthCodePoint(grapheme.charCodeAt(0)) ? 2 : 1;\n', args.path);
      return {contents: s, resolveDir: args.path.replace(/[\\/][^\\/]*$/, '')};
    });
    // Ink styles every line through ansi-tokenize, which segments it the same way.
    b.onLoad({filter: /[\\/]node_modules[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/}, (args) => {
      let s = readFileSync(args.path, 'utf8');
      s = `import {simpleSegmentList as __simpleSegmentList} from ${JSON.stringify(FAST_PATH)};\n${s}`;
      s = patch(s, 'of segmenter.segment(str)) {', 'of (__simpleSegmentList(str) ?? segmenter.segment(str))) {', args.path);
      return {contents: s, resolveDir: args.path.replace(/[\\/][^\\/]*$/, '')};
    });
  },
};
