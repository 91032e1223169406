import { describe, expect, it } from 'vitest';
import { DraftStore } from './draftStore';
import type { ScannedPage } from './scanTypes';

const page = (fileName: string): ScannedPage => ({
  source: { fileName, index: 0 },
  reading: { status: 'no-code', code: null, transform: null, boxes: [] },
  image: new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }),
  width: 10,
  height: 10,
  crops: [],
  questions: [],
});

describe('the scan draft', () => {
  it('keeps the pages read and the decisions made when the window is closed and opened again', async () => {
    const store = await DraftStore.open();
    await store.startBatch({ startedAt: '2026-12-06T10:00:00Z', fileNames: ['a.jpg', 'b.jpg'] });
    await store.addPage(1, page('a.jpg'));
    await store.setReview('q\u00002\u00007', { answers: { s1: ['school'] }, acceptedMissingPages: [3] });
    await store.markSaved(['q\u00002\u00005'], ['q\u00002\u00006']);
    store.close();

    const reopened = await DraftStore.open();
    const draft = await reopened.load();
    expect(draft.batch).toEqual({ startedAt: '2026-12-06T10:00:00Z', fileNames: ['a.jpg', 'b.jpg'] });
    expect(draft.pages.map((p) => p.source.fileName)).toEqual(['a.jpg']);
    expect(draft.reviews['q\u00002\u00007']).toEqual({ answers: { s1: ['school'] }, acceptedMissingPages: [3] });
    expect(draft.saved).toEqual(['q\u00002\u00005']);
    expect(draft.refused).toEqual(['q\u00002\u00006']);
    reopened.close();
  });

  it('starts a new batch with nothing of the last one', async () => {
    const store = await DraftStore.open();
    await store.startBatch({ startedAt: '2026-12-06T11:00:00Z', fileNames: ['c.pdf'] });
    const draft = await store.load();
    expect(draft).toEqual({
      batch: { startedAt: '2026-12-06T11:00:00Z', fileNames: ['c.pdf'] },
      pages: [],
      reviews: {},
      saved: [],
      refused: [],
    });
    await store.discard();
    expect((await store.load()).batch).toBeNull();
    store.close();
  });

  it('drops the pages of a discarded batch with their handwriting crops; a new batch starts empty of them', async () => {
    const store = await DraftStore.open();
    await store.startBatch({ startedAt: '2026-12-06T12:00:00Z', fileNames: ['d.jpg'] });
    const crop = { itemId: 't3', png: new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }) };
    await store.addPage(1, { ...page('d.jpg'), crops: [crop] });
    const kept = (await store.load()).pages[0].crops;
    expect(kept.map((c) => c.itemId)).toEqual(['t3']);
    expect([...new Uint8Array(await kept[0].png.arrayBuffer())]).toEqual([137, 80, 78, 71]);
    await store.discard();
    expect((await store.load()).pages).toEqual([]);
    await store.startBatch({ startedAt: '2026-12-06T13:00:00Z', fileNames: ['e.jpg'] });
    expect((await store.load()).pages).toEqual([]);
    store.close();
  });
});
