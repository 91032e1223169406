import type { SearchEntry } from './entry';
import { SearchIndex } from './searchIndex';
import { type AnySearchSource, type SearchRef, entryKey } from './source';

type AnyRecord = { id: string } & Record<string, unknown>;

/** Records whose entries show a name that just changed: to be read again and put again. */
export type Stale = Map<string, Set<string>>;

/**
 * A part of a catalogue as another thread adopts it (catalogueImage.ts): names lent (table, id,
 * ref), who shows whose name (ref key, record keys), records with several entries (record key, keys).
 */
export interface CataloguePart {
  refs: [string, string, SearchRef][];
  dependents: [string, string[]][];
  extraKeys: [string, string[]][];
}

/**
 * The search index with what it needs to stay true while records change: the sources by table,
 * the names (refs) records lend one another, and who shows whose name. Putting a unit whose name
 * changed reports every item, person, finding… that shows it (`Stale`), so the caller reads
 * those again and puts them again. Pure: the caller does the reading.
 */
export class SearchCatalogue {
  index = new SearchIndex();
  private readonly sources = new Map<string, AnySearchSource>();
  private readonly refs = new Map<string, Map<string, SearchRef>>();
  /** `<table>/<id>` of a ref → record keys (`<table>/<id>`) of the entries that showed it. */
  private readonly dependents = new Map<string, Set<string>>();
  /** Records giving more than one entry, or none with their own key: their entries' keys. */
  private readonly extraKeys = new Map<string, string[]>();

  constructor(sources: readonly AnySearchSource[]) {
    for (const source of sources) this.sources.set(source.table, source);
  }

  get tables(): string[] {
    return [...this.sources.keys()];
  }

  /** Tables whose records lend names to others: read before the rest on a first build. */
  get refTables(): string[] {
    return [...this.sources.values()].filter((s) => s.refOf).map((s) => s.table);
  }

  /** The kinds in the order the sources declare them (once each): the order of the result groups. */
  get kindOrder(): string[] {
    return [...new Set([...this.sources.values()].flatMap((s) => [...s.kinds]))];
  }

  /** First-build pass: the names only, so that entries built next find every name they show. */
  putRef(table: string, record: AnyRecord): void {
    const source = this.sources.get(table);
    if (source?.refOf) this.refsOf(table).set(record.id, source.refOf(record));
  }

  /** Indexes a record as written; returns the records that show its name when that changed. */
  putRecord(table: string, record: AnyRecord, stale: Stale = new Map(), onEntry?: (entry: SearchEntry) => void): Stale {
    const source = this.sources.get(table);
    if (!source) return stale;
    if (source.refOf) this.setRef(table, record.id, source.refOf(record), stale);
    const shown: string[] = [];
    const entries = source.toEntries(record, (refTable, id) => {
      if (!id) return undefined;
      shown.push(refTable, id);
      return this.refs.get(refTable)?.get(id);
    });
    const own = entryKey(table, record.id);
    const recordKey = entries.length === 1 && entries[0].key === own ? entries[0].key : own;
    // Who shows whose name, keyed by the entry's own key string (no second copy of 100 000 keys).
    for (let i = 0; i < shown.length; i += 2) {
      const refKey = entryKey(shown[i], shown[i + 1]);
      let set = this.dependents.get(refKey);
      if (!set) this.dependents.set(refKey, (set = new Set()));
      set.add(recordKey);
    }
    this.dropEntries(recordKey);
    for (const entry of entries) {
      this.index.put(entry);
      onEntry?.(entry);
    }
    if (entries.length !== 1 || entries[0].key !== recordKey)
      this.extraKeys.set(
        recordKey,
        entries.map((e) => e.key),
      );
    return stale;
  }

  /** The name (and 密级) a record lends others, as last indexed: the audit log names records by it. */
  lookup(table: string, id: string | null | undefined): SearchRef | undefined {
    return id ? this.refs.get(table)?.get(id) : undefined;
  }

  /** A record's entries with their fields, as the index made them (for a hit's snippet); records nothing. */
  entriesOf(table: string, record: AnyRecord): SearchEntry[] {
    return this.sources.get(table)?.toEntries(record, (t, id) => (id ? this.refs.get(t)?.get(id) : undefined)) ?? [];
  }

