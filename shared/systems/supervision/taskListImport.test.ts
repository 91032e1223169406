import { sheetOfRows } from '../../core/sheets/sheetRows';
import { describe, expect, it } from 'vitest';
import { MATTER_MAX_CHARS, REQUIREMENT_MAX_CHARS } from './itemInput';
import { missingTaskHeaders, parseSheetDate, planTaskListImport } from './taskListImport';

const units = new Map([
  ['海城市教育局', 'edu'],
  ['教育局', 'edu'],
  ['牛庄镇', 'nz'],
  ['西柳镇', 'xl'],
]);

describe('annual task list import (任务分解清单)', () => {
  it('turns each row into tasks for every responsible unit named, by full or short name (S2-2.2)', async () => {
    const plan = await planTaskListImport(
      sheetOfRows([
        { 任务: '开展“人才服务月”活动', 工作要求: '9月底前完成', 责任单位: '教育局、牛庄镇', 完成时限: '2026/9/30' },
        {
          任务: '建立返乡人才信息库',
          责任单位: '西柳镇',
          完成时限: '2026年6月30日',
          反馈时限: '2026-06-25',
          类别: '招工招才',
          密级: '公开',
        },
      ]),
      units,
    );
    expect(plan.bad).toEqual([]);
    expect(plan.good[0]).toMatchObject({
      row: 2,
      matter: '开展“人才服务月”活动',
      unitIds: ['edu', 'nz'],
      dueOn: '2026-09-30',
      replyBy: '2026-09-30',
      category: 'annualTasks',
      secrecy: 'internal',
    });
    expect(plan.good[1]).toMatchObject({
      unitIds: ['xl'],
      dueOn: '2026-06-30',
      replyBy: '2026-06-25',
      category: 'recruitment',
      secrecy: 'public',
    });
  });

  it('reports every bad row with its field and reason instead of guessing', async () => {
    const plan = await planTaskListImport(
      sheetOfRows([
        { 任务: '甲', 责任单位: '不存在的局', 完成时限: '2026-06-30' },
        { 任务: '乙', 责任单位: '牛庄镇', 完成时限: '六月底' },
        { 任务: '', 责任单位: '牛庄镇', 完成时限: '2026-06-30' },
        { 任务: '丁', 责任单位: '', 完成时限: '2026-06-30' },
        { 任务: '戊', 责任单位: '牛庄镇', 完成时限: '2026-02-30' },
        { 任务: '己', 责任单位: '牛庄镇', 完成时限: '2026-06-30', 类别: '外星事务' },
      ]),
      units,
    );
    expect(plan.good).toEqual([]);
    expect(plan.bad.map((b) => [b.row, b.field, b.rule])).toEqual([
      [2, 'units', 'unknown-unit'],
      [3, 'dueOn', 'invalid-date'],
      [4, 'matter', 'required'],
      [5, 'units', 'required'],
      [6, 'dueOn', 'invalid-date'],
      [7, 'category', 'unknown-category'],
    ]);
  });

  it('reports a task or requirement longer than the 督办通知单 has room for, naming the rule', async () => {
    const plan = await planTaskListImport(
      sheetOfRows([
        { 任务: '甲'.repeat(MATTER_MAX_CHARS + 1), 责任单位: '牛庄镇', 完成时限: '2026-06-30' },
        { 任务: '乙', 工作要求: '要'.repeat(REQUIREMENT_MAX_CHARS + 1), 责任单位: '牛庄镇', 完成时限: '2026-06-30' },
        {
          任务: '丙'.repeat(MATTER_MAX_CHARS),
          工作要求: '要'.repeat(REQUIREMENT_MAX_CHARS),
          责任单位: '牛庄镇',
          完成时限: '2026-06-30',
        },
      ]),
      units,
    );
    expect(plan.bad.map((b) => [b.row, b.field, b.rule])).toEqual([
      [2, 'matter', 'matter-too-long'],
      [3, 'requirement', 'requirement-too-long'],
    ]);
    expect(plan.good.map((g) => g.row)).toEqual([4]);
  });

  it('needs the task, the responsible units and the deadline columns', async () => {
    expect(missingTaskHeaders(['任务', '责任单位'])).toEqual(['dueOn']);
    expect(missingTaskHeaders(['Task', 'Units', 'Deadline'])).toEqual([]);
  });

  it('reads the date forms offices write', async () => {
    expect(['2026-6-3', '2026/06/03', '2026.6.3', '2026年6月3日'].map(parseSheetDate)).toEqual(
      Array(4).fill('2026-06-03'),
    );
    expect(parseSheetDate('2026-13-01')).toBeNull();
  });
});
