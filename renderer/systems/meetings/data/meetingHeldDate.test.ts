import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { AT, aMeetingReadyToHold } from '../../../../tests/support/meetingFlow';
import { minutesDraft, rescheduled } from '../../../../shared/systems/meetings/documents/minutes';
import { meetingDocumentsRepo } from './meetingDocumentsRepo';
import { meetingsRepo } from './meetingsRepo';

describe('a meeting held on another day than planned', () => {
  it('asks why once the notice went out, and keeps the planned day beside the day held', async () => {
    freshDb();
    const { meeting } = await aMeetingReadyToHold();
    await expect(meetingsRepo.markHeld(meeting.id, '2026-11-24', AT('2026-11-24', '16:00'))).rejects.toMatchObject({
      code: 'validation',
      params: { field: 'meetings.fields.heldDateReason', rule: 'required' },
    });
    expect((await meetingsRepo.get(meeting.id))?.status).toBe('notified');

    await meetingsRepo.markHeld(meeting.id, '2026-11-24', AT('2026-11-24', '16:00'), '  市委临时安排集中学习。 ');
    const held = (await meetingsRepo.get(meeting.id))!;
    expect([held.status, held.plannedOn, held.heldOn, held.heldDateReason]).toEqual([
      'held',
      '2026-11-26',
      '2026-11-24',
      '市委临时安排集中学习。',
    ]);
    expect(held.history.at(-1)?.reason).toBe('市委临时安排集中学习。');
    const draft = minutesDraft(await meetingDocumentsRepo.record(meeting.id));
    expect(draft.body.split('\n')[0]).toContain('2026年11月24日，');
    expect(draft.body.split('\n')[0]).toContain(
      '会议原定于2026年11月26日召开，因市委临时安排集中学习，提前至2026年11月24日召开。',
    );
  });

  it('needs no reason and says nothing of a change when held on the planned day', async () => {
    freshDb();
    const { meeting } = await aMeetingReadyToHold();
    await meetingsRepo.markHeld(meeting.id, '2026-11-26', AT('2026-11-26', '16:00'));
    const held = (await meetingsRepo.get(meeting.id))!;
    expect([held.plannedOn, held.heldOn, held.heldDateReason]).toEqual(['2026-11-26', '2026-11-26', undefined]);
    expect(minutesDraft(await meetingDocumentsRepo.record(meeting.id)).body).not.toContain('原定');
  });

  it('says a later day was a postponement, with or without a reason given', () => {
    const base = { plannedOn: '2026-12-20', heldOn: '2026-12-22' };
    expect(rescheduled(base)).toBe('会议原定于2026年12月20日召开，推迟至2026年12月22日召开。');
    expect(rescheduled({ ...base, heldDateReason: '因会场检修' })).toBe(
      '会议原定于2026年12月20日召开，因会场检修，推迟至2026年12月22日召开。',
    );
    expect(rescheduled({ plannedOn: '2026-12-20' })).toBe('');
  });
});
