import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { approvedCheck, supervisionRegistry } from '../../../../tests/support/supervisionFixtures';
import { checkRunRepo } from './checkRunRepo';
import { checkFindingsRepo } from './checkFindingsRepo';
import { supervisionItemFlowRepo } from './supervisionItemFlowRepo';
import { supervisionReportsRepo } from './supervisionReportsRepo';

const NOW = new Date('2026-05-06T09:00:00');

async function aQuarter() {
  const { town, zone } = await supervisionRegistry();
  const check = await approvedCheck({ targetUnitIds: [town.id, zone.id] }, NOW);
  await checkRunRepo.start(check.id, NOW);
  const matter = (m: string, dueOn: string) => ({ matter: m, requirement: '按期完成', dueOn, replyBy: dueOn });
  const f1 = await checkFindingsRepo.add(check.id, {
    unitId: town.id,
    visitedOn: '2026-05-13',
    methods: ['visit'],
    observed: '看了',
    rating: 'fair',
    goodPractice: '建立返乡人才信息库，做到底数清',
    matters: [matter('人才驿站未建成', '2026-06-10'), matter('信息库未更新', '2026-06-20')],
  });
  const f2 = await checkFindingsRepo.add(check.id, {
    unitId: zone.id,
    visitedOn: '2026-05-14',
    methods: ['inspection'],
    observed: '看了',
    rating: 'good',
    matters: [matter('人才公寓未交付', '2026-06-15')],
  });
  await supervisionItemFlowRepo.verify(f1.itemIds[0], {
    outcome: 'done',
    verifiedOn: '2026-06-08',
    verifiedBy: '王芳',
    note: '',
  });
  await supervisionItemFlowRepo.verify(f2.itemIds[0], {
    outcome: 'done',
    verifiedOn: '2026-06-18',
    verifiedBy: '王芳',
    note: '',
  });
  return { town, zone };
}

describe('supervision results from the records', () => {
  it('issues the 督查通报 for a period from its checks and items, in the office’s series (S2-3.3)', async () => {
    freshDb();
    await aQuarter();
    const issued = await supervisionReportsRepo.issueCircular(
      { from: '2026-04-01', to: '2026-06-30', periodText: '2026年第二季度', prefix: '海人才办发', secrecy: 'internal' },
      new Date('2026-07-02T09:00:00'),
    );
    expect(issued).toMatchObject({
      kind: 'circular',
      number: '海人才办发〔2026〕1号',
      title: '关于2026年第二季度人才工作督查抽查情况的通报',
    });
    const text = JSON.stringify(issued.document.body);
    expect(text).toContain('共开展督查抽查1次，其中调研督查1次，实地督查单位2个，发现未完成事项3项');
    expect(text).toContain('到期督办事项3项，已办结2项，其中按期办结1项，办结率67%');
    expect(text).toContain('牛庄镇：信息库未更新（办结时限2026年6月20日，已逾期12天）');
    expect(text).toContain('牛庄镇：建立返乡人才信息库，做到底数清');
  });

  it('sums each unit’s year for the annual assessment and awards (S2-5.3)', async () => {
    freshDb();
    const { town, zone } = await aQuarter();
    const summaries = await supervisionReportsRepo.yearSummaries(2026, '2026-07-02');
    expect(summaries.find((s) => s.unitId === town.id)).toMatchObject({
      total: 2,
      closed: 1,
      closedOnTime: 1,
      overdueOpen: 1,
      rate: 50,
      visits: 1,
      ratings: { fair: 1 },
    });
    expect(summaries.find((s) => s.unitId === zone.id)).toMatchObject({
      total: 1,
      closed: 1,
      closedOnTime: 0,
      rate: 100,
      visits: 1,
      ratings: { good: 1 },
    });
  });
});
