import { describe, expect, it } from 'vitest';
import { SAMPLE_FORM } from '../../../../tests/support/scan/sampleForm';
import { layoutPaperForm } from './layoutForm';
import { emptyReview, isValidDecision, openProblems, reviewedAnswers } from './review';
import type { ScannedCopy } from './scanReturns';

const layout = layoutPaperForm(SAMPLE_FORM);
const copy: ScannedCopy<string> = {
  questionnaireId: layout.questionnaireId,
  version: 2,
  copyNumber: 12,
  pages: { 1: 'a', 2: 'b' },
  answers: { g1: ['satisfied'], s1: ['school', 'hospital'], s2: [] },
  problems: [
    { kind: 'tooMany', groupId: 's1', pageNo: 2, boxIds: ['s1#school', 's1#hospital'] },
    { kind: 'doubtful', groupId: 's2', pageNo: 2, boxIds: ['s2#lt1'] },
    { kind: 'missingPage', pageNo: 3 },
  ],
};

describe('reviewing a scanned copy', () => {
  it('saves nothing until every doubtful box, double tick and missing page is settled', () => {
    const review = emptyReview();
    expect(reviewedAnswers(copy, review, layout)).toBeNull();
    review.answers.s1 = ['hospital'];
    review.answers.s2 = [];
    expect(openProblems(copy, review)).toEqual([{ kind: 'missingPage', pageNo: 3 }]);
    expect(reviewedAnswers(copy, review, layout)).toBeNull();
    review.acceptedMissingPages.push(3);
    const answers = reviewedAnswers(copy, review, layout)!;
    expect(answers.find((a) => a.itemId === 'g1')?.choiceIds).toEqual(['satisfied']);
    expect(answers.find((a) => a.itemId === 's1')?.choiceIds).toEqual(['hospital']);
    expect(answers.find((a) => a.itemId === 't1')).toBeUndefined();
    expect(answers.find((a) => a.unitId === 'u2' && a.contentId === 'c1')?.choiceIds).toEqual([]);
  });

  it('refuses a decision with two choices on a single choice or past 最多选N项', () => {
    const single = layout.groups.find((g) => g.id === 's1')!;
    const multiple = layout.groups.find((g) => g.id === 'p1')!;
    const options = ['hotline', 'box', 'talk', 'visit', 'phone', 'event'];
    expect(isValidDecision(single, ['school'], ['school', 'hospital'])).toBe(true);
    expect(isValidDecision(single, ['school', 'hospital'], ['school', 'hospital'])).toBe(false);
    expect(isValidDecision(multiple, ['hotline', 'box', 'talk'], options)).toBe(true);
    expect(isValidDecision(multiple, ['hotline', 'box', 'talk', 'visit'], options)).toBe(false);
    expect(isValidDecision(multiple, ['nowhere'], options)).toBe(false);
  });
});
