import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { aHeldMeeting } from '../../../../tests/support/meetingFlow';
import { DEFAULT_OFFICE_SETTINGS } from '../../../../shared/core/office/office';
import { loadRecord } from './meetingRecord';
import { meetingProceedingsRepo } from './meetingProceedingsRepo';
import { supervisionItemCorrectionsRepo } from '../../supervision/data/supervisionItemCorrectionsRepo';
import { read } from '../../../core/data/write';

const proceedings = {
  reported: '市人才办通报了前三季度工作。',
  problems: '',
  resolvers: '',
  decisions: '各单位抓好落实。',
  reports: [],
  inviteeOpinions: [],
};
const task = {
  category: 'annualTasks' as const,
  matter: '推进人才驿站建设',
  requirement: '年底前建成并投入使用。',
  dueOn: '2026-12-31',
  replyBy: '',
};

describe('deploying a topic’s tasks once', () => {
  it('refuses a matter the topic already gave the unit, naming the unit, and keeps the proceedings', async () => {
    const db = freshDb();
    const { reg, topics } = await aHeldMeeting();
    await meetingProceedingsRepo.save(topics[1].id, proceedings, [
      { ...task, unitIds: [reg.education.id, reg.finance.id] },
    ]);
    const again = { ...proceedings, decisions: '再次部署。' };
    await expect(
      meetingProceedingsRepo.save(topics[1].id, again, [
        { ...task, matter: '推进人才驿站建设。', unitIds: [reg.niuzhuang.id, reg.finance.id] },
      ]),
    ).rejects.toMatchObject({
      code: 'not-allowed',
      params: { reason: 'meetings.refusals.taskDuplicate', matter: '推进人才驿站建设。', units: '海城市财政局' },
    });
    expect(await db.supervisionItems.count()).toBe(2);
    expect((await db.agendaItems.get(topics[1].id))?.proceedings?.decisions).toBe('各单位抓好落实。');
  });

  it('deploys the same matter to a unit not yet tasked, and the same matter under another topic', async () => {
    freshDb();
    const { reg, topics } = await aHeldMeeting();
    await meetingProceedingsRepo.save(topics[1].id, proceedings, [{ ...task, unitIds: [reg.education.id] }]);
    await meetingProceedingsRepo.save(topics[1].id, proceedings, [{ ...task, unitIds: [reg.niuzhuang.id] }]);
    await meetingProceedingsRepo.save(topics[0].id, proceedings, [{ ...task, unitIds: [reg.education.id] }]);
    const items = await meetingProceedingsRepo.itemsOf(topics[0].meetingId);
    expect(items.map((i) => [i.topicId, i.unitId])).toEqual([
      [topics[1].id, reg.education.id],
      [topics[1].id, reg.niuzhuang.id],
      [topics[0].id, reg.education.id],
    ]);
  });

  it('deploys a matter again after its first item was withdrawn; the minutes name the task that stands', async () => {
    const db = freshDb();
    const { reg, topics } = await aHeldMeeting();
    await meetingProceedingsRepo.save(topics[1].id, proceedings, [{ ...task, unitIds: [reg.education.id] }]);
    const [first] = await meetingProceedingsRepo.itemsOf(topics[1].meetingId);
    await supervisionItemCorrectionsRepo.withdraw(first.id, { reason: '督办要求写错，撤销后重新部署' });
    await meetingProceedingsRepo.save(topics[1].id, proceedings, [
      { ...task, requirement: '12月20日前建成并投入使用。', unitIds: [reg.education.id] },
    ]);
    const items = await db.supervisionItems.where('meetingId').equals(topics[1].meetingId).toArray();
    expect(items.map((i) => i.status).sort()).toEqual(['open', 'withdrawn']);
    // The minutes are drafted from the task that stands, with its corrected requirement, once.
    const record = await read(() => loadRecord(topics[1].meetingId, DEFAULT_OFFICE_SETTINGS));
    expect(record.tasks.map((t) => [t.requirement, t.unitIds])).toEqual([
      ['12月20日前建成并投入使用。', [reg.education.id]],
    ]);
  });
});

describe('a deployed task’s reply-by date', () => {
  it('refuses a reply-by after the deadline and keeps neither the proceedings nor any item', async () => {
    const db = freshDb();
    const { reg, topics } = await aHeldMeeting();
    await expect(
      meetingProceedingsRepo.save(topics[1].id, proceedings, [
        { ...task, replyBy: '2027-01-10', unitIds: [reg.education.id] },
      ]),
    ).rejects.toMatchObject({ code: 'validation', params: { rule: 'reply-after-due' } });
    expect(await db.supervisionItems.count()).toBe(0);
    const [item] = (
      await meetingProceedingsRepo.save(topics[1].id, proceedings, [
        { ...task, replyBy: '2026-12-20', unitIds: [reg.education.id] },
      ])
    ).items;
    expect([item.dueOn, item.replyBy]).toEqual(['2026-12-31', '2026-12-20']);
  });
});
