import { searchable } from './normalise';

/** A piece of text to show, and where in it the typed terms stand ([start, end) in its characters). */
export interface Marked {
  text: string;
  marks: [number, number][];
}

/** The text folded as searchable() folds it, and for each folded unit the original unit it came from. */
function foldWithMap(text: string): { folded: string; from: number[] } {
  const from: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one character: folded whole, never split.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const kept = searchable(text.slice(i, i + width));
    for (let k = 0; k < kept.length; k++) from.push(i);
    folded += kept;
    i += width - 1;
  }
  return { folded, from };
}

/**
 * Every place the terms stand in the original text, across the spaces and punctuation the search
 * ignores (人才驿站 marks “人才 驿站”), merged and in order.
 */
export function marksIn(text: string, terms: readonly string[]): [number, number][] {
  const { folded, from } = foldWithMap(text);
  const spans: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      const last = from[at + term.length - 1];
      const lastWidth = text.charCodeAt(last) >= 0xd800 && text.charCodeAt(last) <= 0xdbff ? 2 : 1;
      spans.push([from[at], last + lastWidth]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span[0] <= previous[1]) previous[1] = Math.max(previous[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Where a term first stands in the original text, or null. */
export function locate(text: string, term: string): [number, number] | null {
  return marksIn(text, [term])[0] ?? null;
}

/**
 * The words around the first hit in a record's fields (the title is shown anyway): `width`
 * characters from a little before it, with an ellipsis where the field goes on.
 */
export function snippetOf(
  fields: readonly (string | null | undefined)[],
  terms: readonly string[],
  width = 64,
): Marked | null {
  for (const field of fields) {
    if (!field) continue;
    const marks = marksIn(field, terms);
    if (marks.length === 0) continue;
    const start = Math.max(0, marks[0][0] - Math.floor(width / 4));
    const end = Math.min(field.length, start + width);
    const lead = start > 0 ? '…' : '';
    const text = `${lead}${field.slice(start, end).replace(/\s+/g, ' ')}${end < field.length ? '…' : ''}`;
    const shift = lead.length - start;
    return {
      text,
      marks: marks.filter(([a, b]) => a >= start && b <= end).map(([a, b]) => [a + shift, b + shift]),
    };
  }
  return null;
}
