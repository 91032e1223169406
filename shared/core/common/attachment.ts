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

/** 20 MB, 1.5 MB, 830 KB, 26 KB: a file's size as people read it (never 0.0 MB for a small file). */
export function fileSizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