  removeRecord(table: string, id: string, stale: Stale = new Map()): Stale {
    const source = this.sources.get(table);
    if (!source) return stale;
    this.dropEntries(entryKey(table, id));
    if (source.refOf) this.setRef(table, id, undefined, stale);
    return stale;
  }

  /** Forgets every record of a table (a clear); the caller reads the table again. */
  removeTable(table: string): void {
    const prefix = `${table}/`;
    for (const { entry } of [...this.index.stored()]) if (entry.key.startsWith(prefix)) this.index.remove(entry.key);
    for (const key of [...this.extraKeys.keys()]) if (key.startsWith(prefix)) this.extraKeys.delete(key);
    this.refs.delete(table);
  }

  /** A fresh index holding the same entries, without the dead texts of replaced ones (see deadShare). */
  swapIndex(next: SearchIndex): void {
    this.index = next;
  }

  /** What it knows beside the index, in parts of `size` rows of each kind (adoptPart takes them). */
  *parts(size: number): Generator<CataloguePart> {
    const refs = [...this.refs].flatMap(([table, map]) => [...map].map(([id, ref]) => [table, id, ref] as const));
    const dependents = [...this.dependents].map(([key, set]) => [key, [...set]] as [string, string[]]);
    const extraKeys = [...this.extraKeys];
    const rows = Math.max(refs.length, dependents.length, extraKeys.length, 1);
    for (let at = 0; at < rows; at += size)
      yield {
        refs: refs.slice(at, at + size).map(([table, id, ref]) => [table, id, ref]),
        dependents: dependents.slice(at, at + size),
        extraKeys: extraKeys.slice(at, at + size),
      };
  }

  /** Takes a part of another catalogue over the same sources (parts()); its index is adopted apart. */
  adoptPart(part: CataloguePart): void {
    for (const [table, id, ref] of part.refs) this.refsOf(table).set(id, ref);
    for (const [key, keys] of part.dependents) this.dependents.set(key, new Set(keys));
    for (const [key, keys] of part.extraKeys) this.extraKeys.set(key, keys);
  }

  private refsOf(table: string): Map<string, SearchRef> {
    let map = this.refs.get(table);
    if (!map) this.refs.set(table, (map = new Map()));
    return map;
  }

  private setRef(table: string, id: string, ref: SearchRef | undefined, stale: Stale): void {
    const refs = this.refsOf(table);
    const before = refs.get(id);
    if (ref) refs.set(id, ref);
    else refs.delete(id);
    if (before?.name === ref?.name && before?.secrecy === ref?.secrecy) return;
    const dependents = this.dependents.get(entryKey(table, id));
    if (!dependents) return;
    for (const recordKey of dependents) {
      const slash = recordKey.indexOf('/');
      const dependentTable = recordKey.slice(0, slash);
      let ids = stale.get(dependentTable);
      if (!ids) stale.set(dependentTable, (ids = new Set()));
      ids.add(recordKey.slice(slash + 1));
    }
    // Who shows the name is learnt again when they are put again.
    this.dependents.delete(entryKey(table, id));
  }

  private dropEntries(recordKey: string): void {
    const extra = this.extraKeys.get(recordKey);
    if (extra) {
      for (const key of extra) this.index.remove(key);
      this.extraKeys.delete(recordKey);
    } else this.index.remove(recordKey);
  }
}

/** A catalogue of records held in memory (tests, the benchmark): names first, then every record. */
export function catalogueOf(
  sources: readonly AnySearchSource[],
  tables: Readonly<Record<string, readonly object[]>>,
  onEntry?: (entry: SearchEntry) => void,
): SearchCatalogue {
  const catalogue = new SearchCatalogue(sources);
  const rows = (table: string) => (tables[table] ?? []) as AnyRecord[];
  for (const table of catalogue.refTables) for (const record of rows(table)) catalogue.putRef(table, record);
  for (const table of catalogue.tables)
    for (const record of rows(table)) catalogue.putRecord(table, record, new Map(), onEntry);
  return catalogue;
}
