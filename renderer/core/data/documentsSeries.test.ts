import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { noticeFixture } from '../../../tests/support/documentFixtures';
import { documentsRepo, type IssueRequest } from './documentsRepo';
import { documentsSeries, type PastDocumentRequest } from './documentsSeries';

const series = { prefix: '海人才发', style: 'docNumber' } as const;
const notice: IssueRequest = {
  kind: 'notice',
  series,
  sourceId: 'documents:composed',
  build: (n) => ({ ...noticeFixture, number: n.label }),
};
const past = (sequence: number, issuedOn = '2026-03-10', year = 2026): PastDocumentRequest => ({
  kind: 'notice',
  series,
  year,
  sequence,
  issuedOn,
  sourceId: 'documents:composed',
  build: (n) => ({ ...noticeFixture, number: n.label, signature: { ...noticeFixture.signature!, date: issuedOn } }),
});
const NOW = new Date('2026-10-20T08:00:00Z');

describe('补录: documents issued before the app', () => {
  it('keeps a past document under its own number and date, marked as entered afterwards', async () => {
    freshDb();
    const entered = await documentsSeries.enterPast(past(7), NOW);
    expect(entered.number).toBe('海人才发〔2026〕7号');
    expect(entered.document.number).toBe('海人才发〔2026〕7号');
    expect(entered.document.signature?.date).toBe('2026-03-10');
    expect(entered.issuedAt.slice(0, 10)).toBe('2026-03-10');
    expect(entered.enteredAfter?.at).toBe(NOW.toISOString());
    expect((await documentsRepo.get(entered.id))?.enteredAfter).toBeDefined();
  });

  it('refuses a number the register already holds, issued, voided or entered, and changes nothing', async () => {
    const db = freshDb();
    const first = await documentsRepo.issue(notice, NOW);
    await documentsSeries.enterPast(past(3), NOW);
    const second = await documentsRepo.issue(notice, NOW);
    await documentsRepo.voidDocument(second.id, '重发');
    for (const taken of [1, 3, 4]) {
      const count = await db.documents.count();
      await expect(documentsSeries.enterPast(past(taken), NOW)).rejects.toMatchObject({
        code: 'not-allowed',
        params: { reason: 'documents.backfill.errors.numberTaken' },
      });
      expect(await db.documents.count()).toBe(count);
    }
    expect(first.number).toBe('海人才发〔2026〕1号');
    // The series went on after the entered 3: the voided 4 stays taken too.
    expect(second.number).toBe('海人才发〔2026〕4号');
  });

  it('goes on after the highest number entered, so a new document never takes a past one’s number', async () => {
    freshDb();
    await documentsSeries.enterPast(past(40), NOW);
    expect((await documentsRepo.issue(notice, NOW)).number).toBe('海人才发〔2026〕41号');
    // A gap below the series' next number can still be entered.
    expect((await documentsSeries.enterPast(past(12), NOW)).number).toBe('海人才发〔2026〕12号');
    expect((await documentsRepo.issue(notice, NOW)).number).toBe('海人才发〔2026〕42号');
  });

  it('refuses a date after today or outside the number’s year, and a number that is not a positive integer', async () => {
    freshDb();
    const reason = (e: unknown) => (e as { params?: { reason?: string; rule?: string } }).params;
    await expect(documentsSeries.enterPast(past(1, '2026-11-01'), NOW).catch(reason)).resolves.toMatchObject({
      reason: 'documents.backfill.errors.future',
    });
    await expect(documentsSeries.enterPast(past(1, '2025-12-30'), NOW).catch(reason)).resolves.toMatchObject({
      reason: 'documents.backfill.errors.yearMismatch',
    });
    await expect(documentsSeries.enterPast(past(0), NOW)).rejects.toMatchObject({ code: 'validation' });
    await expect(documentsSeries.enterPast(past(2.5), NOW)).rejects.toMatchObject({ code: 'validation' });
  });

  it('shows a year’s series with its gaps and its entered documents plainly', async () => {
    freshDb();
    await documentsSeries.enterPast(past(2), NOW);
    await documentsSeries.enterPast(past(5, '2026-06-01'), NOW);
    await documentsRepo.issue(notice, NOW);
    const places = await documentsSeries.places('海人才发', 2026);
    expect(places.map((p) => [p.sequence, p.doc ? (p.doc.enteredAfter ? '补录' : '发文') : '空号'])).toEqual([
      [1, '空号'],
      [2, '补录'],
      [3, '空号'],
      [4, '空号'],
      [5, '补录'],
      [6, '发文'],
    ]);
    expect(await documentsSeries.list()).toEqual([{ prefix: '海人才发', year: 2026 }]);
  });
});
