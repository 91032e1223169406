import { SearchCatalogue, type Stale } from '../../../shared/core/search/catalogue';
import { CatalogueAdopter } from '../../../shared/core/search/catalogueImage';
import type { SearchAnswer } from '../../../shared/core/search/entry';
import { type Marked, snippetOf } from '../../../shared/core/search/snippet';
import { SearchIndex } from '../../../shared/core/search/searchIndex';
import type { AnySearchSource } from '../../../shared/core/search/source';
import type { CommittedChange } from '../data/changeFeed';
import type { SearchReader, StoredRecord } from '../data/searchRepo';
import type { BuildMessage, BuildRequest } from './buildWorker';
import { CatalogueReads } from './catalogueReads';
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
 * Between the messages of the hand-over from the build worker (about 110 at 100 000 records): a
 * frame's idle time after each, in which the collector can mark the growing heap a step at a time.
 */
const HANDOVER_PAUSE_MS = 16;

/** The build worker as LiveSearch uses it: a Worker, or a MessagePort in tests. */
export interface BuildWorker {
  onmessage: ((event: MessageEvent<BuildMessage>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  postMessage(message: BuildRequest): void;
  terminate(): void;
}

/** How the last build went: where, and (in a worker) its time and heap there. */
export interface BuildInfo {
  inWorker: boolean;
  workerMs?: number;
  workerHeapMB?: number | null;
  /** Why it was built on the main thread after all (the worker failed), if it was. */
  workerFailed?: string;
}

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
  private readonly tableReads: CatalogueReads;
  /** Ends the build worker running now, if any (stop). */
  private endWorker: (() => void) | null = null;
  lastBuild: BuildInfo | null = null;

  /** `buildWorker`: where the first index is built (off the main thread); without one, here in slices. */
  constructor(
    private readonly reader: SearchReader,
    private readonly sources: readonly AnySearchSource[],
    private readonly buildWorker?: () => BuildWorker,
    private readonly measureWorker = false,
  ) {
    this.catalogue = new SearchCatalogue(sources);
    this.tables = new Set(this.catalogue.tables);
    this.tableReads = new CatalogueReads(reader, () => this.stopped);
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
    this.endWorker?.();
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
    let workerFailed: string | undefined;
    if (this.buildWorker)
      try {
        const { catalogue, report } = await this.buildInWorker(this.buildWorker);
        if (this.stopped) return;
        this.catalogue = catalogue;
        this.lastBuild = { inWorker: true, workerMs: report.ms, workerHeapMB: report.heapMB };
        return;
      } catch (error) {
        if (this.stopped) return;
        // No worker here (an old runtime, a policy): the same build on this thread, in slices.
        workerFailed = error instanceof Error ? error.message : String(error);
        console.warn('search build worker', error);
      }
    const slicer = new Slicer();
    this.catalogue = await this.tableReads.build(this.sources, slicer, (indexed) =>
      this.setStatus('building', indexed),
    );
    this.lastBuild = { inWorker: false, workerFailed };
    await this.repack(this.catalogue.index, slicer);
  }

  /**
   * The catalogue built by the worker, adopted a message at a time as they come: each message is
   * deserialised and taken in a task of its own (a thousand entries, a few milliseconds), and the
   * posting lists arrive last as transferred buffers, without a copy.
   */
  private buildInWorker(make: () => BuildWorker) {
    return new Promise<{ catalogue: SearchCatalogue; report: { ms: number; heapMB: number | null } }>(
      (resolve, reject) => {
        const worker = make();
        const adopter = new CatalogueAdopter(this.sources);
        const end = (error?: Error) => {
          worker.terminate();
          this.endWorker = null;
          if (error) reject(error);
        };
        this.endWorker = () => end(new Error('stopped'));
        worker.onmessage = (event) => {
          const message = event.data;
          try {
            if (message.type === 'progress') this.setStatus('building', message.indexed);
            else if (message.type === 'failed') end(new Error(message.message));
            else if (message.type === 'built') {
              end(adopter.done ? undefined : new Error('the build worker ended before its lists'));
              resolve({ catalogue: adopter.catalogue, report: message });
            } else {
              adopter.take(message);
              // The next part after a pause: the collector's concurrent marking keeps up with the heap's growth.
              setTimeout(() => worker.postMessage({ type: 'next' }), HANDOVER_PAUSE_MS);
            }
          } catch (error) {
            end(error instanceof Error ? error : new Error(String(error)));
          }
        };
        worker.onerror = (event) => end(new Error(event.message || 'the build worker failed to start'));
        worker.postMessage({ type: 'build', database: this.reader.databaseName(), measure: this.measureWorker });
      },
    );
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
      await this.tableReads.readTable(table, (r) => c.putRecord(table, r, stale), slicer);
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
    await this.tableReads.refresh(c, stale, slicer);
    await this.compactIfNeeded(slicer);
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
