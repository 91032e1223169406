import { SearchCatalogue, type Stale } from '../../../shared/core/search/catalogue';
import type { SearchAnswer } from '../../../shared/core/search/entry';
import { type Marked, snippetOf } from '../../../shared/core/search/snippet';
import { SearchIndex } from '../../../shared/core/search/searchIndex';
import type { AnySearchSource } from '../../../shared/core/search/source';
import type { CommittedChange } from '../data/changeFeed';
import type { SearchReader, StoredRecord } from '../data/searchRepo';
import { Slicer, yieldToUi } from './slices';

export interface SearchStatus {
  /** building: the first index is being made (answers may be incomplete); updating: catching up with writes. */
  state: 'building' | 'updating' | 'ready' | 'failed';
  /** Entries indexed so far. */
  indexed: number;
}

/** Rebuild the n-gram lists when this share of their texts belongs to replaced or removed entries. */
const DEAD_SHARE_TO_COMPACT = 0.3;
const MIN_DEAD_TO_COMPACT = 2000;
/**
 * About this much JSON per read (a few milliseconds to deserialise), between these many records:
 * IndexedDB hands a read's records over in one task, and the bench's trace showed 80–200 ms ones
 * when a table's chunk size was judged from its first record alone (a short one before long ones).
 */
const CHUNK_CHARS = 50_000;
const FIRST_CHUNK = 20;
const MIN_CHUNK = 5;
const MAX_CHUNK = 400;

/**
 * The header search, live: the index is built from the database in the background after sign-in
 * and kept up to date from the records each committed write hands over (changeFeed.ts). Why not
 * inside the write's own transaction: an index kept in IndexedDB costs every insert its index
 * rows — schema v1–v3 kept a bigram index that way and a 100 000-unit import took 36× the raw
 * time. Here the write costs nothing more; the index catches up after the commit, in slices of
 * a few milliseconds (slices.ts), and answers from memory. Jobs run one at a time, in order, so
 * the index always reflects a prefix of the committed writes.
 */
export class LiveSearch {
  private catalogue: SearchCatalogue;
  private readonly tables: Set<string>;
  private readonly jobs: (() => Promise<void>)[] = [];
  private running = false;
  private stopped = false;
  private stopFeed: (() => void) | null = null;
  private current: SearchStatus = { state: 'building', indexed: 0 };
  private readonly listeners = new Set<() => void>();
  private idleWaiters: (() => void)[] = [];
  private retried = false;
  /** Records read at once per table: about CHUNK_CHARS of them, so one read is never a long task. */
  private readonly chunkSizes = new Map<string, number>();

  constructor(
    private readonly reader: SearchReader,
    private readonly sources: readonly AnySearchSource[],
  ) {
    this.catalogue = new SearchCatalogue(sources);
    this.tables = new Set(this.catalogue.tables);
  }

  start(): void {
    this.stopFeed = this.reader.onCommitted((changes) => {
      const relevant = changes.filter((c) => this.tables.has(c.table));
      if (relevant.length > 0) this.enqueue(() => this.apply(relevant));
    });
    this.enqueue(() => this.build());
  }

  /** Forgets everything (sign-out): nothing of the records stays in memory. */
  stop(): void {
    this.stopped = true;
    this.stopFeed?.();
    this.jobs.length = 0;
    this.catalogue = new SearchCatalogue(this.sources);
    this.resolveIdle();
  }

  search(query: string, perKind = 8): SearchAnswer {
    return this.catalogue.index.search(query, { perKind, kindOrder: this.catalogue.kindOrder });
  }

