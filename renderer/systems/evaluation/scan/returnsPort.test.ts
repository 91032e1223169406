import { describe, expect, it } from 'vitest';
import { layoutPaperForm } from '../../../../shared/systems/evaluation/paperForm/layoutForm';
import { copyKey } from '../../../../shared/systems/evaluation/paperForm/review';
import type { ScannedCopy } from '../../../../shared/systems/evaluation/paperForm/scanReturns';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import { saveReviewedCopies, type PaperReturn, type ScanReturnsPort } from './returnsPort';

const layout = layoutPaperForm(SAMPLE_FORM);
const copy = (copyNumber: number, problems: ScannedCopy<number>['problems'] = []): ScannedCopy<number> => ({
  questionnaireId: layout.questionnaireId,
  version: layout.version,
  copyNumber,
  pages: { 1: 0, 2: 1, 3: 2 },
  answers: { g1: ['fair'] },
  problems,
});

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
    const result = await saveReviewedCopies(port, [copy(1), copy(2), doubtful], {}, [], () => layout, []);
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
    const first = await saveReviewedCopies(port, [copy(1)], {}, [], () => layout, []);
    const again = await saveReviewedCopies(port, [copy(1)], {}, [], () => layout, first.saved);
    expect(again).toEqual({ saved: [], refused: [], notReviewed: [], failed: [] });
    expect(port.saved).toHaveLength(1);
  });
});
