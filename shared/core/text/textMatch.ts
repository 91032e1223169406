/**
 * Chinese search without a word list or an index: a record matches when every space-separated
 * part of the query appears as a substring of one of its fields. Full-width ASCII (ＡＢＣ１２３)
 * folds to half-width and letters to lower case, so either form finds the other.
 */
export function normaliseText(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
}

export function queryParts(query: string): string[] {
  return normaliseText(query).split(/\s+/).filter(Boolean);
}

export function matchesQuery(fields: readonly string[], parts: readonly string[]): boolean {
  if (parts.length === 0) return false;
  const haystack = normaliseText(fields.join('\u0000'));
  return parts.every((p) => haystack.includes(p));
}
