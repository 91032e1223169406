/**
 * The rule of Ctrl+F, made blind to what a user does not type the same way twice: full-width
 * ASCII folds to half-width and Latin letters to lower case (as textMatch does), and spaces,
 * punctuation and invisible format characters are dropped, so 海城市 finds 海 城 市, 东关村 finds
 * “东关村”, 13800001234 finds 138-0000-1234 and 〔2026〕3号 finds 〔２０２６〕３号. Nothing else
 * changes: no word splitting, no stemming, no synonyms, so the index can never find more (or less)
 * than a plain substring scan.
 */
const IGNORED = /^[\s\p{P}\p{Z}\p{Cc}\p{Cf}]+$/u;

// What each UTF-16 unit becomes, worked out once per unit (the index folds millions of them):
// UNKNOWN until seen, DROPPED, a single unit, or MULTIPLE (İ lower-cases to two units: kept aside).
const UNKNOWN = 0;
const DROPPED = -1;
const MULTIPLE = -2;
const folds = new Int32Array(0x10000);
const multiple = new Map<number, string>();
let buffer = new Uint16Array(1024);

function foldOf(code: number): number {
  let fold = folds[code];
  if (fold !== UNKNOWN) return fold;
  const half = code >= 0xff01 && code <= 0xff5e ? code - 0xfee0 : code;
  const ch = String.fromCharCode(half);
  const lower = ch.toLowerCase();
  if (IGNORED.test(ch)) fold = DROPPED;
  else if (lower.length === 1) fold = lower.charCodeAt(0);
  else {
    fold = MULTIPLE;
    multiple.set(code, lower);
  }
  folds[code] = fold;
  return fold;
}

/** A text as the search compares it (character by character: no case rule looks at a neighbour). */
export function searchable(text: string): string {
  if (buffer.length < text.length * 2) buffer = new Uint16Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A character beyond the BMP: folded as a whole (never half of it).
      const pair = text.slice(i, i + 2);
      if (!IGNORED.test(pair)) for (const unit of pair.toLowerCase()) buffer[n++] = unit.charCodeAt(0);
      i++;
      continue;
    }
    const fold = foldOf(code);
    if (fold >= 0) buffer[n++] = fold;
    else if (fold === MULTIPLE) for (const unit of multiple.get(code)!) buffer[n++] = unit.charCodeAt(0);
  }
  return decode(buffer, n);
}

function decode(units: Uint16Array, length: number): string {
  let out = '';
  // fromCharCode takes its units as arguments: a few thousand at a time.
  for (let at = 0; at < length; at += 4096)
    out += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 4096)) as unknown as number[]);
  return out;
}

/**
 * The terms of a query: what is typed, split at spaces (full-width ones too), each made
 * searchable; empty and repeated terms are dropped. A record is found when its text holds every one.
 */
export function queryTerms(query: string): string[] {
  const terms = query
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
