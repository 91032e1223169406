import type { Transaction } from 'dexie';

/**
 * Version 2: the whole SPEC — the four systems' records, the document register, attachments
 * (Blobs) and kept counters — plus an index on `isSample` so sample data is removable in one
 * step. Rows written by v1 get `isSample: 0` and `isActive: 1` where missing.
 */
export const V2_STORES = {
  units: 'id, [kind+sortKey], sortKey, *terms, parentId, isSample',
  people: 'id, [role+sortKey], sortKey, *terms, unitId, isSample',
  // System 1 日常调度会议
  meetings: 'id, status, year, heldOn, isSample',
  agendaItems: 'id, meetingId',
  attendance: 'id, meetingId, [meetingId+unitId]',
  // System 2 督查抽查
  checks: 'id, status, method, year, isSample',
  supervisionItems: 'id, [status+dueOn], dueOn, unitId, source, meetingId, checkId, isSample',
  itemFeedback: 'id, itemId',
  // System 3 激励奖励
  bonusClaims: 'id, [year+unitId], status, isSample',
  awards: 'id, year, unitId',
  // System 4 服务对象评价
  evaluations: 'id, [unitId+at], channel, at, isSample',
  ratings: 'id, evaluationId, unitId',
  // Documents: 发文字号 register and issued documents
  documents: 'id, &number, year, kind, issuedAt, sourceId',
  docSequences: '[prefix+year]',
  attachments: 'id, [ownerType+ownerId]',
  counters: 'key',
} as const;

export async function upgradeToV2(tx: Transaction): Promise<void> {
  for (const table of ['units', 'people'] as const) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: { isSample?: number; isActive?: number }) => {
        if (row.isSample === undefined) row.isSample = 0;
        if (row.isActive === undefined) row.isActive = 1;
      });
  }
}
