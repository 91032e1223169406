import { describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors';
import { isComplete, pressKey, startEntry, typeText, type EntryCursor } from './keyedEntry';
import { copyKeyOf, differencesOf, firstEntryStatus, ratedCellsOfReturn, secondEntry, settle } from './returns';
import { slotsOf } from './slots';
import { aVersion } from './testQuestionnaire';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).params.reason;
  }
  return null;
};
const first = { answers: { a: 0, 'm/u1/policy': 1, s: 2 }, staffId: 's1', staffName: '王芳' };

describe('keyed entry by copy number', () => {
  const slots = slotsOf(aVersion());

  it('records a grade per digit and moves on, so a return of 40 grade items is 40 keystrokes', () => {
    const forty = Array.from({ length: 40 }, (_, i) => ({
      key: `g${i}`,
      no: i + 1,
      kind: 'grade' as const,
      questionId: `g${i}`,
      unitId: 'u1',
      contentId: 'policy',
    }));
    let cursor = startEntry();
    for (let i = 0; i < 40; i++) cursor = pressKey(forty, 5, cursor, String((i % 5) + 1));
    expect(isComplete(forty, cursor)).toBe(true);
    expect(Object.keys(cursor.answers)).toHaveLength(40);
    expect(cursor.answers.g0).toBe(0);
    expect(cursor.answers.g4).toBe(4);
  });

  it('leaves a grade blank with 0 or the space bar, ignores a digit off the scale, and goes back with Backspace', () => {
    let cursor = pressKey(slots, 5, startEntry(), '7');
    expect(cursor.index).toBe(0);
    cursor = pressKey(slots, 5, cursor, '0');
    cursor = pressKey(slots, 5, cursor, ' ');
    expect([cursor.index, Object.keys(cursor.answers)]).toEqual([2, []]);
    cursor = pressKey(slots, 5, cursor, 'Backspace');
    cursor = pressKey(slots, 5, cursor, '4');
    expect(cursor.answers['m/u1/policy']).toBe(3);
  });

  it('toggles a multiple choice with digits up to its limit and moves on with Enter; text ends with Enter', () => {
    let cursor: EntryCursor = { index: 14, answers: {} };
    for (const key of ['1', '3', '4', '1', '4', 'Enter']) cursor = pressKey(slots, 5, cursor, key);
    expect(cursor).toEqual({ index: 15, answers: { k: [2, 3] } });
    cursor = typeText(slots, cursor, '希望多办沙龙');
    cursor = pressKey(slots, 5, cursor, 'Enter');
    expect(isComplete(slots, cursor)).toBe(true);
    expect(cursor.answers.t).toBe('希望多办沙龙');
  });
});

describe('double entry', () => {
  it('counts a return keyed once at once, or waits for the second pass when the questionnaire asks for two', () => {
    expect(firstEntryStatus(false)).toBe('single');
    expect(firstEntryStatus(true)).toBe('awaitingSecond');
    expect(
      ratedCellsOfReturn({ receivedOn: '2026-03-01', status: 'awaitingSecond', answers: first.answers }, aVersion()),
    ).toEqual([]);
  });

  it('counts matching passes at once and lists the slots where two people keyed differently', () => {
    const same = secondEntry({ status: 'awaitingSecond', first }, { ...first, staffId: 's2', staffName: '李娜' });
    expect(same.status).toBe('matched');
    const other = secondEntry(
      { status: 'awaitingSecond', first },
      { answers: { a: 0, 'm/u1/policy': 2 }, staffId: 's2', staffName: '李娜' },
    );
    expect(other).toMatchObject({ status: 'differs', differences: ['m/u1/policy', 's'] });
    expect(differencesOf({ k: [1, 0] }, { k: [0, 1] })).toEqual([]);
  });

  it('refuses a second pass by the person who keyed the first', () => {
    expect(reason(() => secondEntry({ status: 'awaitingSecond', first }, first))).toBe(
      'evaluation.refusals.secondEntrySamePerson',
    );
  });

  it('settles each difference against the paper, and refuses to settle while one is left open', () => {
    const differs = { status: 'differs' as const, first, differences: ['m/u1/policy', 's'] };
    expect(reason(() => settle(differs, { 'm/u1/policy': 2 }))).toBe('evaluation.refusals.differencesUnsettled');
    const settled = settle(differs, { 'm/u1/policy': 2, s: null });
    expect(settled).toEqual({ status: 'settled', differences: [], answers: { a: 0, 'm/u1/policy': 2 } });
  });

  it('keys copies so that one copy number is entered once per questionnaire', () => {
    expect(copyKeyOf('q1', 42)).toBe('q1|000042');
  });
});
