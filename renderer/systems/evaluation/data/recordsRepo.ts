import { newId } from '../../../../shared/core/common/ids';
import { AppError } from '../../../../shared/core/errors';
import {
  cellKeysOf,
  isContentId,
  isLoopChannel,
  newLoop,
  openLoopKey,
  ratedCellsOfRecord,
  recordInputSchema,
  type EvaluationRecord,
  type RecordChannel,
  type RecordInput,
} from '../../../../shared/systems/evaluation';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { parseInput } from '../../../core/data/validation';
import { read, writeWithAudit } from '../../../core/data/write';
import { evaluationSettingsRepo } from './evaluationSettingsRepo';
import { evaluationTables } from './schema';
import { applyTalliesInTransaction } from './tallyWrite';

/** The record with its index keys as every write stores them (cellKeys, openLoopKey). */
export function withRecordKeys(record: EvaluationRecord): EvaluationRecord {
  const { openLoopKey: _stale, ...rest } = record;
  const key = openLoopKey(record.loop, record.on, record.id);
  const next: EvaluationRecord = { ...rest, cellKeys: cellKeysOf(ratedCellsOfRecord(record)) };
  if (key) next.openLoopKey = key;
  return next;
}

/** Refuses units, talents and content items the registry and Settings do not have. */
export async function requireReferences(
  v: Pick<EvaluationRecord, 'unitIds' | 'ratings' | 'talentId' | 'attendeeIds' | 'contentIds'>,
) {
  const db = getDb();
  const unitIds = [...new Set([...v.unitIds, ...v.ratings.map((r) => r.unitId)])];
  if ((await db.units.bulkGet(unitIds)).some((u) => !u))
    throw new AppError('validation', { field: 'unitIds', rule: 'unknown-unit' });
  const people = [...new Set([...(v.talentId ? [v.talentId] : []), ...v.attendeeIds])];
  if ((await db.people.bulkGet(people)).some((p) => !p))
    throw new AppError('validation', { field: 'talentId', rule: 'evaluation.rules.unknown-person' });
  const subItems = await evaluationSettingsRepo.subItems();
  const contentIds = [...v.contentIds, ...v.ratings.map((r) => r.contentId)];
  if (contentIds.some((c) => !isContentId(c, subItems)))
    throw new AppError('validation', {
      field: 'evaluation.fields.contentIds',
      rule: 'evaluation.rules.unknown-content',
    });
}

/** Records of the six channels (the questionnaire's returns have their own repository). */
export const recordsRepo = {
  /** Logs a record; a hotline or box entry starts its closed loop. Counted in the results at once. */
  async create(input: RecordInput): Promise<EvaluationRecord> {
    const v = parseInput(recordInputSchema, input, 'evaluation.fields');
    const session = requireSession();
    const t = evaluationTables();
    const db = getDb();
    return writeWithAudit([t.records, t.tallies, db.units, db.people, db.settings], async (audit) => {
      await requireReferences(v);
      const ratedUnits = v.ratings.map((r) => r.unitId);
      const record = withRecordKeys({
        id: newId(),
        ...v,
        unitIds: [...new Set([...v.unitIds, ...ratedUnits])],
        eventKind: v.eventKind,
        loop: isLoopChannel(v.channel) ? newLoop() : undefined,
        cellKeys: [],
        createdBy: session.displayName,
        isSample: 0,
      });
      if (!record.loop) delete record.loop;
      if (!record.eventKind) delete record.eventKind;
      await t.records.add(record);
      await applyTalliesInTransaction([], ratedCellsOfRecord(record));
      await audit('evaluationRecords', record.id, 'create', null, record);
      return record;
    });
  },

  get: (id: string) => read(() => evaluationTables().records.get(id)),

  /** A channel's records of one year, newest first (hundreds a year, not thousands). */
  listByChannel(channel: RecordChannel, year: number): Promise<EvaluationRecord[]> {
    return read(() =>
      evaluationTables()
        .records.where('[channel+on]')
        .between([channel, `${year}-01-01`], [channel, `${year}-12-31`], true, true)
        .reverse()
        .toArray(),
    );
  },
};
