import { useEffect, useMemo, useRef, useState } from 'react';
import type { PaperFormLayout } from '../../../../shared/systems/evaluation/paperForm/layoutModel';
import type { CopyReview } from '../../../../shared/systems/evaluation/paperForm/review';
import { assembleCopies } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import { DraftStore, type BatchMeta, type ScanDraft } from './draftStore';
import { saveReviewedCopies, type SaveReport, type ScanReturnsPort } from './returnsPort';
import { readScans, type ScanFile, type ScanProgress, type ScanRun } from './scanClient';

const EMPTY: ScanDraft = { batch: null, pages: [], reviews: {}, saved: [], refused: [] };

const layoutKey = (id: string, version: number) => `${id}\u0000${version}`;

/**
 * One scan batch from picking the files to saving the returns: the pages as the worker reads them,
 * the decisions as they are made, and what became of each copy, every step written to the draft
 * first (a crash or a closed window loses nothing; opening the screen again picks up the batch).
 */
export function useScanBatch(port: ScanReturnsPort) {
  const store = useRef<DraftStore | null>(null);
  const running = useRef<ScanRun | null>(null);
  const [draft, setDraft] = useState<ScanDraft | null>(null);
  const [layouts, setLayouts] = useState<PaperFormLayout[]>([]);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let isAlive = true;
    let opened: DraftStore | null = null;
    void Promise.all([DraftStore.open(), port.printedLayouts()])
      .then(async ([s, l]) => {
        opened = s;
        if (!isAlive) return s.close();
        store.current = s;
        setLayouts(l);
        setDraft(await s.load());
      })
      .catch(setError);
    return () => {
      isAlive = false;
      running.current?.cancel();
      opened?.close();
      store.current = null;
    };
  }, [port]);

  const byKey = useMemo(() => new Map(layouts.map((l) => [layoutKey(l.questionnaireId, l.version), l])), [layouts]);
  const layoutFor = (id: string, version: number) => byKey.get(layoutKey(id, version));
  const pages = draft?.pages;
  const assembled = useMemo(
    () =>
      assembleCopies(
        (pages ?? []).map((p, ref) => ({ ref, reading: p.reading })),
        (id, v) => byKey.get(layoutKey(id, v)),
      ),
    [pages, byKey],
  );

  const guard = async (work: (s: DraftStore) => Promise<void>) => {
    setError(null);
    try {
      if (store.current) await work(store.current);
    } catch (e) {
      setError(e);
    }
  };

  const start = (files: ScanFile[]) =>
    guard(async (s) => {
      const meta: BatchMeta = { startedAt: new Date().toISOString(), fileNames: files.map((f) => f.name) };
      await s.startBatch(meta);
      setDraft({ ...EMPTY, batch: meta });
      setProgress({ filesDone: 0, filesTotal: files.length, pagesRead: 0, pagesExpected: files.length });
      let seq = 0;
      // Pages are written one after another, in the order read; the batch ends after the last write.
      let writes: Promise<void> = Promise.resolve();
      const run = readScans(files, layouts, (page, p) => {
        const n = ++seq;
        writes = writes.then(() => s.addPage(n, page));
        setDraft((d) => d && { ...d, pages: [...d.pages, page] });
        setProgress(p);
      });
      running.current = run;
      try {
        const batch = await run.result;
        await writes;
        const ended: BatchMeta = {
          ...meta,
          endedAs: batch.isCancelled ? 'cancelled' : 'complete',
          failures: batch.failures,
        };
        await s.endBatch(ended);
        setDraft((d) => d && { ...d, batch: ended });
      } finally {
        running.current = null;
        setProgress(null);
      }
    });

  const decide = (key: string, review: CopyReview) =>
    guard(async (s) => {
      await s.setReview(key, review);
      setDraft((d) => d && { ...d, reviews: { ...d.reviews, [key]: review } });
    });

  const redo = (key: string) => decide(key, { answers: {}, acceptedMissingPages: [] });

  /** Saves the reviewed copies; null when it could not start (the error is shown). */
  const save = async (): Promise<SaveReport | null> => {
    const done: { report: SaveReport | null } = { report: null };
    await guard(async (s) => {
      if (!draft) return;
      const saved = [...draft.saved];
      const refused = [...draft.refused];
      done.report = await saveReviewedCopies(
        port,
        assembled.copies,
        draft.reviews,
        { pages: draft.pages, startedAt: draft.batch?.startedAt ?? '' },
        layoutFor,
        [...saved, ...refused],
        async (key, status) => {
          (status === 'saved' ? saved : refused).push(key);
          await s.markSaved(saved, refused);
          setDraft((d) => d && { ...d, saved: [...saved], refused: [...refused] });
        },
      );
    });
    return done.report;
  };

  const discard = () =>
    guard(async (s) => {
      await s.discard();
      setDraft(EMPTY);
    });

  return {
    isLoading: draft === null && !error,
    draft: draft ?? EMPTY,
    layouts,
    layoutFor,
    copies: assembled.copies,
    unknown: assembled.unknown,
    progress,
    error,
    start,
    cancel: () => running.current?.cancel(),
    decide,
    redo,
    save,
    discard,
  };
}

export type ScanBatchState = ReturnType<typeof useScanBatch>;
