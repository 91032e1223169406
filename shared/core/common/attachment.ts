/**
 * 附件 a file kept with a record (会议材料, 证明材料): the bytes as a Blob in IndexedDB, beside the
 * record they belong to. Backups carry them (renderer/core/backup/snapshot.ts).
 */
export interface Attachment {
  id: string;
  /** The table of the owning record, e.g. 'agendaItems'. */
  ownerType: string;
  ownerId: string;
  name: string;
  size: number;
  mimeType: string;
  blob: Blob;
  addedAt: string;
  addedBy: string;
  isSample: 0 | 1;
}
