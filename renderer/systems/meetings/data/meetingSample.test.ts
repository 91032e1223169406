import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { buildMeetingSearch } from '../../../../shared/systems/meetings/search';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { meetingSearchRepo } from './meetingSearchRepo';
import { meetingsRepo } from './meetingsRepo';
import { sampleRepo } from '../../../core/data/sampleRepo';
import { meetingApprovalRepo } from './meetingApprovalRepo';
import { supervisionItemsRepo } from '../../supervision/data/supervisionItemsRepo';

const NOW = new Date('2026-11-25T10:00:00');

describe('sample meetings in the database', () => {
  it('load with the sample office, leave the real number series untouched, and go with it', async () => {
    const db = freshDb();
    await sampleRepo.load({ unitCount: 200, peopleCount: 300, now: NOW });
    const thisYear = await meetingsRepo.listByYear(2026);
    expect(thisYear.length).toBeGreaterThanOrEqual(6);
    expect((await meetingsRepo.cadenceInputs()).last?.heldOn).toBe('2026-10-16');
    expect(await db.supervisionItems.filter((i) => i.source === 'meeting').count()).toBeGreaterThan(0);
    expect((await documentsRepo.peekNext({ prefix: '海人才办发', style: 'docNumber' }, NOW)).number).toBe(
      '海人才办发〔2026〕1号',
    );

    await sampleRepo.remove();
    expect(await db.meetings.count()).toBe(0);
    expect(await db.agendaItems.count()).toBe(0);
    expect(await db.attendance.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
    expect(await db.supervisionItems.count()).toBe(0);
  });

  it('deploy items that System 2 lists and counts among the open ones', async () => {
    const db = freshDb();
    await sampleRepo.load({ unitCount: 200, peopleCount: 300, now: NOW });
    const openFromMeetings = await db.supervisionItems
      .filter((i) => i.source === 'meeting' && (i.status === 'open' || i.status === 'replied'))
      .count();
    expect(openFromMeetings).toBeGreaterThan(0);
    const listed = await supervisionItemsRepo.countOpen({
      view: 'open',
      today: '2026-11-25',
      settings: { dueSoonDays: 7 },
      source: 'meeting',
    });
    expect(listed).toBe(openFromMeetings);
  });

  it('give a sample meeting’s document the next sample number, and take it away with the samples', async () => {
    const db = freshDb();
    await sampleRepo.load({ unitCount: 200, peopleCount: 300, now: NOW });
    const preparing = (await db.meetings.toArray()).find((m) => m.status === 'preparing' && m.isSample === 1)!;
    const taken = (await db.documents.toArray()).filter((d) => d.prefix === '示例海人才办呈' && d.year === 2026).length;
    const slip = await meetingApprovalRepo.issueSlip(preparing.id, NOW);
    expect(slip).toMatchObject({ number: `示例海人才办呈〔2026〕${taken + 1}号`, isSample: 1 });
    expect((await documentsRepo.peekNext({ prefix: '海人才办呈', style: 'docNumber' }, NOW)).number).toBe(
      '海人才办呈〔2026〕1号',
    );
    await sampleRepo.remove();
    expect(await db.documents.count()).toBe(0);
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
