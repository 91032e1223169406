import type { LocalDate } from '../../core/common/localDate';
import { refuse } from './refusals';
import { isSatisfied, FIVE_GRADE_SCALE } from './scale';

/**
 * The hotline's and the box's closed loop (S4-4.1, done the 12345 way): an entry is logged;
 * forwarded to a unit when it needs action; answered (by the unit, or by the office itself for a
 * question it can answer); then the talent is called back (回访) and rates the handling. A
 * call-back is recorded once and locked. A satisfied call-back closes the entry; an unsatisfied
 * one reopens it for the unit to act again, and a new call-back follows, each its own locked
 * record. The office may also close an entry with a reason (no contact left, withdrawn, …).
 */
export const LOOP_STATUSES = ['logged', 'forwarded', 'answered', 'closed'] as const;
// logged 已登记 · forwarded 已转办 · answered 已答复（待回访）· closed 已办结
export type LoopStatus = (typeof LOOP_STATUSES)[number];

export interface LoopForward {
  on: LocalDate;
  unitId: string;
  /** 转办要求 */
  note: string;
  by: string;
  round: number;
}

export interface LoopAnswer {
  on: LocalDate;
  /** The unit that answered, or null: the office answered itself. */
  unitId: string | null;
  text: string;
  by: string;
  round: number;
}

/** 回访: locked once recorded. */
export interface LoopCallback {
  on: LocalDate;
  by: string;
  /** Five-grade rating of how the matter was handled, 0 = 非常满意. */
  grade: number;
  opinion: string;
  isSatisfied: boolean;
  round: number;
}

export interface LoopClosure {
  on: LocalDate;
  by: string;
  /** satisfied: closed by a satisfied call-back · office: closed by the office with a reason */
  how: 'satisfied' | 'office';
  reason: string;
}

export interface HotlineLoop {
  status: LoopStatus;
  /** 1 for the first handling; each unsatisfied call-back starts the next round. */
  round: number;
  forwards: LoopForward[];
  answers: LoopAnswer[];
  callbacks: LoopCallback[];
  closure?: LoopClosure;
}

export function newLoop(): HotlineLoop {
  return { status: 'logged', round: 1, forwards: [], answers: [], callbacks: [] };
}

function open(loop: HotlineLoop): HotlineLoop {
  if (loop.status === 'closed') throw refuse('loopClosed');
  return loop;
}

/** 转办: to a unit, when the entry needs action (again after an unsatisfied call-back). */
export function forward(loop: HotlineLoop, f: Omit<LoopForward, 'round'>): HotlineLoop {
  if (open(loop).status !== 'logged') throw refuse('notForwardable');
  return { ...loop, status: 'forwarded', forwards: [...loop.forwards, { ...f, round: loop.round }] };
}

/** 答复: the unit's answer to a forwarded entry, or the office's own to one it keeps. */
export function answer(loop: HotlineLoop, a: Omit<LoopAnswer, 'round' | 'unitId'>): HotlineLoop {
  const status = open(loop).status;
  if (status !== 'logged' && status !== 'forwarded') throw refuse('notAnswerable');
  const unitId = status === 'forwarded' ? loop.forwards[loop.forwards.length - 1].unitId : null;
  return { ...loop, status: 'answered', answers: [...loop.answers, { ...a, unitId, round: loop.round }] };
}

/**
 * 回访: the talent's rating of the handling, recorded once. Satisfied (基本满意 or better) closes
 * the entry; otherwise the entry goes back to the unit that handled it (or to the office's desk)
 * for the next round.
 */
export function callBack(loop: HotlineLoop, c: Omit<LoopCallback, 'round' | 'isSatisfied'>): HotlineLoop {
  if (open(loop).status !== 'answered') throw refuse('noAnswerYet');
  const satisfied = isSatisfied(FIVE_GRADE_SCALE, c.grade);
  const callbacks = [...loop.callbacks, { ...c, isSatisfied: satisfied, round: loop.round }];
  if (satisfied)
    return { ...loop, status: 'closed', callbacks, closure: { on: c.on, by: c.by, how: 'satisfied', reason: '' } };
  const lastAnswer = loop.answers[loop.answers.length - 1];
  const round = loop.round + 1;
  if (lastAnswer?.unitId) {
    // Reopened: the same unit acts again, under the same forward, in the next round.
    const again: LoopForward = { on: c.on, unitId: lastAnswer.unitId, note: c.opinion, by: c.by, round };
    return { ...loop, status: 'forwarded', round, callbacks, forwards: [...loop.forwards, again] };
  }
  return { ...loop, status: 'logged', round, callbacks };
}

/** 办结 by the office, with its reason. */
export function closeLoop(loop: HotlineLoop, c: Omit<LoopClosure, 'how'>): HotlineLoop {
  open(loop);
  if (!c.reason.trim()) throw refuse('closeReasonRequired');
  return { ...loop, status: 'closed', closure: { ...c, reason: c.reason.trim(), how: 'office' } };
}

/**
 * Refuses a write that would change or drop a call-back already recorded: they are locked, only
 * ever appended. Repositories check every loop write with it.
 */
export function assertCallbacksKept(before: HotlineLoop | undefined, after: HotlineLoop | undefined): void {
  const was = before?.callbacks ?? [];
  const now = after?.callbacks ?? [];
  if (now.length < was.length || was.some((cb, i) => JSON.stringify(cb) !== JSON.stringify(now[i])))
    throw refuse('callbackLocked');
}

/** The index value of an entry whose loop is open: what the lists and the Dashboard count. */
export function openLoopKey(loop: HotlineLoop | undefined, on: LocalDate, id: string): string | undefined {
  return loop && loop.status !== 'closed' ? `${loop.status}|${on}|${id}` : undefined;
}
