import type { Transaction } from 'dexie';

/**
 * Version 3: the document register pages by `issuedKey` (issuedAt|id, unique and sortable) and
 * finds a series' documents by [prefix+year]. Documents written by v2 get their issuedKey.
 */
export const V3_STORES = {
  documents: 'id, &number, [prefix+year], kind, issuedKey, sourceId',
} as const;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('documents')
    .toCollection()
    .modify((row: { id: string; issuedAt?: string; issuedKey?: string }) => {
      row.issuedKey ??= `${row.issuedAt ?? ''}|${row.id}`;
    });
}
