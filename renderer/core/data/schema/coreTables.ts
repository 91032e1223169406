import type { Transaction } from 'dexie';
import type { TableVersion } from '../../manifest';

/** The core's own tables at each version of the chain (versions.ts); systems declare theirs. */
export const CORE_TABLES: readonly TableVersion[] = [
  // Version 1: staff accounts, settings and the audit log.
  { version: 1, stores: { staff: 'id, &username', settings: 'key', audit: '++seq, at, [entity+seq], [actorId+seq]' } },
  {
    // Version 2: the 发文字号 register and issued documents, attachments (Blobs) and kept counters.
    version: 2,
    stores: {
      documents: 'id, &number, year, kind, issuedAt, sourceId',
      docSequences: '[prefix+year]',
      attachments: 'id, [ownerType+ownerId]',
      counters: 'key',
    },
  },
  {
    // Version 3: the register pages by `issuedKey` (issuedAt|id, unique and sortable) and finds a
    // series' documents by [prefix+year]. Documents written by v2 get their issuedKey.
    version: 3,
    stores: { documents: 'id, &number, [prefix+year], kind, issuedKey, sourceId' },
    upgrade: upgradeToV3,
  },
];

async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((row: { id: string; issuedAt?: string; issuedKey?: string }) => {
      row.issuedKey ??= `${row.issuedAt ?? ''}|${row.id}`;
    });
}
