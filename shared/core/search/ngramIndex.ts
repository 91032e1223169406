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
  /** Bytes of the posting lists' typed arrays (outside the JS heap): slack and regions left by growth included. */
  postingBytes: number;
  textChars: number;
}

/**
 * Some posting lists of an index in three transferable arrays: each list's gram key, where it
 * starts in `packed` (`starts[i + 1]` is where it ends), and the lists end to end. What a worker
 * that built the index hands over, a few megabytes at a time (GramMeta last).
 */
export interface ListsPart {
  keys: Int32Array;
  starts: Int32Array;
  packed: Int32Array;
}

/** The rest of an index beside its lists and texts: the character ids and the posting count. */
export interface GramMeta {
  charIds: Int32Array;
  distinctChars: number;
  postings: number;
}

/** Ints of postings per ListsPart (4 MB): a larger buffer arriving at once may set off a full collection. */
export const LIST_PART_INTS = 1 << 20;

export class NgramIndex {
  private readonly lists = new Map<number, PostingList>();
  private arena: PostingArena;

  /** `slabLength`: ints per slab of the posting lists (small in tests, to cross many slabs). */
  constructor(private readonly slabLength?: number) {
    this.arena = new PostingArena(slabLength);
  }

  /**
   * Moves every list into a region of just its length in a fresh arena, freeing the regions left
   * by growth (over half of what a build leaves): a step per list, so that the caller can yield.
   */
  *repack(): Generator<void> {
    const arena = new PostingArena(this.slabLength);
    for (const list of this.lists.values()) {
      list.moveTo(arena);
      yield;
    }
    this.arena = arena;
  }
  /** The lists packed end to end in parts of about LIST_PART_INTS postings (the texts go apart: adoptText). */
  *listParts(partInts = LIST_PART_INTS): Generator<ListsPart> {
    const lists = [...this.lists];
    for (let first = 0; first < lists.length;) {
      let end = first;
      let ints = 0;
      while (end < lists.length && (end === first || ints + lists[end][1].view().length <= partInts))
        ints += lists[end++][1].view().length;
      const part: ListsPart = {
        keys: new Int32Array(end - first),
        starts: new Int32Array(end - first + 1),
        packed: new Int32Array(ints),
      };
      for (let i = first; i < end; i++) {
        const ids = lists[i][1].view();
        part.keys[i - first] = lists[i][0];
        part.packed.set(ids, part.starts[i - first]);
        part.starts[i - first + 1] = part.starts[i - first] + ids.length;
      }
      yield part;
      first = end;
    }
  }

  meta(): GramMeta {
    return { charIds: this.charIds.slice(), distinctChars: this.distinctChars, postings: this.postings };
  }

  /**
   * Takes some lists of another index (listParts): each a view on the part's buffer, nothing is
   * copied; a list that grows later moves to this index's own slabs.
   */
  adoptLists(part: ListsPart): void {
    for (let i = 0; i < part.keys.length; i++)
      this.lists.set(
        part.keys[i],
        new PostingList(this.arena, part.packed.subarray(part.starts[i], part.starts[i + 1])),
      );
    this.arena.bytes += part.packed.byteLength;
  }

  /** Takes the character ids and counts of the index whose texts and lists were adopted: it is whole. */
  adoptMeta(meta: GramMeta): void {
    this.charIds.set(meta.charIds);
    this.distinctChars = meta.distinctChars;
    this.postings = meta.postings;
  }

  /** Appends a text of another index's image under the next ordinal, as it was there (null: dead). */
  adoptText(text: string | null): void {
    this.texts.push(text);
    if (text === null) this.dead++;
    else this.textChars += text.length;
  }

