import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { aPreparedMeeting } from '../../../../tests/support/meetingFlow';
import { MATERIAL_MAX_BYTES } from '../../../../shared/systems/meetings/materials';
import { meetingMaterialsRepo } from './meetingMaterialsRepo';

describe('meeting materials', () => {
  it('keeps a file with its topic and gives the same bytes back', async () => {
    freshDb();
    const { topics } = await aPreparedMeeting();
    const bytes = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]);
    const added = await meetingMaterialsRepo.add(topics[0].id, {
      name: '省委人才工作会议讲话.pdf',
      bytes,
      mimeType: 'application/pdf',
    });
    expect(await meetingMaterialsRepo.listFor([topics[0].id])).toEqual([
      expect.objectContaining({ name: '省委人才工作会议讲话.pdf', size: 8 }),
    ]);
    expect((await meetingMaterialsRepo.bytes(added.id))?.bytes).toEqual(bytes);
  });

  it('refuses a file over the size limit with its name and size, and stores nothing', async () => {
    const db = freshDb();
    const { topics } = await aPreparedMeeting();
    const big = new Uint8Array(MATERIAL_MAX_BYTES + 1);
    await expect(
      meetingMaterialsRepo.add(topics[0].id, { name: '汇报视频.mp4', bytes: big, mimeType: 'video/mp4' }),
    ).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'meetings.refusals.materialTooLarge', name: '汇报视频.mp4', size: '20 MB', limit: '20 MB' },
    });
    expect(await db.attachments.count()).toBe(0);
  });
});
