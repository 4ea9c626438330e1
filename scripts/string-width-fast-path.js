// A fast path for string-width, bundled into the wizard by scripts/build.mjs: strings made only
// of characters that always stand alone as one grapheme (Latin, Greek, Cyrillic, punctuation,
// arrows, maths, box drawing, shapes, symbols, CJK, Hangul syllables, fullwidth forms) are
// measured code point by code point, so that drawing a frame never needs Intl.Segmenter or the
// RGI_Emoji regular expression (together ~40-70 ms to create on this machine).
// test/bench/string-width-fast-path.test.ts checks every character here against string-width.

// [first, last] code points whose characters are each a grapheme of their own and whose width
// string-width takes from their East Asian Width.
const SIMPLE = [
  0xa0, 0xac, 0xae, 0x2af, 0x370, 0x3ff, 0x400, 0x482, 0x48a, 0x52f, 0x2010, 0x2027, 0x2030, 0x205e, 0x2070, 0x209f,
  0x20a0, 0x20c0, 0x2100, 0x23ff, 0x2400, 0x243f, 0x2460, 0x27ff, 0x2800, 0x28ff, 0x2b00, 0x2bff, 0x3000, 0x3029,
  0x3030, 0x303f, 0x3041, 0x3096, 0x30a1, 0x30fa, 0x4e00, 0x9fff, 0xac00, 0xd7a3, 0xff01, 0xff60,
];

// Characters that are emoji in text presentation: string-width 7 counts them 2 columns wide.
const EMOJI_TEXT = [
  0xa9, 0xa9, 0xae, 0xae, 0x203c, 0x203c, 0x2049, 0x2049, 0x2122, 0x2122, 0x2139, 0x2139, 0x2194, 0x2199, 0x21a9, 0x21aa,
  0x2328, 0x2328, 0x23cf, 0x23cf, 0x23ed, 0x23ef, 0x23f1, 0x23f2, 0x23f8, 0x23fa, 0x24c2, 0x24c2, 0x25aa, 0x25ab,
  0x25b6, 0x25b6, 0x25c0, 0x25c0, 0x25fb, 0x25fc, 0x2600, 0x2604, 0x260e, 0x260e, 0x2611, 0x2611, 0x2618, 0x2618,
  0x261d, 0x261d, 0x2620, 0x2620, 0x2622, 0x2623, 0x2626, 0x2626, 0x262a, 0x262a, 0x262e, 0x262f, 0x2638, 0x263a,
  0x2640, 0x2640, 0x2642, 0x2642, 0x265f, 0x2660, 0x2663, 0x2663, 0x2665, 0x2666, 0x2668, 0x2668, 0x267b, 0x267b,
  0x267e, 0x267e, 0x2692, 0x2692, 0x2694, 0x2697, 0x2699, 0x2699, 0x269b, 0x269c, 0x26a0, 0x26a0, 0x26a7, 0x26a7,
  0x26b0, 0x26b1, 0x26c8, 0x26c8, 0x26cf, 0x26cf, 0x26d1, 0x26d1, 0x26d3, 0x26d3, 0x26e9, 0x26e9, 0x26f0, 0x26f1,
  0x26f4, 0x26f4, 0x26f7, 0x26f9, 0x2702, 0x2702, 0x2708, 0x2709, 0x270c, 0x270d, 0x270f, 0x270f, 0x2712, 0x2712,
  0x2714, 0x2714, 0x2716, 0x2716, 0x271d, 0x271d, 0x2721, 0x2721, 0x2733, 0x2734, 0x2744, 0x2744, 0x2747, 0x2747,
  0x2763, 0x2764, 0x27a1, 0x27a1, 0x2b05, 0x2b07,
];

/** Whether a code point lies in one of the [first, last] pairs of a sorted flat list. */
function inRanges(ranges, cp) {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 2]) hi = mid - 1;
    else if (cp > ranges[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The width string-width would give a string without ANSI codes, or -1 when the string holds a
 * character outside the simple set (then string-width measures it the long way).
 * `emojiTextWide`: count text-presentation emoji as 2 columns, as string-width 7 does.
 */
export function simpleWidth(string, eastAsianWidth, ambiguousIsNarrow, emojiTextWide) {
  let width = 0;
  let options;
  for (let i = 0; i < string.length; i++) {
    const cp = string.charCodeAt(i);
    if (cp >= 0x20 && cp <= 0x7e) {
      width += 1;
      continue;
    }
    if (!inRanges(SIMPLE, cp)) return -1;
    if (emojiTextWide && inRanges(EMOJI_TEXT, cp)) {
      width += 2;
      continue;
    }
    options ??= {ambiguousAsWide: !ambiguousIsNarrow};
    width += eastAsianWidth(cp, options);
  }
  return width;
}

/**
 * For slice-ansi: when every character of a string is simple (or part of an ANSI escape code),
 * each code unit is a grapheme of its own, so the grapheme segmentation it asks for can be
 * answered without Intl.Segmenter; null otherwise (then it segments the long way).
 */
export function simpleSegments(string) {
  if (!allSimple(string)) return null;
  return {containing: (index) => (index >= 0 && index < string.length ? {index, segment: string[index], input: string} : undefined)};
}

/** For @alcalzone/ansi-tokenize: the same, as the list of segments it iterates; null otherwise. */
export function simpleSegmentList(string) {
  if (!allSimple(string)) return null;
  const list = new Array(string.length);
  for (let index = 0; index < string.length; index++) list[index] = {segment: string[index], index, input: string};
  return list;
}

/** Every character simple, or part of an ANSI escape code (ESC, CSI, ST, OSC and printable ASCII). */
function allSimple(string) {
  for (let i = 0; i < string.length; i++) {
    const cp = string.charCodeAt(i);
    if ((cp >= 0x20 && cp <= 0x7e) || cp === 0x1b || cp === 0x9b || cp === 0x9c || cp === 0x9d) continue;
    if (!inRanges(SIMPLE, cp)) return false;
  }
  return true;
}