  /** Dense id of each UTF-16 unit seen (0: never seen). */
  private readonly charIds = new Int32Array(0x10000);
  private distinctChars = 0;
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
    const plans: { term: string; lists: Int32Array[]; exact: boolean }[] = [];
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
      let holds = true;
      for (let t = 0; t < toConfirm.length && holds; t++) holds = text.includes(toConfirm[t]);
      if (holds) found.push(candidates[i]);
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
      distinctChars: this.distinctChars,
      lists: this.lists.size,
      postings: this.postings,
      postingBytes: this.arena.bytes,
      textChars: this.textChars,
    };
  }

  /** The lists a term needs, or null when some character or pair occurs nowhere (nothing can match). */
  private plan(term: string): { term: string; lists: Int32Array[]; exact: boolean } | null {
    const ids: number[] = [];
    for (let i = 0; i < term.length; i++) {
      const id = this.charIds[term.charCodeAt(i)];
      if (id === 0) return null;
      ids.push(id);
    }
    const keys = ids.length === 1 ? [ids[0]] : [...new Set(ids.slice(1).map((id, i) => ids[i] * SPAN + id))];
    const lists: Int32Array[] = [];
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) return null;
      lists.push(list.view());
    }
    // One or two characters with ids of their own: the list IS the answer.
    return { term, lists, exact: term.length <= 2 && !ids.includes(SHARED_ID) };
  }

  private idOf(code: number): number {
    let id = this.charIds[code];
    if (id === 0) {
      id = Math.min(++this.distinctChars, SHARED_ID);
      this.charIds[code] = id;
    }
    return id;
  }

  private post(key: number, ordinal: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = new PostingList(this.arena)));
    if (list.add(ordinal)) this.postings++;
  }
}

/**
 * Where the posting lists live: views on a few large Int32Array slabs, not an ArrayBuffer per list.
 * A list that grows takes a larger region and leaves its old one unused; building 100 000 records
 * that way allocates some twenty slabs where a buffer per list made hundreds of thousands, whose
 * sweeping by the garbage collector held the main thread for up to 200 ms at a time (the bench's
 * trace: GC_FULL_ARRAY_BUFFER_SWEEP). A list longer than a quarter slab gets a buffer of its own.
 */
export class PostingArena {
  private slab: Int32Array;
  private used = 0;
  /** Bytes of every slab and own buffer handed out (what the lists hold, their slack and left regions). */
  bytes = 0;

  constructor(private readonly slabLength = 1 << 20) {
    this.slab = this.fresh();
  }

  alloc(length: number): Int32Array {
    if (length > this.slabLength >> 2) {
      this.bytes += length * 4;
      return new Int32Array(length);
    }
    if (this.used + length > this.slab.length) {
      this.slab = this.fresh();
      this.used = 0;
    }
    const region = this.slab.subarray(this.used, this.used + length);
    this.used += length;
    return region;
  }

  private fresh(): Int32Array {
    this.bytes += this.slabLength * 4;
    return new Int32Array(this.slabLength);
  }
}

/**
 * The ascending ordinals of one gram, packed 4 bytes each in a region of the arena: 100 000
 * records give some 8 million postings, off the garbage-collected heap (no collector walks them).
 * Doubles when full: a list's left regions add up to at most its own size.
 */
class PostingList {
  private ids: Int32Array;
  private length = 0;

  /** `full`: a list adopted whole (a view on another buffer); its next growth moves it into the arena. */
  constructor(
    private arena: PostingArena,
    full?: Int32Array,
  ) {
    this.ids = full ?? arena.alloc(4);
    this.length = full?.length ?? 0;
  }

  moveTo(arena: PostingArena): void {
    const ids = arena.alloc(Math.max(4, this.length));
    ids.set(this.view());
    this.ids = ids;
    this.arena = arena;
  }

  /** Appends an ordinal (never below the last); false when it is already the last. */
  add(ordinal: number): boolean {
    if (this.length > 0 && this.ids[this.length - 1] === ordinal) return false;
    if (this.length === this.ids.length) {
      const grown = this.arena.alloc(Math.max(4, this.length * 2));
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = ordinal;
    return true;
  }

  view(): Int32Array {
    return this.ids.subarray(0, this.length);
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
