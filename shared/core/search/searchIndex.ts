import type { SearchAnswer, SearchEntry, SearchGroup, SearchHit } from './entry';
import { NgramIndex, type GramStats } from './ngramIndex';
import { FIELD_BREAK, queryTerms, searchable, searchableFields } from './normalise';

export interface SearchOptions {
  /** Hits shown per kind (the group's total counts them all). */
  perKind?: number;
  /** Groups in this order; kinds not named follow in alphabetical order. */
  kindOrder?: readonly string[];
}

export interface IndexStats extends GramStats {
  entries: number;
}

/**
 * The search over everything, pure and in memory: entries go in by key (put replaces, remove
 * drops), and a query returns every entry whose title or fields hold every typed term — the rule
 * of Ctrl+F (normalise.ts) — grouped by kind. The n-gram lists find the candidates, a scan of the
 * candidates confirms them (ngramIndex.ts).
 */
export class SearchIndex {
  private readonly grams = new NgramIndex();
  private readonly entries: (SearchEntry | null)[] = [];
  /** Length of the searchable title: a term found before it is in the title. */
  private readonly titleEnds: number[] = [];
  private readonly byKey = new Map<string, number>();

  put(entry: SearchEntry): void {
    this.remove(entry.key);
    const title = searchable(entry.title);
    const rest = searchableFields([entry.subtitle, ...entry.fields]);
    const text = title && rest ? `${title}${FIELD_BREAK}${rest}` : title || rest;
    const ordinal = this.grams.add(text);
    this.entries[ordinal] = entry;
    this.titleEnds[ordinal] = title.length;
    this.byKey.set(entry.key, ordinal);
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

  get(key: string): SearchEntry | undefined {
    const ordinal = this.byKey.get(key);
    return ordinal === undefined ? undefined : (this.entries[ordinal] ?? undefined);
  }

  /** Every entry, for a rebuild. */
  *all(): Iterable<SearchEntry> {
    for (const entry of this.entries) if (entry) yield entry;
  }

  /** The keys of every entry found by the query, in the order they were put. */
  findKeys(query: string): string[] {
    return this.grams.find(queryTerms(query)).map((o) => this.entries[o]!.key);
  }

  search(query: string, { perKind = 20, kindOrder = [] }: SearchOptions = {}): SearchAnswer {
    const terms = queryTerms(query);
    const found = this.grams.find(terms);
    const byKind = new Map<string, { total: number; top: Ranked[] }>();
    for (const ordinal of found) {
      const entry = this.entries[ordinal]!;
      let group = byKind.get(entry.kind);
      if (!group) byKind.set(entry.kind, (group = { total: 0, top: [] }));
      group.total++;
      const text = this.grams.text(ordinal)!;
      const inTitle = terms.every((t) => text.indexOf(t) + t.length <= this.titleEnds[ordinal]);
      keepBest(group.top, { entry, inTitle }, perKind);
    }
    const rank = (kind: string) => {
      const at = kindOrder.indexOf(kind);
      return at < 0 ? kindOrder.length : at;
    };
    const groups: SearchGroup[] = [...byKind.entries()]
      .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
      .map(([kind, g]) => ({ kind, total: g.total, hits: g.top.map(({ entry, inTitle }) => ({ entry, inTitle })) }));
    return { terms, total: found.length, groups };
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

type Ranked = SearchHit;

/** Title hits first, then the highest `order`, then by title. */
function better(a: Ranked, b: Ranked): boolean {
  if (a.inTitle !== b.inTitle) return a.inTitle;
  const ao = a.entry.order ?? '';
  const bo = b.entry.order ?? '';
  if (ao !== bo) return ao > bo;
  return a.entry.title < b.entry.title;
}

/** Keeps the best `limit` hits in order (insertion into a short sorted list: a query may find 100 000). */
function keepBest(top: Ranked[], hit: Ranked, limit: number): void {
  if (limit <= 0) return;
  if (top.length === limit && !better(hit, top[limit - 1])) return;
  let at = top.length;
  while (at > 0 && better(hit, top[at - 1])) at--;
  top.splice(at, 0, hit);
  if (top.length > limit) top.pop();
}
