/**
 * Chinese search without a word list: index every character and every pair of adjacent
 * characters (bigram) of the searchable fields, lower-cased. A query matches when all its
 * bigrams (or its single character) are present. Stored in a multi-entry index, so a search is
 * an index lookup on the query's rarest term, then a filter.
 */
export function searchTerms(...fields: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const field of fields) {
    const chars = [...normalise(field)];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i].trim() === '') continue;
      terms.add(chars[i]);
      if (i + 1 < chars.length && chars[i + 1].trim() !== '') terms.add(chars[i] + chars[i + 1]);
    }
  }
  return [...terms];
}

/** The terms a query must all match. */
export function queryTerms(query: string): string[] {
  const chars = [...normalise(query)].filter((c) => c.trim() !== '');
  if (chars.length === 0) return [];
  if (chars.length === 1) return chars;
  const terms = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i] + chars[i + 1]);
  return [...terms];
}

export function matchesAllTerms(recordTerms: readonly string[], wanted: readonly string[]): boolean {
  const set = new Set(recordTerms);
  return wanted.every((t) => set.has(t));
}

function normalise(text: string): string {
  // Full-width ASCII (ＡＢＣ１２３) folds to half-width so either form finds the other.
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}
