import { normaliseText } from '../text/textMatch';

/**
 * The rule of Ctrl+F, made blind to what a user does not type the same way twice: full-width
 * ASCII folds to half-width and Latin letters to lower case (as textMatch does), and spaces,
 * punctuation and invisible format characters are dropped, so 海城市 finds 海 城 市, 东关村 finds
 * “东关村”, 13800001234 finds 138-0000-1234 and 〔2026〕3号 finds 〔２０２６〕３号. Nothing else
 * changes: no word splitting, no stemming, no synonyms, so the index can never find more (or less)
 * than a plain substring scan.
 */
const IGNORED = /[\s\p{P}\p{Z}\p{Cc}\p{Cf}]+/gu;

/** A text as the search compares it. */
export function searchable(text: string): string {
  return normaliseText(text).replace(IGNORED, '');
}

/**
 * The terms of a query: what is typed, split at spaces (full-width ones too), each made
 * searchable; empty and repeated terms are dropped. A record is found when its text holds every one.
 */
export function queryTerms(query: string): string[] {
  const terms = normaliseText(query)
    .split(/[\s\p{Z}]+/u)
    .map(searchable)
    .filter(Boolean);
  return [...new Set(terms)];
}

/** Fields never run into one another: a term cannot start in a title and end in the next field. */
export const FIELD_BREAK = '\n';

/** The searchable text of a record's fields, kept apart by FIELD_BREAK (which no term contains). */
export function searchableFields(fields: readonly (string | null | undefined)[]): string {
  let out = '';
  for (const field of fields) {
    if (!field) continue;
    const text = searchable(field);
    if (text) out = out ? `${out}${FIELD_BREAK}${text}` : text;
  }
  return out;
}

/**
 * Where a term first stands in the original text, as [start, end) in the original's characters,
 * or null: used to show the words around a hit. Walks the text once, skipping what searchable()
 * drops, so 人才驿站 is found in “人才 驿站” and the span covers the space.
 */
export function locate(text: string, term: string): [number, number] | null {
  if (!term) return null;
  const kept: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair stays one unit: it is never punctuation we drop.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const kept1 = searchable(text.slice(i, i + width));
    for (let k = 0; k < kept1.length; k++) kept.push(i);
    folded += kept1;
    i += width - 1;
  }
  const at = folded.indexOf(term);
  if (at < 0) return null;
  const last = kept[at + term.length - 1];
  const lastWidth = text.charCodeAt(last) >= 0xd800 && text.charCodeAt(last) <= 0xdbff ? 2 : 1;
  return [kept[at], last + lastWidth];
}
