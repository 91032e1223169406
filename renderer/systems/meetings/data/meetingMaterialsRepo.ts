import type { Attachment } from '../../../../shared/core/common/attachment';
import { newId } from '../../../../shared/core/common/ids';
import { assertBeforeMeeting } from '../../../../shared/systems/meetings/gates';
import { fileSizeText, MATERIAL_MAX_BYTES } from '../../../../shared/systems/meetings/materials';
import { refuse } from '../../../../shared/systems/meetings/refusals';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { loadMeeting } from './meetingsRepo';
import { loadTopic } from './meetingTopicsRepo';
import { read, writeWithAudit } from '../../../core/data/write';

const OWNER = 'agendaItems';

/** 会议材料 of a topic, kept as Blobs beside it; added and removed until the meeting is held. */
export const meetingMaterialsRepo = {
  async add(
    topicId: string,
    file: { name: string; bytes: Uint8Array<ArrayBuffer>; mimeType: string },
    now = new Date(),
  ): Promise<Attachment> {
    // Checked before anything is written: the limit keeps backups and the database a sensible size.
    if (file.bytes.byteLength > MATERIAL_MAX_BYTES)
      throw refuse('materialTooLarge', {
        name: file.name,
        size: fileSizeText(file.bytes.byteLength),
        limit: fileSizeText(MATERIAL_MAX_BYTES),
      });
    if (file.bytes.byteLength === 0) throw refuse('materialEmpty', { name: file.name });
    const db = getDb();
    return writeWithAudit([db.attachments, db.agendaItems, db.meetings], async (audit) => {
      const topic = await loadTopic(topicId);
      assertBeforeMeeting(await loadMeeting(topic.meetingId));
      const attachment: Attachment = {
        id: newId(),
        ownerType: OWNER,
        ownerId: topicId,
        name: file.name,
        size: file.bytes.byteLength,
        mimeType: file.mimeType || 'application/octet-stream',
        blob: new Blob([file.bytes], { type: file.mimeType }),
        addedAt: now.toISOString(),
        addedBy: requireSession().displayName,
        isSample: topic.isSample,
      };
      await db.attachments.add(attachment);
      await audit('topics', topicId, 'update', null, { material: file.name, size: attachment.size });
      return attachment;
    });
  },

  async remove(id: string): Promise<void> {
    const db = getDb();
    await writeWithAudit([db.attachments, db.agendaItems, db.meetings], async (audit) => {
      const attachment = await db.attachments.get(id);
      if (!attachment) return;
      const topic = await loadTopic(attachment.ownerId);
      assertBeforeMeeting(await loadMeeting(topic.meetingId));
      await db.attachments.delete(id);
      await audit('topics', topic.id, 'update', { material: attachment.name }, null);
    });
  },

  /** The materials of the given topics, without their bytes (the list shows names and sizes). */
  listFor(topicIds: readonly string[]): Promise<Omit<Attachment, 'blob'>[]> {
    return read(async () => {
      const keys = topicIds.map((id) => [OWNER, id] as [string, string]);
      const rows = keys.length ? await getDb().attachments.where('[ownerType+ownerId]').anyOf(keys).toArray() : [];
      return rows.map(({ blob: _b, ...rest }) => rest).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
    });
  },

  /** The file's bytes, to save a copy or print it from its own program. */
  bytes(id: string): Promise<{ name: string; mimeType: string; bytes: Uint8Array<ArrayBuffer> } | null> {
    return read(async () => {
      const row = await getDb().attachments.get(id);
      if (!row) return null;
      return { name: row.name, mimeType: row.mimeType, bytes: new Uint8Array(await row.blob.arrayBuffer()) };
    });
  },
};
