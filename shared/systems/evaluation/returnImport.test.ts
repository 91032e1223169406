import { describe, expect, it } from 'vitest';
import { mapColumns, planReturnImport, slotHeader } from './returnImport';
import { FIVE_GRADE_SCALE } from './scale';
import { slotsOf } from './slots';
import { aQuestionnaire, aVersion } from './testQuestionnaire';

const slots = slotsOf(aVersion());
const headers = ['份号', '回收日期', '意见建议', ...slots.map((s) => slotHeader(s, `第${s.no}项`))];
const questionnaire = aQuestionnaire({
  printRuns: [
    { version: 1, fromCopy: 1, toCopy: 100, on: '2026-03-01', by: '王芳' },
    { version: 2, fromCopy: 101, toCopy: 150, on: '2026-06-01', by: '王芳' },
  ],
});
const ctx = {
  version: 1,
  questionnaire,
  slots,
  gradeLabels: FIVE_GRADE_SCALE.grades.map((g) => g.label),
  entered: new Set([7]),
};
const row = (cells: Record<string, string>) => ({ 份号: '1', 回收日期: '2026-03-05', ...cells });

describe('returns imported from the template', () => {
  it('maps slot columns by their number whatever they are called, and shows what it ignores', () => {
    const mapping = mapColumns(['份号', '2. 市财政局·政策', '回收日期', '备注', '99. 多余'], slots);
    expect(mapping.fixed).toEqual({ copyNumber: '份号', receivedOn: '回收日期' });
    expect(mapping.slots).toEqual({ 'm/u1/policy': '2. 市财政局·政策' });
    expect(mapping.ignored).toEqual(['备注', '99. 多余']);
  });

  it('reads digits or the grade’s words, option digits or words, and several choices', () => {
    const mapping = mapColumns(headers, slots);
    const plan = planReturnImport(
      [row({ '1. 第1项': '1', '2. 第2项': '不满意', '14. 第14项': '企业', '15. 第15项': '1、4', '16. 第16项': '好' })],
      mapping,
      ctx,
    );
    expect(plan.bad).toEqual([]);
    expect(plan.good[0]).toEqual({
      row: 2,
      copyNumber: 1,
      receivedOn: '2026-03-05',
      opinion: '',
      answers: { a: 0, 'm/u1/policy': 3, s: 2, k: [0, 3], t: '好' },
    });
  });

  it('names every bad row: copies never printed, printed from another version, entered before or twice, values off the form', () => {
    const plan = planReturnImport(
      [
        row({ 份号: '500' }),
        row({ 份号: '120' }),
        row({ 份号: '7' }),
        row({ 份号: '8' }),
        row({ 份号: '8' }),
        row({ 份号: '9', '1. 第1项': '6' }),
        row({ 份号: '10', 回收日期: '2026-02-30' }),
      ],
      mapColumns(headers, slots),
      ctx,
    );
    expect(plan.bad.map((b) => [b.row, b.rule])).toEqual([
      [2, 'copy-not-printed'],
      [3, 'copy-other-version'],
      [4, 'copy-entered'],
      [6, 'copy-twice'],
      [7, 'grade-off-scale'],
      [8, 'invalid_format'],
    ]);
    expect(plan.good.map((g) => g.copyNumber)).toEqual([8]);
  });
});
