import { localDate } from '../../../../shared/core/common/localDate';
import { AppError } from '../../../../shared/core/errors';
import {
  answer,
  assertCallbacksKept,
  callBack,
  closeLoop,
  forward,
  isLoopChannel,
  ratedCellsOfRecord,
  refuse,
  type EvaluationRecord,
  type HotlineLoop,
  type LoopStatus,
} from '../../../../shared/systems/evaluation';
import type { AuditAction } from '../../../../shared/core/audit/audit';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { withRecordKeys } from './recordsRepo';
import { evaluationTables } from './schema';
import { applyTalliesInTransaction } from './tallyWrite';

const day = (on: string | undefined, now: Date) => on ?? localDate(now);

/** One step of an entry's loop: the record and its results change together, audited. */
async function step(
  id: string,
  action: AuditAction,
  change: (loop: HotlineLoop, record: EvaluationRecord, by: string) => HotlineLoop | Promise<HotlineLoop>,
): Promise<EvaluationRecord> {
  const by = requireSession().displayName;
  const t = evaluationTables();
  const db = getDb();
  return writeWithAudit([t.records, t.tallies, db.units], async (audit) => {
    const record = await t.records.get(id);
    if (!record) throw new AppError('not-found', { id });
    if (!isLoopChannel(record.channel) || !record.loop) throw new AppError('wrong-state', { rule: 'not-a-loop' });
    const loop = await change(record.loop, record, by);
    assertCallbacksKept(record.loop, loop);
    const next = withRecordKeys({ ...record, loop });
    await t.records.put(next);
    await applyTalliesInTransaction(ratedCellsOfRecord(record), ratedCellsOfRecord(next));
    await audit('evaluationRecords', id, action, { loop: record.loop }, { loop });
    return next;
  });
}

/** The hotline's and the box's closed loop (S4-4.1), as the office works it. */
export const hotlineRepo = {
  /** 转办 to a unit (it joins the units concerned). */
  forward: (id: string, v: { unitId: string; note: string; on?: string }, now = new Date()) =>
    step(id, 'forward', async (loop, record, by) => {
      if (!(await getDb().units.get(v.unitId)))
        throw new AppError('validation', { field: 'unitId', rule: 'unknown-unit' });
      if (!record.unitIds.includes(v.unitId)) record.unitIds = [...record.unitIds, v.unitId];
      return forward(loop, { on: day(v.on, now), unitId: v.unitId, note: v.note.trim(), by });
    }),

  /** 答复: the unit's answer as it reached the office, or the office's own. */
  answer: (id: string, v: { text: string; on?: string }, now = new Date()) => {
    if (!v.text.trim()) throw new AppError('validation', { field: 'evaluation.fields.text', rule: 'required' });
    return step(id, 'answer', (loop, _r, by) => answer(loop, { on: day(v.on, now), text: v.text.trim(), by }));
  },

  /** 回访: recorded once and locked; satisfied closes, otherwise the entry reopens. */
  callBack: (id: string, v: { grade: number; opinion: string; on?: string }, now = new Date()) =>
    step(id, 'callback', (loop, record, by) => {
      if (!record.talentId && !record.contact.trim()) throw refuse('noContactForCallback');
      if (!Number.isInteger(v.grade) || v.grade < 0 || v.grade > 4)
        throw new AppError('validation', {
          field: 'evaluation.fields.grade',
          rule: 'evaluation.rules.grade-off-scale',
        });
      return callBack(loop, { on: day(v.on, now), by, grade: v.grade, opinion: v.opinion.trim() });
    }),

  /** 办结 by the office, with its reason. */
  close: (id: string, v: { reason: string; on?: string }, now = new Date()) =>
    step(id, 'close', (loop, _r, by) => closeLoop(loop, { on: day(v.on, now), by, reason: v.reason })),

  /** Entries whose loop is open in a status, oldest first (待转办, 待答复, 待回访). */
  listOpen: (status: Exclude<LoopStatus, 'closed'>): Promise<EvaluationRecord[]> =>
    read(() => evaluationTables().records.where('openLoopKey').startsWith(`${status}|`).toArray()),

  countOpen: (status: Exclude<LoopStatus, 'closed'>): Promise<number> =>
    read(() => evaluationTables().records.where('openLoopKey').startsWith(`${status}|`).count()),
};
