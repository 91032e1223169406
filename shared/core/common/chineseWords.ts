/**
 * Words of a Chinese (or mixed) text for full-text search: Intl.Segmenter's dictionary splits
 * 人才驿站建设 into 人才 / 驿站 / 建设, so a search for 驿站 finds it. Punctuation and spaces are
 * dropped; Latin words are lower-cased. Without Intl.Segmenter (never in Chromium or Node 20, but
 * cheap to guard) every Han character is a word of its own.
 */
let segmenter: Intl.Segmenter | null | undefined;

export function chineseWords(text: string): string[] {
  if (segmenter === undefined)
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? [];
  const words: string[] = [];
  for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(part.segment.toLowerCase());
  return words;
}
