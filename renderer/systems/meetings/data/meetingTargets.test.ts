import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { freshDb } from '../../../../tests/support/testDb';
import { aHeldMeeting, aPreparedMeeting, aRegistry, AT } from '../../../../tests/support/meetingFlow';
import { loadRecord } from './meetingRecord';
import { meetingProceedingsRepo } from './meetingProceedingsRepo';
import { meetingsRepo } from './meetingsRepo';
import { meetingTopicsRepo } from './meetingTopicsRepo';
import { read } from '../../../core/data/write';

const proceedings = {
  reported: '市人才办通报了前三季度工作。',
  problems: '',
  resolvers: '',
  decisions: '各单位抓好落实。',
  reports: [],
  inviteeOpinions: [],
};

describe('villages and communities as a meeting’s targets', () => {
  it('asks a village for its opinion on a document, naming it with its town', async () => {
    freshDb();
    const reg = await aRegistry();
    const { topics } = await aPreparedMeeting();
    const [doc] = topics[1].documents;
    const topic = await meetingTopicsRepo.askOpinions(
      topics[1].id,
      doc.id,
      [reg.village.id, reg.niuzhuang.id],
      '2026-11-13',
    );
    expect(topic.documents[0].opinions.map((o) => o.unitName)).toEqual(['牛庄镇东关村', '牛庄镇']);
  });

  it('tasks a village and informs it after the meeting; the minutes’ record names it with its town', async () => {
    const db = freshDb();
    const { reg, meeting, topics } = await aHeldMeeting();
    const task = {
      category: 'annualTasks' as const,
      matter: '建成村级人才服务站',
      requirement: '',
      dueOn: '2027-01-31',
      replyBy: '',
      unitIds: [reg.niuzhuang.id, reg.village.id],
    };
    const { items } = await meetingProceedingsRepo.save(topics[1].id, proceedings, [task]);
    expect(items.map((i) => i.unitId)).toEqual([reg.niuzhuang.id, reg.village.id]);
    const circulated = await meetingsRepo.recordCirculation(
      meeting.id,
      { on: '2026-11-30', unitIds: [reg.education.id, reg.village.id], means: '印发会议纪要' },
      AT('2026-11-30'),
    );
    expect(circulated.circulations[0].unitNames).toEqual(['海城市教育局', '牛庄镇东关村']);
    const record = await read(() => loadRecord(meeting.id, DEFAULT_OFFICE_SETTINGS));
    expect(record.tasks[0].unitNames).toEqual(['牛庄镇', '牛庄镇东关村']);
    expect(await db.supervisionItems.where('unitId').equals(reg.village.id).count()).toBe(1);
  });
});
