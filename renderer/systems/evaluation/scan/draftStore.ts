import type { CopyReview } from '../../../../shared/systems/evaluation/paperForm/review';
import type { FileFailure, ScannedPage } from './scanTypes';

/**
 * The scan batch and its review, kept as a draft in IndexedDB as they happen (each page as it is
 * read, each decision as it is made), so a crash or a closed window loses nothing (issue 19 item 3).
 * A database of its own: a draft is work in progress, not a record, and never enters a backup.
 * Plain IndexedDB: three stores of keyed values need nothing of Dexie's (and only repositories may
 * use Dexie, lint says).
 */
export const DRAFT_DB = 'tow-scan-review';

export interface BatchMeta {
  startedAt: string;
  fileNames: string[];
  /** Set once every file was read or the reading was cancelled. */
  endedAs?: 'complete' | 'cancelled';
  /** Files that could not be opened, named so the office can scan them again. */
  failures?: FileFailure[];
}

export interface ScanDraft {
  batch: BatchMeta | null;
  pages: ScannedPage[];
  reviews: Record<string, CopyReview>;
  /** Copies already saved as returns (copyKey). */
  saved: string[];
  /** Copies refused when saved: their 份号 was entered already (keyed in or scanned before). */
  refused: string[];
}

const STORES = ['meta', 'pages', 'reviews'] as const;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(): Promise<IDBDatabase> {
  const r = indexedDB.open(DRAFT_DB, 1);
  r.onupgradeneeded = () => {
    for (const name of STORES) r.result.createObjectStore(name);
  };
  return request(r);
}

export class DraftStore {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(): Promise<DraftStore> {
    return new DraftStore(await open());
  }

  close(): void {
    this.db.close();
  }

  /** One transaction, committed before the promise resolves ('strict': on disk, not just in memory). */
  private write(stores: readonly (typeof STORES)[number][], work: (tx: IDBTransaction) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const tx = this.db.transaction(stores, 'readwrite', { durability: 'strict' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
      work(tx);
    });
  }

  async load(): Promise<ScanDraft> {
    const tx = this.db.transaction(STORES, 'readonly');
    const [batch, saved, refused, pages, reviewKeys, reviews] = await Promise.all([
      request(tx.objectStore('meta').get('batch')),
      request(tx.objectStore('meta').get('saved')),
      request(tx.objectStore('meta').get('refused')),
      request(tx.objectStore('pages').getAll()),
      request(tx.objectStore('reviews').getAllKeys()),
      request(tx.objectStore('reviews').getAll()),
    ]);
    return {
      batch: (batch as BatchMeta | undefined) ?? null,
      pages: pages as ScannedPage[],
      reviews: Object.fromEntries(reviewKeys.map((k, i) => [String(k), reviews[i] as CopyReview])),
      saved: (saved as string[] | undefined) ?? [],
      refused: (refused as string[] | undefined) ?? [],
    };
  }

  /** A new batch replaces the old draft whole. */
  startBatch(meta: BatchMeta): Promise<void> {
    return this.write(STORES, (tx) => {
      for (const s of STORES) tx.objectStore(s).clear();
      tx.objectStore('meta').put(meta, 'batch');
      tx.objectStore('meta').put([], 'saved');
      tx.objectStore('meta').put([], 'refused');
    });
  }

  addPage(seq: number, page: ScannedPage): Promise<void> {
    return this.write(['pages'], (tx) => tx.objectStore('pages').put(page, seq));
  }

  endBatch(meta: BatchMeta): Promise<void> {
    return this.write(['meta'], (tx) => tx.objectStore('meta').put(meta, 'batch'));
  }

  setReview(key: string, review: CopyReview): Promise<void> {
    return this.write(['reviews'], (tx) => tx.objectStore('reviews').put(review, key));
  }

  /** What became of the copies saved so far: written after each copy, so a crash mid-save forgets none. */
  markSaved(saved: string[], refused: string[] = []): Promise<void> {
    return this.write(['meta'], (tx) => {
      tx.objectStore('meta').put(saved, 'saved');
      tx.objectStore('meta').put(refused, 'refused');
    });
  }

  discard(): Promise<void> {
    return this.write(STORES, (tx) => STORES.forEach((s) => tx.objectStore(s).clear()));
  }
}
