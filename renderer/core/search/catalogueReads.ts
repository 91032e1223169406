import { SearchCatalogue, type Stale } from '../../../shared/core/search/catalogue';
import type { AnySearchSource } from '../../../shared/core/search/source';
import type { SearchReader, StoredRecord } from '../data/searchRepo';

/**
 * About this much JSON per read (a few milliseconds to deserialise), between these many records:
 * IndexedDB hands a read's records over in one task, and the bench's trace showed 80–200 ms ones
 * when a table's chunk size was judged from its first record alone (a short one before long ones).
 */
const CHUNK_CHARS = 50_000;
const FIRST_CHUNK = 20;
const MIN_CHUNK = 5;
const MAX_CHUNK = 400;

/** What the reads need of the database: chunks of a table by id, records by id. */
export type CatalogueSource = Pick<SearchReader, 'chunk' | 'byIds'>;

/** Hands the thread back now and then: the main thread's Slicer, or never (a worker). */
export interface Pacer {
  due(): boolean;
  pause(): Promise<void>;
}

export const NEVER_PAUSE: Pacer = { due: () => false, pause: () => Promise.resolve() };

/**
 * How a catalogue reads the database: whole tables in chunks by id (the first build, a table
 * cleared by a restore), and records by id (those showing a name that changed). Used by the
 * build worker and by the main thread's catch-up alike.
 */
export class CatalogueReads {
  /** Records read at once per table: about CHUNK_CHARS of them, so one read is never a long task. */
  private readonly chunkSizes = new Map<string, number>();

  constructor(
    private readonly reader: CatalogueSource,
    private readonly stopped: () => boolean = () => false,
  ) {}

  /**
   * Every record of a table in chunks by id, each chunk its own short read. IndexedDB hands a
   * chunk's records over in one task (deserialised together), so a chunk holds about CHUNK_CHARS
   * of data, judged from the longest record of the read before: many units at once, few long
   * documents. Small chunks also let the records die young, before a collection must move them.
   */
  async readTable(table: string, each: (record: StoredRecord) => void, pacer: Pacer, progress?: () => void) {
    let after: string | null = null;
    for (;;) {
      if (this.stopped()) return;
      const limit = this.chunkSizes.get(table) ?? FIRST_CHUNK;
      const rows = await this.reader.chunk(table, after, limit);
      let largest = 1;
      for (const row of rows) {
        largest = Math.max(largest, JSON.stringify(row).length);
        each(row);
        if (pacer.due()) await pacer.pause();
      }
      // The next read: as many records as fit CHUNK_CHARS if each were as long as this read's longest.
      this.chunkSizes.set(table, Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.floor(CHUNK_CHARS / largest))));
      progress?.();
      if (rows.length < limit) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** Reads again the records whose entries show a name that changed (three rounds at most: a name of a name). */
  async refresh(catalogue: SearchCatalogue, stale: Stale, pacer: Pacer): Promise<void> {
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
            if (record) catalogue.putRecord(table, record, next);
            else catalogue.removeRecord(table, part[i], next);
            if (pacer.due()) await pacer.pause();
          }
        }
      }
      stale = next;
    }
  }

  /**
   * A catalogue of everything stored: names first, so that every entry built next finds the
   * unit, meeting or item it shows; then every record; then those whose names changed meanwhile.
   */
  async build(sources: readonly AnySearchSource[], pacer: Pacer, progress?: (indexed: number) => void) {
    const fresh = new SearchCatalogue(sources);
    for (const table of fresh.refTables) await this.readTable(table, (r) => fresh.putRef(table, r), pacer);
    const stale: Stale = new Map();
    for (const table of fresh.tables)
      await this.readTable(
        table,
        (r) => fresh.putRecord(table, r, stale),
        pacer,
        () => progress?.(fresh.index.size),
      );
    await this.refresh(fresh, stale, pacer);
    return fresh;
  }
}