  get status(): SearchStatus {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every write committed so far is in the index. */
  whenIdle(): Promise<void> {
    if (!this.running && this.jobs.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Whether a table's records are indexed (it has a search source). */
  reads(table: string): boolean {
    return this.tables.has(table);
  }

  /** The name a record lends others (a unit's, a meeting's…), once the index has read it. */
  lookup(table: string, id: string | null | undefined) {
    return this.catalogue.lookup(table, id);
  }

  /** A record's entries as its source makes them (the audit log's names), with the names indexed so far. */
  entriesOf(table: string, record: StoredRecord) {
    return this.catalogue.entriesOf(table, record);
  }

  stats() {
    return this.catalogue.index.stats();
  }

  /** Every entry indexed with its searchable text (the benchmark's scan). */
  stored() {
    return this.catalogue.index.stored();
  }

  /**
   * The words around the hit in each record's fields (title and subtitle are shown anyway), read
   * again from the database, as the index keeps no fields: for the few hits on screen. Keyed by
   * entry key; a record gone since, or found by its title alone, has none.
   */
  async snippets(keys: readonly string[], terms: readonly string[]): Promise<Map<string, Marked>> {
    const byTable = new Map<string, string[]>();
    for (const key of keys) {
      const slash = key.indexOf('/');
      const table = key.slice(0, slash);
      const id = key.slice(slash + 1).split('#')[0];
      byTable.set(table, [...(byTable.get(table) ?? []), id]);
    }
    const snippets = new Map<string, Marked>();
    for (const [table, ids] of byTable) {
      const records = await this.reader.byIds(table, [...new Set(ids)]);
      for (const record of records) {
        if (!record) continue;
        for (const entry of this.catalogue.entriesOf(table, record)) {
          const snippet = snippetOf(entry.fields, terms);
          if (snippet && keys.includes(entry.key)) snippets.set(entry.key, snippet);
        }
      }
    }
    return snippets;
  }

  private enqueue(job: () => Promise<void>): void {
    this.jobs.push(job);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    // Not inside the committing transaction's event: the writer's own continuation goes first.
    await yieldToUi();
    while (this.jobs.length > 0 && !this.stopped) {
      const job = this.jobs.shift()!;
      try {
        await job();
      } catch (error) {
        if (this.stopped) break;
        console.warn('search index', error);
        // A failed catch-up may have left the index behind: build it again from the database, once.
        if (this.retried) this.setStatus('failed');
        else {
          this.retried = true;
          this.jobs.length = 0;
          this.jobs.push(() => this.build());
        }
      }
    }
    this.running = false;
    if (!this.stopped && this.current.state !== 'failed') this.setStatus('ready');
    this.resolveIdle();
  }

  private async build(): Promise<void> {
    this.setStatus('building');
    const fresh = new SearchCatalogue(this.sources);
    const slicer = new Slicer();
    // Names first, so that every entry built next finds the unit, meeting or item it shows.
    for (const table of fresh.refTables) await this.readTable(table, (r) => fresh.putRef(table, r), slicer);
    const stale: Stale = new Map();
    for (const table of fresh.tables)
      await this.readTable(
        table,
        (r) => fresh.putRecord(table, r, stale),
        slicer,
        () => fresh.index.size,
      );
    this.catalogue = fresh;
    await this.refresh(stale, slicer);
    await this.repack(fresh.index, slicer);
  }

  /** The lists made again without the room their growth left: about half the memory after a build. */
  private async repack(index: SearchIndex, slicer: Slicer): Promise<void> {
    for (const _step of index.repack()) if (slicer.due()) await slicer.pause();
  }

  private async apply(changes: readonly CommittedChange[]): Promise<void> {
    this.setStatus('updating');
    const slicer = new Slicer();
    const stale: Stale = new Map();
    const c = this.catalogue;
    // A cleared table (a restore) is read again whole: its other writes in this transaction are in what is read.
    const cleared = new Set(changes.filter((x) => x.type === 'deleteRange').map((x) => x.table));
    for (const table of cleared) {
      c.removeTable(table);
      await this.readTable(table, (r) => c.putRecord(table, r, stale), slicer);
    }
    for (const change of changes) {
      if (cleared.has(change.table)) continue;
      if (change.type === 'put') {
        for (const value of change.values) {
          c.putRecord(change.table, value as StoredRecord, stale);
          if (slicer.due()) await slicer.pause();
        }
      } else if (change.type === 'delete')
        for (const key of change.keys) c.removeRecord(change.table, String(key), stale);
    }
    await this.refresh(stale, slicer);
    await this.compactIfNeeded(slicer);
  }

  /** Reads again the records whose entries show a name that changed (three rounds at most: a name of a name). */
  private async refresh(stale: Stale, slicer: Slicer): Promise<void> {
    for (let round = 0; round < 3 && stale.size > 0; round++) {
      const next: Stale = new Map();
      for (const [table, idSet] of stale) {
        const ids = [...idSet];
        const size = this.chunkSizes.get(table) ?? FIRST_CHUNK;
        for (let at = 0; at < ids.length; at += size) {
          const part = ids.slice(at, at + size);
          const records = await this.reader.byIds(table, part);
          for (let i = 0; i < records.length; i++) {
            const record = records[i];
            if (record) this.catalogue.putRecord(table, record, next);
            else this.catalogue.removeRecord(table, part[i], next);
            if (slicer.due()) await slicer.pause();
          }
        }
      }
      stale = next;
    }
  }

  /** Replaced entries leave dead texts in the n-gram lists: past a share, the lists are made again. */
  private async compactIfNeeded(slicer: Slicer): Promise<void> {
    const index = this.catalogue.index;
    if (index.deadShare < DEAD_SHARE_TO_COMPACT || index.stats().dead < MIN_DEAD_TO_COMPACT) return;
    const next = new SearchIndex();
    for (const { entry, text, titleEnd } of index.stored()) {
      next.putStored(entry, text, titleEnd);
      if (slicer.due()) await slicer.pause();
    }
    await this.repack(next, slicer);
    this.catalogue.swapIndex(next);
  }

  /**
   * Every record of a table in chunks by id, each chunk its own short read. IndexedDB hands a
   * chunk's records over in one task (deserialised together), so a chunk holds about CHUNK_CHARS
   * of data, judged from the longest record of the read before: many units at once, few long documents. Small chunks
   * also let the records die young, before a garbage collection would have to move them.
   */
  private async readTable(
    table: string,
    each: (record: StoredRecord) => void,
    slicer: Slicer,
    progress?: () => number,
  ): Promise<void> {
    let after: string | null = null;
    for (;;) {
      if (this.stopped) return;
      const limit = this.chunkSizes.get(table) ?? FIRST_CHUNK;
      const rows = await this.reader.chunk(table, after, limit);
      let largest = 1;
      for (const row of rows) {
        largest = Math.max(largest, JSON.stringify(row).length);
        each(row);
        if (slicer.due()) await slicer.pause();
      }
      // The next read: as many records as fit CHUNK_CHARS if each were as long as this read's longest.
      this.chunkSizes.set(table, Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.floor(CHUNK_CHARS / largest))));
      if (progress) this.setStatus('building', progress());
      if (rows.length < limit) return;
      after = rows[rows.length - 1].id;
    }
  }

  private setStatus(state: SearchStatus['state'], indexed = this.catalogue.index.size): void {
    if (state === this.current.state && indexed === this.current.indexed) return;
    this.current = { state, indexed };
    for (const listener of this.listeners) listener();
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
