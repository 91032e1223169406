import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/support/testDb';
import { noticeFixture } from '../../../tests/support/documentFixtures';
import { documentsRepo, type IssueRequest } from './documentsRepo';

const notice = (prefix = '海人才发'): IssueRequest => ({
  kind: 'notice',
  series: { prefix, style: 'docNumber' },
  sourceId: 'meetings:1',
  build: (n) => ({ ...noticeFixture, number: n.label }),
});

describe('document number register', () => {
  it('numbers each prefix per year from 1 and keeps the document exactly as issued', async () => {
    freshDb();
    const a = await documentsRepo.issue(notice(), new Date('2026-03-01T08:00:00Z'));
    const b = await documentsRepo.issue(notice(), new Date('2026-03-02T08:00:00Z'));
    const c = await documentsRepo.issue(notice('海人才办发'), new Date('2026-03-02T09:00:00Z'));
    const d = await documentsRepo.issue(notice(), new Date('2027-01-05T08:00:00Z'));
    expect([a.number, b.number, c.number, d.number]).toEqual([
      '海人才发〔2026〕1号',
      '海人才发〔2026〕2号',
      '海人才办发〔2026〕1号',
      '海人才发〔2027〕1号',
    ]);
    expect((await documentsRepo.get(b.id))?.document).toEqual({ ...noticeFixture, number: '海人才发〔2026〕2号' });
  });

  it('never gives a voided number again, and keeps the reason', async () => {
    const db = freshDb();
    const first = await documentsRepo.issue(notice(), new Date('2026-03-01T08:00:00Z'));
    await documentsRepo.voidDocument(first.id, '标题有误，重新发文');
    const second = await documentsRepo.issue(notice(), new Date('2026-03-01T09:00:00Z'));
    expect(second.number).toBe('海人才发〔2026〕2号');
    expect(await db.documents.get(first.id)).toMatchObject({ status: 'voided', voidReason: '标题有误，重新发文' });
    await expect(documentsRepo.voidDocument(second.id, '  ')).rejects.toMatchObject({ code: 'validation' });
  });

  it('numbers a bulletin series by issue: 第1期, 第2期', async () => {
    freshDb();
    const series = { prefix: '人才工作简报', style: 'issue' } as const;
    const labels: string[] = [];
    for (let i = 0; i < 2; i++)
      await documentsRepo.issue(
        {
          kind: 'bulletin',
          series,
          sourceId: 'm',
          build: (n) => (labels.push(n.label), { ...noticeFixture, kind: 'bulletin' }),
        },
        new Date('2026-05-01T00:00:00Z'),
      );
    expect(labels).toEqual(['第1期', '第2期']);
  });

  it('gives two documents issued at once two different numbers', async () => {
    freshDb();
    const issued = await Promise.all([
      documentsRepo.issue(notice()),
      documentsRepo.issue(notice()),
      documentsRepo.issue(notice()),
    ]);
    expect(new Set(issued.map((d) => d.number)).size).toBe(3);
  });

  it('lists the register newest first, page by page', async () => {
    freshDb();
    for (let i = 1; i <= 5; i++) await documentsRepo.issue(notice(), new Date(`2026-03-0${i}T08:00:00Z`));
    const first = await documentsRepo.listPage({ limit: 3 });
    expect(first.rows.map((d) => d.sequence)).toEqual([5, 4, 3]);
    const second = await documentsRepo.listPage({ limit: 3, before: first.nextBefore });
    expect(second.rows.map((d) => d.sequence)).toEqual([2, 1]);
    expect(second.nextBefore).toBeNull();
  });
});
