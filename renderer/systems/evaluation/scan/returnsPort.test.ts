import { describe, expect, it } from 'vitest';
import { layoutPaperForm } from '../../../../shared/systems/evaluation/paperForm/layoutForm';
import { copyKey } from '../../../../shared/systems/evaluation/paperForm/review';
import type { ScannedCopy } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import { saveReviewedCopies, type PaperReturn, type ScanReturnsPort } from './returnsPort';
import type { ScannedPage } from './scanTypes';

const layout = layoutPaperForm(SAMPLE_FORM);
const copy = (copyNumber: number, problems: ScannedCopy<number>['problems'] = []): ScannedCopy<number> => ({
  questionnaireId: layout.questionnaireId,
  version: layout.version,
  copyNumber,
  pages: { 1: 0, 2: 1, 3: 2 },
  answers: { g1: ['fair'] },
  problems,
});

const NO_PAGES = { pages: [], startedAt: '2026-12-06T10:00:00.000Z' };

/** System 4 as the port sees it: a set of 份号 already entered. */
function fakeSystem4(entered: number[]): ScanReturnsPort & { saved: PaperReturn[] } {
  const saved: PaperReturn[] = [];
  return {
    saved,
    printedLayouts: async () => [layout],
    saveReturn: async (r) => {
      if (entered.includes(r.copyNumber)) return { status: 'refused', reason: 'copy-already-entered' };
      entered.push(r.copyNumber);
      saved.push(r);
      return { status: 'saved' };
    },
  };
}

describe('saving scanned returns', () => {
  it('saves reviewed copies with their version and 份号, anonymous, and refuses a 份号 already entered', async () => {
    const port = fakeSystem4([2]);
    const doubtful = copy(3, [{ kind: 'doubtful', groupId: 's1', pageNo: 2, boxIds: ['s1#school'] }]);
    const result = await saveReviewedCopies(port, [copy(1), copy(2), doubtful], {}, NO_PAGES, () => layout, []);
    expect(result).toEqual({
      saved: [copyKey(copy(1))],
      refused: [copyKey(copy(2))],
      notReviewed: [copyKey(doubtful)],
      failed: [],
    });
    expect(port.saved).toHaveLength(1);
    expect(port.saved[0]).toMatchObject({
      questionnaireId: 'q-2026-salon',
      version: 2,
      copyNumber: 1,
      isAnonymous: true,
    });
    expect(port.saved[0].answers.find((a) => a.itemId === 'g1')?.choiceIds).toEqual(['fair']);
  });

  it('never saves a copy twice when saving is run again after a crash', async () => {
    const port = fakeSystem4([]);
    const first = await saveReviewedCopies(port, [copy(1)], {}, NO_PAGES, () => layout, []);
    const again = await saveReviewedCopies(port, [copy(1)], {}, NO_PAGES, () => layout, first.saved);
    expect(again).toEqual({ saved: [], refused: [], notReviewed: [], failed: [] });
    expect(port.saved).toHaveLength(1);
  });
});

describe('free-text crops handed to System 4', () => {
  it('gives each crop of a copy with its page number and the file and page it was scanned from', async () => {
    const crop = (itemId: string) => ({ itemId, png: new Blob([itemId], { type: 'image/png' }) });
    const page = (fileName: string, index: number, crops: ReturnType<typeof crop>[]) =>
      ({ source: { fileName, index }, crops }) as unknown as ScannedPage;
    const stack = {
      pages: [page('a.pdf', 0, []), page('b.png', 0, [crop('t2')]), page('a.pdf', 7, [crop('t1')])],
      startedAt: '2026-12-06T10:00:00.000Z',
    };
    const port = fakeSystem4([]);
    await saveReviewedCopies(port, [{ ...copy(1), pages: { 3: 1, 2: 2, 1: 0 } }], {}, stack, () => layout, []);
    expect(port.saved[0].textImages.map(({ png: _p, ...where }) => where)).toEqual([
      { itemId: 't1', pageNo: 2, fileName: 'a.pdf', fileIndex: 7, batchStartedAt: stack.startedAt },
      { itemId: 't2', pageNo: 3, fileName: 'b.png', fileIndex: 0, batchStartedAt: stack.startedAt },
    ]);
    expect(await port.saved[0].textImages[0].png.text()).toBe('t1');
  });
});
