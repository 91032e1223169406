import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { buildMeetingSearch } from '../../../shared/domain/meetings/search';
import { documentsRepo } from './documentsRepo';
import { meetingSearchRepo } from './meetingSearchRepo';
import { meetingsRepo } from './meetingsRepo';
import { sampleRepo } from './sampleRepo';

const NOW = new Date('2026-11-25T10:00:00');

describe('sample meetings in the database', () => {
  it('load with the sample office, leave the real number series untouched, and go with it', async () => {
    const db = freshDb();
    await sampleRepo.load({ unitCount: 200, peopleCount: 300, now: NOW });
    const thisYear = await meetingsRepo.listByYear(2026);
    expect(thisYear.length).toBeGreaterThanOrEqual(6);
    expect((await meetingsRepo.cadenceInputs()).last?.heldOn).toBe('2026-10-16');
    expect(await db.supervisionItems.where('source').equals('meeting').count()).toBeGreaterThan(0);
    expect((await documentsRepo.peekNext({ prefix: '海人才办发', style: 'docNumber' }, NOW)).number).toBe('海人才办发〔2026〕1号');

    await sampleRepo.remove();
    expect(await db.meetings.count()).toBe(0);
    expect(await db.agendaItems.count()).toBe(0);
    expect(await db.attendance.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
    expect(await db.supervisionItems.count()).toBe(0);
  });

  it('are found by the full-text search, in topics and in issued minutes', async () => {
    freshDb();
    await sampleRepo.load({ unitCount: 200, peopleCount: 300, now: NOW });
    const search = buildMeetingSearch(await meetingSearchRepo.entries());
    const hits = search('人才驿站');
    expect(hits.some((h) => h.entry.type === 'topic')).toBe(true);
    expect(hits.some((h) => h.entry.type === 'minutes')).toBe(true);
  });
});
