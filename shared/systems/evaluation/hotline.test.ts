import { describe, expect, it } from 'vitest';
import { type AppError } from '../../core/errors';
import {
  answer,
  assertCallbacksKept,
  callBack,
  closeLoop,
  forward,
  newLoop,
  openLoopKey,
  type HotlineLoop,
} from './hotline';
import { ratedCellsOfRecord } from './record';

const reason = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as AppError).params.reason;
  }
  return null;
};

const forwarded = () => forward(newLoop(), { on: '2026-03-02', unitId: 'hrb', note: '请核实补贴发放', by: '王芳' });

describe('the hotline’s closed loop (12345)', () => {
  it('forwards an entry to a unit, takes its answer, and closes on a satisfied call-back', () => {
    let loop = forwarded();
    loop = answer(loop, { on: '2026-03-06', text: '已补发', by: '王芳' });
    expect(loop.status).toBe('answered');
    expect(loop.answers[0].unitId).toBe('hrb');
    loop = callBack(loop, { on: '2026-03-09', by: '李娜', grade: 1, opinion: '办得快' });
    expect(loop.status).toBe('closed');
    expect(loop.closure).toMatchObject({ how: 'satisfied', on: '2026-03-09' });
    expect(loop.callbacks).toEqual([
      { on: '2026-03-09', by: '李娜', grade: 1, opinion: '办得快', isSatisfied: true, round: 1 },
    ]);
  });

  it('reopens the entry for the same unit on an unsatisfied call-back, and a new call-back follows in its own round', () => {
    let loop = answer(forwarded(), { on: '2026-03-06', text: '正在研究', by: '王芳' });
    loop = callBack(loop, { on: '2026-03-09', by: '李娜', grade: 3, opinion: '没有解决' });
    expect([loop.status, loop.round]).toEqual(['forwarded', 2]);
    expect(loop.forwards[1]).toMatchObject({ unitId: 'hrb', round: 2, note: '没有解决' });
    loop = answer(loop, { on: '2026-03-13', text: '已补发到位', by: '王芳' });
    loop = callBack(loop, { on: '2026-03-16', by: '李娜', grade: 0, opinion: '' });
    expect(loop.status).toBe('closed');
    expect(loop.callbacks.map((c) => [c.round, c.isSatisfied])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('lets the office answer a question itself, and calls back on its answer', () => {
    let loop = answer(newLoop(), { on: '2026-03-02', text: '政策口径已解释', by: '王芳' });
    expect(loop.answers[0].unitId).toBeNull();
    loop = callBack(loop, { on: '2026-03-03', by: '王芳', grade: 4, opinion: '不认可' });
    expect(loop.status).toBe('logged');
  });

  it('refuses a call-back before an answer, and any step once closed', () => {
    expect(reason(() => callBack(forwarded(), { on: '2026-03-03', by: '王芳', grade: 0, opinion: '' }))).toBe(
      'evaluation.refusals.noAnswerYet',
    );
    const closed = closeLoop(forwarded(), { on: '2026-03-04', by: '王芳', reason: '来电人撤回诉求' });
    expect(closed.closure).toMatchObject({ how: 'office', reason: '来电人撤回诉求' });
    expect(reason(() => answer(closed, { on: '2026-03-05', text: 'x', by: '王芳' }))).toBe(
      'evaluation.refusals.loopClosed',
    );
    expect(reason(() => closeLoop(forwarded(), { on: '2026-03-04', by: '王芳', reason: ' ' }))).toBe(
      'evaluation.refusals.closeReasonRequired',
    );
  });

  it('locks every call-back once recorded: a write that changes or drops one is refused', () => {
    const loop = callBack(answer(forwarded(), { on: '2026-03-06', text: 'x', by: 'a' }), {
      on: '2026-03-09',
      by: 'b',
      grade: 3,
      opinion: '不满意',
    });
    const edited: HotlineLoop = { ...loop, callbacks: [{ ...loop.callbacks[0], grade: 0, isSatisfied: true }] };
    expect(reason(() => assertCallbacksKept(loop, edited))).toBe('evaluation.refusals.callbackLocked');
    expect(reason(() => assertCallbacksKept(loop, { ...loop, callbacks: [] }))).toBe(
      'evaluation.refusals.callbackLocked',
    );
    expect(() =>
      assertCallbacksKept(
        loop,
        callBack(answer(loop, { on: '2026-03-10', text: 'y', by: 'a' }), {
          on: '2026-03-11',
          by: 'b',
          grade: 0,
          opinion: '',
        }),
      ),
    ).not.toThrow();
  });

  it('counts each call-back’s rating for the entry’s units and content items on the call-back’s day', () => {
    let loop = answer(forwarded(), { on: '2026-03-06', text: 'x', by: 'a' });
    loop = callBack(loop, { on: '2026-03-31', by: 'b', grade: 3, opinion: '' });
    loop = answer(loop, { on: '2026-04-02', text: 'y', by: 'a' });
    loop = callBack(loop, { on: '2026-04-03', by: 'b', grade: 1, opinion: '' });
    const cells = ratedCellsOfRecord({
      on: '2026-03-02',
      ratings: [],
      unitIds: ['hrb'],
      contentIds: ['performance'],
      loop,
    });
    expect(cells.map((c) => [c.on, c.unitId, c.contentId, c.grade])).toEqual([
      ['2026-03-31', 'hrb', 'performance', 3],
      ['2026-04-03', 'hrb', 'performance', 1],
    ]);
  });

  it('keeps an entry in the awaiting lists while its loop is open, by status', () => {
    expect(openLoopKey(forwarded(), '2026-03-02', 'e1')).toBe('forwarded|2026-03-02|e1');
    expect(
      openLoopKey(closeLoop(forwarded(), { on: '2026-03-02', by: 'a', reason: 'r' }), '2026-03-02', 'e1'),
    ).toBeUndefined();
  });
});
