import type { SearchAnswer, SearchEntry, SearchGroup, SearchHit, StoredEntry } from './entry';
import { type GramMeta, type GramStats, type ListsPart, NgramIndex } from './ngramIndex';
import { FIELD_BREAK, queryTerms, searchable, searchableFields } from './normalise';

export interface SearchOptions {
  /** Hits shown per kind (the group's total counts them all). */
  perKind?: number;
  /** Groups in this order; kinds not named follow in alphabetical order. */
  kindOrder?: readonly string[];
}

/** Of a kind with more hits, only the latest this many are ranked for showing first. */
export const RANK_WINDOW = 2000;

export interface IndexStats extends GramStats {
  entries: number;
}

/** Entries of an index by ordinal from `from` on, with their searchable texts (null: a dead ordinal). */
export interface EntriesPart {
  from: number;
  entries: (StoredEntry | null)[];
  texts: (string | null)[];
  titleEnds: number[];
}

/**
 * The search over everything, pure and in memory: entries go in by key (put replaces, remove
 * drops), and a query returns every entry whose title or fields hold every typed term — the rule
 * of Ctrl+F (normalise.ts) — grouped by kind. The n-gram lists find the candidates, a scan of the
 * candidates confirms them (ngramIndex.ts).
 */
export class SearchIndex {
  private readonly grams = new NgramIndex();
  private readonly entries: (StoredEntry | null)[] = [];
  /** Length of the searchable title: a term found before it is in the title. */
  private readonly titleEnds: number[] = [];
  private readonly byKey = new Map<string, number>();
  /** Each entry's kind as a small number, by ordinal: counting hits reads no entry. */
  private readonly kindOf: number[] = [];
  private readonly kinds: string[] = [];
  private readonly kindIds = new Map<string, number>();

  put(entry: SearchEntry): void {
    const title = searchable(entry.title);
    const rest = searchableFields([entry.subtitle, ...entry.fields]);
    const { fields: _fields, ...stored } = entry;
    this.putStored(stored, title && rest ? `${title}${FIELD_BREAK}${rest}` : title || rest, title.length);
  }

  /** Puts an entry with its searchable text as made before (a rebuild of the lists). */
  putStored(entry: StoredEntry, text: string, titleEnd: number): void {
    this.remove(entry.key);
    const ordinal = this.grams.add(text);
    this.entries[ordinal] = entry;
    this.titleEnds[ordinal] = titleEnd;
    this.kindOf[ordinal] = this.kindId(entry.kind);
    this.byKey.set(entry.key, ordinal);
  }

  private kindId(name: string): number {
    let kind = this.kindIds.get(name);
    if (kind === undefined) {
      kind = this.kinds.push(name) - 1;
      this.kindIds.set(name, kind);
    }
    return kind;
  }

