import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../core/office/office';
import type { Block } from '../../../core/documents/model';
import { matrixOf, recountRows } from '../aggregate';
import type { RatedCell } from '../rating';
import { satisfactionReport } from '../report';
import { FIVE_GRADE_SCALE, scaleFormulaText } from '../scale';
import { DEFAULT_THRESHOLDS, flagProblems } from '../thresholds';
import { buildReminderNotice } from './reminderNotice';
import { buildSatisfactionCircular } from './satisfactionCircular';

const text = (blocks: Block[]) =>
  blocks
    .map((b) => (b.type === 'table' ? b.rows.flat().join(' ') : b.type === 'list' ? b.items.join(' ') : b.text))
    .join('\n');

describe('the 通报提醒', () => {
  const doc = buildReminderNotice(
    {
      period: '2026-Q3',
      n: 6,
      scoreTenths: 533,
      satisfiedRateTenths: 333,
      dissatisfied: 4,
      reasons: ['lowScore', 'dissatisfied'],
      dueOn: '2026-10-23',
      workingDays: 15,
      secrecy: 'internal',
    },
    {
      office: DEFAULT_OFFICE_SETTINGS,
      number: '海人才办发〔2026〕12号',
      date: '2026-09-28',
      recipient: '中共海城市牛庄镇委员会',
      contentName: '履职尽责、办事效率、服务态度',
      distribution: FIVE_GRADE_SCALE.grades.map((g, i) => ({ label: g.label, count: [1, 0, 1, 3, 1][i] })),
      opinions: ['窗口人员态度生硬'],
      thresholds: DEFAULT_THRESHOLDS,
    },
  );

  it('goes to the unit under the office’s number, naming the period, the figures and what the talents said', () => {
    expect(doc).toMatchObject({
      kind: 'circular',
      number: '海人才办发〔2026〕12号',
      mainRecipients: '中共海城市牛庄镇委员会：',
    });
    expect(doc.title).toBe('关于2026年第三季度服务对象满意度评价突出问题的通报提醒');
    const body = text(doc.body);
    expect(body).toContain('共作出评价6人次，综合得分53.3分，满意率33.3%');
    expect(body).toContain('综合得分低于70分，“不满意”及以下评价达到4人次');
    expect(body).toContain('“不满意”3人次');
    expect(body).toContain('窗口人员态度生硬');
  });

  it('sets the rectification deadline in working days and says it will be supervised until done', () => {
    const body = text(doc.body);
    expect(body).toContain('于2026年10月23日前（15个工作日内）完成整改');
    expect(body).toContain('列入督查督办事项');
    expect(doc.signature).toEqual({ organ: DEFAULT_OFFICE_SETTINGS.officeName, date: '2026-09-28', isSealed: true });
  });
});

describe('the 满意度评价情况通报', () => {
  const cells: RatedCell[] = [
    ...[0, 0, 1, 1].map((grade) => ({
      on: '2026-07-02',
      unitId: 'a',
      contentId: 'policy',
      scale: FIVE_GRADE_SCALE,
      grade,
    })),
    ...[3, 3, 4, 2, 3].map((grade) => ({
      on: '2026-08-02',
      unitId: 'b',
      contentId: 'performance',
      scale: FIVE_GRADE_SCALE,
      grade,
    })),
  ];
  const matrix = matrixOf([...recountRows(cells).values()], { granularity: 'quarter', level: 'item' });
  const report = satisfactionReport(matrix, '2026-Q3', {
    channels: { questionnaire: 5, talk: 2, hotline: 1 },
    flags: flagProblems(matrix, '2026-Q3', DEFAULT_THRESHOLDS),
    reminders: [{ unitId: 'b', contentId: 'performance', number: '海人才办发〔2026〕12号', dueOn: '2026-10-23' }],
  });
  const doc = buildSatisfactionCircular(report, {
    office: DEFAULT_OFFICE_SETTINGS,
    number: '海人才办发〔2026〕13号',
    date: '2026-10-09',
    secrecy: 'internal',
    unitName: (id) => ({ a: '市财政局', b: '牛庄镇' })[id] ?? id,
    formulaText: scaleFormulaText(FIVE_GRADE_SCALE),
  });

  it('reports the period’s channels, the overall and per-item scores with how they are computed', () => {
    expect(doc.title).toBe('关于2026年第三季度服务对象满意度评价情况的通报');
    const body = text(doc.body);
    expect(body).toContain('通过24小时服务热线1件、谈心谈话2次、问卷调查5份等方式');
    expect(body).toContain('共形成有效评价9人次');
    expect(body).toContain('非常满意100分、满意80分、基本满意60分、不满意40分、非常不满意20分');
  });

  it('ranks the units by score in a table and names the flagged ones with the reminders issued', () => {
    const table = doc.body.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['市财政局', '4', '90.0', '100.0%', '0'],
      ['牛庄镇', '5', '40.0', '20.0%', '4'],
    ]);
    expect(text(doc.body)).toContain('牛庄镇（海人才办发〔2026〕12号，限2026年10月23日前整改）');
  });
});
