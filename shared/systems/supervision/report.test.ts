import { describe, expect, it } from 'vitest';
import { aCheck, aFinding, anItem } from '../../../tests/support/supervisionBuilders';
import { DEFAULT_OFFICE_SETTINGS } from '../../core/office/office';
import { buildResultsCircular } from './documents/resultsCircular';
import { completionByUnit, completionRate, periodReport, unitYearSummaries } from './report';

const items = [
  anItem({ id: 'a1', unitId: 'A', dueOn: '2026-06-10', status: 'closed', closedOn: '2026-06-08' }),
  anItem({ id: 'a2', unitId: 'A', dueOn: '2026-06-20', status: 'archived', closedOn: '2026-06-25' }),
  anItem({ id: 'b1', unitId: 'B', dueOn: '2026-06-15', status: 'open', slipNumber: '海人才督〔2026〕2号' }),
  anItem({ id: 'b2', unitId: 'B', dueOn: '2026-06-28', status: 'replied' }),
  anItem({ id: 'c1', unitId: 'C', dueOn: '2026-08-01', status: 'open' }),
];
const names: Record<string, string> = { A: '牛庄镇', B: '西柳镇', C: '市教育局' };

describe('supervision results', () => {
  it('counts per unit what is closed, closed on time and overdue on the report date', () => {
    expect(completionByUnit(items, '2026-06-30')).toEqual([
      { unitId: 'A', total: 2, closed: 2, closedOnTime: 1, overdueOpen: 0 },
      { unitId: 'B', total: 2, closed: 0, closedOnTime: 0, overdueOpen: 2 },
      { unitId: 'C', total: 1, closed: 0, closedOnTime: 0, overdueOpen: 0 },
    ]);
    expect(completionRate({ total: 3, closed: 2 })).toBe(67);
  });

  it('leaves withdrawn items out, and never calls an item extended after falling overdue on time', () => {
    const extendedLate = anItem({
      id: 'd1',
      unitId: 'D',
      dueOn: '2026-06-30',
      status: 'closed',
      closedOn: '2026-06-20',
      extensions: [
        {
          id: 'e',
          fromDueOn: '2026-06-01',
          fromReplyBy: '2026-06-01',
          newDueOn: '2026-06-30',
          newReplyBy: '2026-06-30',
          requestedOn: '2026-06-03',
          requestedBy: '李明',
          reason: '汛期',
          overdueDaysWhenGranted: 4,
          decision: {
            decision: 'approved',
            by: '李强',
            on: '2026-06-05',
            remark: '',
            recordedBy: '王芳',
            recordedAt: '',
          },
          recordedAt: '',
          recordedBy: '王芳',
        },
      ],
    });
    const extendedInTime = anItem({
      ...extendedLate,
      id: 'd2',
      extensions: [{ ...extendedLate.extensions![0], overdueDaysWhenGranted: 0 }],
    });
    const withdrawn = anItem({ id: 'd3', unitId: 'D', dueOn: '2026-06-01', status: 'withdrawn' });
    expect(completionByUnit([extendedLate, extendedInTime, withdrawn], '2026-07-01')).toEqual([
      { unitId: 'D', total: 2, closed: 2, closedOnTime: 1, overdueOpen: 0 },
    ]);
    expect(completionRate({ total: 0, closed: 0 })).toBeNull();
  });

  it('reports a period from the checks that ran in it, the items due in it and the good practice found', () => {
    const checks = [
      aCheck({ id: 'k1', status: 'completed', method: 'random' }),
      aCheck({ id: 'k2', status: 'underway', method: 'unannounced' }),
      aCheck({ id: 'k3', status: 'approved' }),
    ];
    const findings = [
      aFinding({ checkId: 'k1', unitId: 'A', itemIds: ['x', 'y'], goodPractice: '建立返乡人才台账' }),
      aFinding({ id: 'f2', checkId: 'k2', unitId: 'B' }),
    ];
    const report = periodReport({ from: '2026-04-01', to: '2026-06-30', today: '2026-07-02', checks, items, findings });
    expect(report).toMatchObject({
      checkCount: 2,
      byMethod: { random: 1, unannounced: 1 },
      unitsVisited: 2,
      mattersFound: 2,
    });
    expect(report.totals).toMatchObject({ total: 4, closed: 2, closedOnTime: 1, overdueOpen: 2 });
    expect(report.overdue.map((o) => [o.item.id, o.daysOverdue])).toEqual([
      ['b1', 17],
      ['b2', 4],
    ]);
    expect(report.goodPractice).toEqual([{ unitId: 'A', text: '建立返乡人才台账' }]);
  });

  it('builds the 督查通报 with the completion table, the overdue list and good practice (S2-3.3)', () => {
    const report = periodReport({
      from: '2026-04-01',
      to: '2026-06-30',
      today: '2026-07-02',
      checks: [aCheck({ status: 'completed' })],
      items,
      findings: [aFinding({ unitId: 'A', goodPractice: '建立返乡人才信息库' })],
    });
    const doc = buildResultsCircular(report, {
      office: DEFAULT_OFFICE_SETTINGS,
      number: '海人才办发〔2026〕9号',
      date: '2026-07-02',
      secrecy: 'internal',
      periodText: '2026年第二季度',
      unitName: (id) => names[id] ?? id,
    });
    expect(doc).toMatchObject({
      kind: 'circular',
      title: '关于2026年第二季度人才工作督查抽查情况的通报',
      number: '海人才办发〔2026〕9号',
    });
    const table = doc.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['牛庄镇', '2', '2', '1', '100%'],
      ['西柳镇', '2', '0', '0', '0%'],
    ]);
    const list = doc.body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items[0]).toBe(
      '西柳镇：村级人才信息库未建立（海人才督〔2026〕2号，办结时限2026年6月15日，已逾期17天）',
    );
    expect(JSON.stringify(doc.body)).toContain('牛庄镇：建立返乡人才信息库');
  });

  it('sums each unit’s year for the annual assessment: items, completion, visits, ratings (S2-5.3)', () => {
    const year = [
      ...items,
      anItem({ id: 'old', unitId: 'A', year: 2025 }),
      anItem({ id: 'late', unitId: 'B', explanationCount: 2, dueOn: '2026-03-01' }),
    ];
    const findings = [
      aFinding({ unitId: 'B', rating: 'poor' }),
      aFinding({ id: 'f2', unitId: 'B', rating: 'fair', visitedOn: '2026-09-01' }),
      aFinding({ id: 'f3', unitId: 'A', visitedOn: '2025-11-01' }),
    ];
    const summaries = unitYearSummaries({ year: 2026, today: '2026-12-31', items: year, findings });
    const b = summaries.find((s) => s.unitId === 'B');
    expect(b).toMatchObject({
      total: 3,
      closed: 0,
      overdueOpen: 3,
      rate: 0,
      visits: 2,
      ratings: { poor: 1, fair: 1 },
      explanations: 2,
    });
    expect(summaries.find((s) => s.unitId === 'A')).toMatchObject({ total: 2, closed: 2, rate: 100, visits: 0 });
  });
});