  remove(key: string): void {
    const ordinal = this.byKey.get(key);
    if (ordinal === undefined) return;
    this.grams.remove(ordinal);
    this.entries[ordinal] = null;
    this.byKey.delete(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): StoredEntry | undefined {
    const ordinal = this.byKey.get(key);
    return ordinal === undefined ? undefined : (this.entries[ordinal] ?? undefined);
  }

  /** Every entry with its searchable text, as putStored takes them (a rebuild, the benchmark's scan). */
  *stored(): Iterable<{ entry: StoredEntry; text: string; titleEnd: number }> {
    for (let ordinal = 0; ordinal < this.entries.length; ordinal++) {
      const entry = this.entries[ordinal];
      if (entry) yield { entry, text: this.grams.text(ordinal)!, titleEnd: this.titleEnds[ordinal] };
    }
  }

  /** The keys of every entry found by the query, in the order they were put. */
  findKeys(query: string): string[] {
    return this.grams.find(queryTerms(query)).map((o) => this.entries[o]!.key);
  }

  search(query: string, { perKind = 20, kindOrder = [] }: SearchOptions = {}): SearchAnswer {
    const terms = queryTerms(query);
    const found = this.grams.find(terms);
    // A query may find most of 100 000 entries (人, 2): every hit is counted by its kind from a
    // packed array, but only the latest RANK_WINDOW of a kind are ranked, which means reading
    // their titles; beyond that, which 20 of 50 000 show first matters less than answering at once.
    const counts = new Array<number>(this.kinds.length).fill(0);
    const windows: number[][] = this.kinds.map(() => []);
    for (let i = found.length - 1; i >= 0; i--) {
      const kind = this.kindOf[found[i]];
      if (counts[kind]++ < RANK_WINDOW) windows[kind].push(found[i]);
    }
    const rank = (kind: string) => {
      const at = kindOrder.indexOf(kind);
      return at < 0 ? kindOrder.length : at;
    };
    const groups: SearchGroup[] = [];
    for (let kind = 0; kind < this.kinds.length; kind++) {
      if (counts[kind] === 0) continue;
      const top: SearchHit[] = [];
      if (perKind > 0)
        for (const ordinal of windows[kind])
          keepBest(top, this.entries[ordinal]!, this.titleHolds(ordinal, terms), perKind);
      groups.push({ kind: this.kinds[kind], total: counts[kind], hits: top });
    }
    groups.sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
    return { terms, total: found.length, groups };
  }

  /** Whether the title alone holds every term: looks no further than the title's end. */
  private titleHolds(ordinal: number, terms: readonly string[]): boolean {
    const text = this.grams.text(ordinal)!;
    const end = this.titleEnds[ordinal];
    for (const term of terms) if (term.length > end || text.lastIndexOf(term, end - term.length) < 0) return false;
    return true;
  }

  /** Its entries in parts of `size` ordinals, in order, for another thread to adopt (adoptEntries). */
  *entryParts(size: number): Generator<EntriesPart> {
    for (let from = 0; from < this.entries.length; from += size) {
      const to = Math.min(this.entries.length, from + size);
      const texts: (string | null)[] = [];
      for (let o = from; o < to; o++) texts.push(this.grams.text(o));
      yield { from, entries: this.entries.slice(from, to), texts, titleEnds: this.titleEnds.slice(from, to) };
    }
  }

  /** The posting lists, packed in parts (NgramIndex.listParts), then what completes them: sent after the entries. */
  listParts(): Generator<ListsPart> {
    return this.grams.listParts();
  }

  gramMeta(): GramMeta {
    return this.grams.meta();
  }

  /** Appends a part of another index (entryParts, in order) to this empty one; its lists come last. */
  adoptEntries(part: EntriesPart): void {
    if (part.from !== this.entries.length)
      throw new Error(`entries from ${part.from}, expected ${this.entries.length}`);
    for (let i = 0; i < part.entries.length; i++) {
      const ordinal = part.from + i;
      const entry = part.entries[i];
      this.grams.adoptText(entry ? part.texts[i] : null);
      this.entries[ordinal] = entry;
      this.titleEnds[ordinal] = part.titleEnds[i];
      if (!entry) continue;
      this.kindOf[ordinal] = this.kindId(entry.kind);
      this.byKey.set(entry.key, ordinal);
    }
  }

  /** Some posting lists of the index whose entries were adopted (adoptMeta completes them). */
  adoptLists(part: ListsPart): void {
    this.grams.adoptLists(part);
  }

  /** The last of another index: from then on this one answers as that one did. */
  adoptMeta(meta: GramMeta): void {
    this.grams.adoptMeta(meta);
  }

  /** Frees the posting lists' slack, a step at a time (NgramIndex.repack). */
  repack(): Generator<void> {
    return this.grams.repack();
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Share of the numbered texts that are dead (replaced or removed): time to rebuild when high. */
  get deadShare(): number {
    const all = this.grams.size + this.grams.deadCount;
    return all === 0 ? 0 : this.grams.deadCount / all;
  }

  stats(): IndexStats {
    return { ...this.grams.stats(), entries: this.byKey.size };
  }
}

/** Title hits first, then the highest `order`, then by title. */
function better(entry: StoredEntry, inTitle: boolean, than: SearchHit): boolean {
  if (inTitle !== than.inTitle) return inTitle;
  const order = entry.order ?? '';
  const thanOrder = than.entry.order ?? '';
  if (order !== thanOrder) return order > thanOrder;
  return entry.title < than.entry.title;
}

/** Keeps the best `limit` hits in order (insertion into a short sorted list). */
function keepBest(top: SearchHit[], entry: StoredEntry, inTitle: boolean, limit: number): void {
  if (top.length === limit && !better(entry, inTitle, top[limit - 1])) return;
  let at = top.length;
  while (at > 0 && better(entry, inTitle, top[at - 1])) at--;
  top.splice(at, 0, { entry, inTitle });
  if (top.length > limit) top.pop();
}
