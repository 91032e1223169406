import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../../core/calendar';
import { matrixOf, recountRows } from './aggregate';
import type { RatedCell } from './rating';
import { rectificationDeadline, rectificationMatter } from './rectification';
import { FIVE_GRADE_SCALE } from './scale';
import { DEFAULT_THRESHOLDS, flagProblems, flagReasons } from './thresholds';
import { addRating, emptyTally } from './tally';

const ratings = (unitId: string, contentId: string, grades: number[], on = '2026-08-10'): RatedCell[] =>
  grades.map((grade) => ({ on, unitId, contentId, scale: FIVE_GRADE_SCALE, grade }));
const tally = (grades: number[]) => {
  const t = emptyTally();
  for (const g of grades) addRating(t, FIVE_GRADE_SCALE, g);
  return t;
};

describe('flagging prominent problems', () => {
  it('flags a score under the line only once enough talents have rated, and a count of 不满意 however few rated', () => {
    expect(flagReasons(tally([3, 3, 2, 2]), DEFAULT_THRESHOLDS)).toEqual([]); // 4 ratings, 2 dissatisfied
    expect(flagReasons(tally([3, 3, 2, 2, 2]), DEFAULT_THRESHOLDS)).toEqual(['lowScore']); // 52.0 < 70
    expect(flagReasons(tally([4, 4, 4]), DEFAULT_THRESHOLDS)).toEqual(['dissatisfied']);
    expect(flagReasons(tally([0, 0, 0, 0, 1]), DEFAULT_THRESHOLDS)).toEqual([]);
  });

  it('flags a unit over all its content and on the item that drags it down, worst first, in the period asked', () => {
    const rows = [
      ...recountRows([
        ...ratings('weak', 'performance', [3, 3, 4, 2, 3]),
        ...ratings('weak', 'policy', [0, 1]),
        ...ratings('good', 'policy', [0, 0, 1, 1, 0]),
        ...ratings('late', 'policy', [4, 4, 4], '2026-11-02'),
      ]).values(),
    ];
    const flags = flagProblems(
      matrixOf(rows, { granularity: 'quarter', level: 'item' }),
      '2026-Q3',
      DEFAULT_THRESHOLDS,
    );
    expect(flags.map((f) => [f.unitId, f.contentId, f.reasons])).toEqual([
      ['weak', 'performance', ['lowScore', 'dissatisfied']],
      ['weak', null, ['lowScore', 'dissatisfied']],
    ]);
  });
});

describe('限期整改', () => {
  it('gives 15 working days on the official calendar by default, and names a year it had to guess', () => {
    expect(DEFAULT_THRESHOLDS.rectificationWorkingDays).toBe(15);
    expect(rectificationDeadline(workingCalendar(), '2026-09-28', 15)).toEqual({
      dueOn: '2026-10-23',
      assumedYears: [],
    });
    expect(rectificationDeadline(workingCalendar(), '2026-12-21', 15).assumedYears).toEqual([2027]);
  });

  it('words the supervision item within the 督办通知单’s limits', () => {
    const { matter, requirement } = rectificationMatter(
      { period: '2026-Q3', scoreTenths: 528, dissatisfied: 4 },
      '服务态度',
    );
    expect(matter).toBe('整改2026年第三季度服务对象评价服务态度方面反映的突出问题（综合得分52.8分）');
    expect(matter.length).toBeLessThanOrEqual(60);
    expect(requirement.length).toBeLessThanOrEqual(130);
  });
});
