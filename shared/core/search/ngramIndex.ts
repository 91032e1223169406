import { FIELD_BREAK } from './normalise';

/**
 * Candidates for a substring search: for every character and every pair of neighbouring
 * characters (unigrams and bigrams of the searchable text), the ascending list of the texts that
 * hold it. A term of one or two characters is answered by one list exactly; a longer term by the
 * intersection of its bigrams' lists, which holds every text containing the term and maybe a few
 * more (茶东关 and 东关村 share 东关), so those are confirmed by a scan of the candidates alone.
 *
 * Why bigrams and not a suffix array: Chinese has no spaces, so any character can start a term;
 * bigram lists are built in one pass, take an insert or a delete without rebuilding, and a
 * two-character term — the most common Chinese query — is a single list. A suffix array answers
 * any length exactly but is rebuilt (O(n log n)) on every change and costs 4 bytes per character.
 *
 * Texts are numbered in the order they are added (their ordinal); lists stay ascending because a
 * new text always gets the highest number. A removed text keeps its number, marked dead, until the
 * owner rebuilds the index (SearchIndex.deadShare tells when).
 */

// Gram keys stay small integers (fast Map keys): each character gets a dense id below SPAN, a
// unigram's key is its id and a bigram's is id1 * SPAN + id2 (never below SPAN, since ids start at
// 1). Past SPAN - 1 distinct characters the rest share the last id: their lists hold more texts
// than needed, which the confirming scan removes.
const SPAN = 32768;
const SHARED_ID = SPAN - 1;
const BREAK = FIELD_BREAK.charCodeAt(0);

export interface GramStats {
  texts: number;
  dead: number;
  distinctChars: number;
  lists: number;
  postings: number;
  textChars: number;
}

export class NgramIndex {
  private readonly lists = new Map<number, number[]>();
  private readonly charIds = new Map<number, number>();
  private readonly texts: (string | null)[] = [];
  private dead = 0;
  private postings = 0;
  private textChars = 0;

  /** Indexes a searchable text (see searchableFields) and returns its ordinal. */
  add(text: string): number {
    const ordinal = this.texts.length;
    this.texts.push(text);
    this.textChars += text.length;
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === BREAK) {
        previous = 0;
        continue;
      }
      const id = this.idOf(code);
      this.post(id, ordinal);
      if (previous) this.post(previous * SPAN + id, ordinal);
      previous = id;
    }
    return ordinal;
  }

  /** Marks a text as gone: it is never returned again. */
  remove(ordinal: number): void {
    const text = this.texts[ordinal];
    if (text === undefined || text === null) return;
    this.textChars -= text.length;
    this.texts[ordinal] = null;
    this.dead++;
  }

  /** The ordinals of the live texts holding every term (terms as queryTerms gives them), ascending. */
  find(terms: readonly string[]): number[] {
    if (terms.length === 0) return [];
    const plans: { term: string; lists: number[][]; exact: boolean }[] = [];
    for (const term of terms) {
      const plan = this.plan(term);
      if (!plan) return [];
      plans.push(plan);
    }
    // Intersect the shortest lists first: the candidates only ever shrink.
    const all = plans.flatMap((p) => p.lists).sort((a, b) => a.length - b.length);
    let candidates: ArrayLike<number> = all[0];
    for (let i = 1; i < all.length && candidates.length > 0; i++) candidates = intersect(candidates, all[i]);
    const toConfirm = plans.filter((p) => !p.exact).map((p) => p.term);
    const found: number[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const text = this.texts[candidates[i]];
      if (text === null) continue;
      if (toConfirm.every((term) => text.includes(term))) found.push(candidates[i]);
    }
    return found;
  }

  text(ordinal: number): string | null {
    return this.texts[ordinal] ?? null;
  }

  get size(): number {
    return this.texts.length - this.dead;
  }

  get deadCount(): number {
    return this.dead;
  }

  stats(): GramStats {
    return {
      texts: this.texts.length - this.dead,
      dead: this.dead,
      distinctChars: this.charIds.size,
      lists: this.lists.size,
      postings: this.postings,
      textChars: this.textChars,
    };
  }

  /** The lists a term needs, or null when some character or pair occurs nowhere (nothing can match). */
  private plan(term: string): { term: string; lists: number[][]; exact: boolean } | null {
    const ids: number[] = [];
    for (let i = 0; i < term.length; i++) {
      const id = this.charIds.get(term.charCodeAt(i));
      if (id === undefined) return null;
      ids.push(id);
    }
    const keys = ids.length === 1 ? [ids[0]] : [...new Set(ids.slice(1).map((id, i) => ids[i] * SPAN + id))];
    const lists: number[][] = [];
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) return null;
      lists.push(list);
    }
    // One or two characters with ids of their own: the list IS the answer.
    return { term, lists, exact: term.length <= 2 && !ids.includes(SHARED_ID) };
  }

  private idOf(code: number): number {
    let id = this.charIds.get(code);
    if (id === undefined) {
      id = Math.min(this.charIds.size + 1, SHARED_ID);
      this.charIds.set(code, id);
    }
    return id;
  }

  private post(key: number, ordinal: number): void {
    const list = this.lists.get(key);
    if (!list) {
      this.lists.set(key, [ordinal]);
      this.postings++;
    } else if (list[list.length - 1] !== ordinal) {
      list.push(ordinal);
      this.postings++;
    }
  }
}

/**
 * The members of `small` also in `large` (both ascending): each is looked up by galloping from
 * where the previous one was found, so a short list costs O(k log(n/k)) against a long one.
 */
export function intersect(small: ArrayLike<number>, large: ArrayLike<number>): number[] {
  const out: number[] = [];
  let low = 0;
  for (let i = 0; i < small.length && low < large.length; i++) {
    const value = small[i];
    let step = 1;
    let high = low;
    while (high < large.length && large[high] < value) {
      low = high + 1;
      high += step;
      step *= 2;
    }
    if (high >= large.length) high = large.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (large[mid] < value) low = mid + 1;
      else high = mid;
    }
    if (large[low] === value) out.push(value);
  }
  return out;
}
