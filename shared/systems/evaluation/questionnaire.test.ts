import { describe, expect, it } from 'vitest';
import {
  nextCopyNumber,
  pendingKeyOf,
  questionnaireDesignSchema,
  versionForEdit,
  versionOfCopy,
} from './questionnaire';
import { ratedCellsOfReturn } from './returns';
import { answerProblem, slotsOf } from './slots';
import { aQuestionnaire, aVersion } from './testQuestionnaire';

describe('questionnaire design', () => {
  it('lays out a grade item per content item, a matrix of units × items, choices and free text as numbered slots', () => {
    const slots = slotsOf(aVersion());
    expect(slots.map((s) => s.kind)).toEqual(['grade', ...Array(12).fill('grade'), 'single', 'multiple', 'text']);
    expect(slots[1]).toMatchObject({ no: 2, key: 'm/u1/policy', unitId: 'u1', contentId: 'policy' });
    expect(slots[12]).toMatchObject({ no: 13, key: 'm/u4/other' });
  });

  it('checks every answer against its slot: grades on the scale, known options, a limit on choices', () => {
    const [grade, , , , , , , , , , , , , single, multiple, text] = slotsOf(aVersion());
    expect(answerProblem(grade, 4, 5)).toBeNull();
    expect(answerProblem(grade, 5, 5)).toBe('grade-off-scale');
    expect(answerProblem(single, 3, 5)).toBe('option-unknown');
    expect(answerProblem(multiple, [0, 2, 3], 5)).toBe('too-many-choices');
    expect(answerProblem(multiple, [1, 1], 5)).toBe('option-twice');
    expect(answerProblem(text, '多组织些沙龙', 5)).toBeNull();
  });

  it('refuses a multiple choice that allows more choices than it offers', () => {
    const design = {
      title: '问卷',
      questions: [{ id: 'k', kind: 'multiple', text: '关注', options: ['甲', '乙'], maxChoices: 3 }],
    };
    expect(questionnaireDesignSchema.safeParse(design).error?.issues[0].message).toBe(
      'evaluation.rules.more-choices-than-options',
    );
  });
});

describe('questionnaire versions', () => {
  it('edits the current version in place until a copy is printed or a return answers it, then makes the next', () => {
    expect(versionForEdit(aQuestionnaire())).toBe(1);
    expect(versionForEdit(aQuestionnaire({ frozenVersions: [1] }))).toBe(2);
    expect(versionForEdit(aQuestionnaire({ currentVersion: 2, frozenVersions: [1] }))).toBe(2);
  });

  it('knows which version each numbered copy was printed from, and never gives a copy number twice', () => {
    const q = aQuestionnaire({
      printRuns: [
        { version: 1, fromCopy: 1, toCopy: 200, on: '2026-03-01', by: '王芳' },
        { version: 2, fromCopy: 201, toCopy: 260, on: '2026-06-01', by: '王芳' },
      ],
    });
    expect([versionOfCopy(q, 200), versionOfCopy(q, 201), versionOfCopy(q, 261)]).toEqual([1, 2, undefined]);
    expect(nextCopyNumber(q)).toBe(261);
  });

  it('counts an old return by the version it answered, after the questionnaire changed', () => {
    const v1 = aVersion(1);
    const v2 = {
      ...aVersion(2),
      questions: [{ id: 'a', kind: 'grade' as const, text: '改', unitId: 'zjj', contentId: 'other' }],
    };
    const ret = { receivedOn: '2026-03-10', status: 'single' as const, answers: { a: 0, 'm/u2/other': 3 } };
    expect(ratedCellsOfReturn(ret, v1).map((c) => [c.unitId, c.contentId, c.grade])).toEqual([
      ['hrb', 'policy', 0],
      ['u2', 'other', 3],
    ]);
    expect(ratedCellsOfReturn({ ...ret, answers: { a: 1 } }, v2).map((c) => c.unitId)).toEqual(['zjj']);
  });

  it('lists a questionnaire as awaiting entry while fewer returns are entered than received', () => {
    expect(pendingKeyOf(aQuestionnaire({ received: 120, entered: 100 }))).toBe('q1');
    expect(pendingKeyOf(aQuestionnaire({ received: 100, entered: 100 }))).toBeUndefined();
  });
});
