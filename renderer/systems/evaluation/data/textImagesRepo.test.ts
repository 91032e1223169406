import { describe, expect, it } from 'vitest';
import { evaluationRegistry, printedQuestionnaire } from '../../../../tests/support/evaluationFixtures';
import { freshDb, TEST_RESTORE } from '../../../../tests/support/testDb';
import { restoreSnapshot } from '../../../core/backup/restore';
import { exportSnapshot } from '../../../core/backup/snapshot';
import { returnsRepo } from './returnsRepo';
import { scanReturnsRepo } from './scanReturnsRepo';
import { textImagesRepo } from './textImagesRepo';

/** A small PNG-like byte run, different for each area so a swap would show. */
const png = (seed: number) =>
  new Blob([new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, seed, seed + 1, 255, 0, seed * 3])], {
    type: 'image/png',
  });
const bytes = async (b: Blob) => [...new Uint8Array(await b.arrayBuffer())];
const where = { batchStartedAt: '2026-12-06T09:30:00.000Z', fileName: 'stack.pdf' };

async function savedScan(copyNumber: number) {
  const { member } = await evaluationRegistry();
  const q = await printedQuestionnaire([member.id], 10);
  const outcome = await scanReturnsRepo.saveReturn({
    questionnaireId: q.id,
    version: 1,
    copyNumber,
    answers: [{ itemId: 's', choiceIds: ['2'] }],
    textImages: [
      { ...where, itemId: 'opinion', pageNo: 2, fileIndex: 4, png: png(1) },
      { ...where, itemId: 'other', pageNo: 3, fileIndex: 5, png: png(7) },
    ],
    isAnonymous: true,
  });
  expect(outcome).toEqual({ status: 'saved' });
  return (await returnsRepo.byCopy(q.id, copyNumber))!;
}

describe('free-text answers of scanned returns kept as images', () => {
  it('keeps a saved scanned return’s areas as images with its 份号, page and file, and audits them', async () => {
    const db = freshDb();
    const ret = await savedScan(4);
    const images = await textImagesRepo.forReturn(ret.id);
    expect(images.map(({ blob: _b, id: _i, ...rest }) => rest)).toEqual(
      [
        { ...where, returnId: ret.id, questionnaireId: ret.questionnaireId, copyNumber: 4, itemId: 'opinion' },
        { ...where, returnId: ret.id, questionnaireId: ret.questionnaireId, copyNumber: 4, itemId: 'other' },
      ].map((r, i) => ({ ...r, pageNo: 2 + i, fileIndex: 4 + i, isSample: 0 })),
    );
    expect(await bytes(images[0].blob)).toEqual(await bytes(png(1)));
    expect(await bytes(images[1].blob)).toEqual(await bytes(png(7)));
    const entry = await db.audit.where('entity').equals('returnTextImages').first();
    expect(entry).toMatchObject({ entityId: ret.id, action: 'create', count: 2 });
    expect(JSON.stringify(entry)).not.toContain('"blob"');
  });

  it('keeps no image when the return is refused (its 份号 entered already)', async () => {
    const db = freshDb();
    const ret = await savedScan(5);
    const again = await scanReturnsRepo.saveReturn({
      questionnaireId: ret.questionnaireId,
      version: 1,
      copyNumber: 5,
      answers: [],
      textImages: [{ ...where, itemId: 'opinion', pageNo: 2, fileIndex: 9, png: png(9) }],
      isAnonymous: true,
    });
    expect(again).toEqual({ status: 'refused', reason: 'copy-already-entered' });
    expect(await db.returnTextImages.count()).toBe(2);
  });

  it('gives the images back byte-equal after a backup, a wipe and a restore', async () => {
    const db = freshDb();
    const ret = await savedScan(6);
    const { bytes: snapshot, manifest } = await exportSnapshot(db);
    expect(manifest.counts.returnTextImages).toBe(2);
    await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
    expect(await db.returnTextImages.count()).toBe(0);
    await restoreSnapshot(db, snapshot, TEST_RESTORE);
    const images = await textImagesRepo.forReturn(ret.id);
    expect(images.map((i) => i.itemId)).toEqual(['opinion', 'other']);
    expect(images[0].blob.type).toBe('image/png');
    expect(await bytes(images[0].blob)).toEqual(await bytes(png(1)));
    expect(await bytes(images[1].blob)).toEqual(await bytes(png(7)));
  });
});
