/**
 * The grapheme clusters of a text, from one Intl.Segmenter made on first use: creating the first
 * segmenter of a process sets up ICU's break iterators (~8 ms), which a first frame never needs.
 */
let segmenter: Intl.Segmenter | undefined;

export function graphemes(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter();
  return segmenter.segment(text);
}
