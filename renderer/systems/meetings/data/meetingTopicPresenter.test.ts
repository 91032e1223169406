import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { AT, aRegistry } from '../../../../tests/support/meetingFlow';
import { aMeetingInput, aTopicInput } from '../../../../tests/support/meetingBuilders';
import { agendaLines } from '../../../../shared/systems/meetings/documents/record';
import { topicList } from '../../../../shared/systems/meetings/documents/slips';
import { meetingsRepo } from './meetingsRepo';
import { meetingTopicsRepo } from './meetingTopicsRepo';

describe('who presents a topic', () => {
  it('is the reporting units for 听取工作汇报, on the agenda and the 议题清单, never the office', async () => {
    freshDb();
    const reg = await aRegistry();
    const meeting = await meetingsRepo.create(aMeetingInput(), AT('2026-11-01'));
    const reports = await meetingTopicsRepo.add(
      meeting.id,
      aTopicInput({
        kind: 'progressReports',
        title: '听取镇街、开发区人才工作进展情况汇报',
        // A 主讲单位 left over from another kind is not a second notion of who presents.
        presenterUnitId: reg.education.id,
        reportingUnitIds: [reg.niuzhuang.id, reg.zone.id],
      }),
      AT('2026-11-02'),
    );
    const deploy = await meetingTopicsRepo.add(meeting.id, aTopicInput(), AT('2026-11-02'));
    expect([reports.presenterUnitId, reports.presenterName]).toEqual([null, '牛庄镇、海城经济开发区']);
    expect(agendaLines([reports, deploy])).toEqual([
      '1. 听取镇街、开发区人才工作进展情况汇报（牛庄镇、海城经济开发区）',
      '2. 通报全市人才工作情况，部署第四季度重点任务（市人才办）',
    ]);
    const table = topicList([reports, deploy]).body[0];
    expect(table.type === 'table' && table.rows.map((r) => r[3])).toEqual(['牛庄镇、海城经济开发区', '市人才办']);
  });

  it('names the reporting units of a topic stored before, whatever presenter it kept', () => {
    const stored = {
      kind: 'progressReports' as const,
      title: '听取牛庄镇工作汇报',
      presenterName: '市人才办',
      reportingUnits: [{ unitId: 'nz', unitName: '牛庄镇' }],
    };
    expect(agendaLines([stored as never])).toEqual(['1. 听取牛庄镇工作汇报（牛庄镇）']);
  });
});
