import { describe, expect, it } from 'vitest';
import { setSession } from '../../../core/data/session';
import { freshDb } from '../../../../tests/support/testDb';
import { allAt, evaluationRegistry, printedQuestionnaire } from '../../../../tests/support/evaluationFixtures';
import { supervisionItemsRepo } from '../../supervision/data/supervisionItemsRepo';
import { documentsRepo } from '../../../core/data/documentsRepo';
import { hotlineRepo } from './hotlineRepo';
import { recordsRepo } from './recordsRepo';
import { remindersRepo } from './remindersRepo';
import { resultsRepo } from './resultsRepo';
import { returnsRepo } from './returnsRepo';

const issuedOn = new Date(2026, 8, 28, 10);

async function lowlyRated() {
  const registry = await evaluationRegistry();
  const { town } = registry;
  for (const [i, grade] of [3, 3, 4, 2, 3].entries())
    await recordsRepo.create({
      channel: 'phone',
      on: `2026-08-1${i}`,
      staffName: '李娜',
      ratings: [{ unitId: town.id, contentId: 'performance', grade, opinion: i === 0 ? '窗口人员态度生硬' : '' }],
    });
  return registry;
}

describe('kept results', () => {
  it('always equal a recount of every record and return, through call-backs that reopen and settled double entries', async () => {
    freshDb();
    const { member, town, village } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id, town.id], 20);
    for (let copy = 1; copy <= 8; copy++)
      await returnsRepo.enter(q.id, {
        copyNumber: copy,
        receivedOn: `2026-0${1 + (copy % 6)}-03`,
        answers: allAt([member.id, town.id], copy % 5),
      });
    const entry = await recordsRepo.create({
      channel: 'hotline',
      on: '2026-03-02',
      staffName: '王芳',
      contact: '139',
      summary: '咨询',
      contentIds: ['policy'],
    });
    await hotlineRepo.forward(entry.id, { unitId: village.id, note: '' });
    await hotlineRepo.answer(entry.id, { text: '已答复' });
    await hotlineRepo.callBack(entry.id, { grade: 3, opinion: '' });
    await hotlineRepo.answer(entry.id, { text: '再答复' });
    await hotlineRepo.callBack(entry.id, { grade: 1, opinion: '' });
    await recordsRepo.create({
      channel: 'talk',
      on: '2025-12-30',
      staffName: '王芳',
      ratings: [{ unitId: member.id, contentId: 'other', grade: 2, opinion: '' }],
    });
    const twice = await printedQuestionnaire([village.id], 3, { isDoubleEntry: true });
    const first = await returnsRepo.enter(twice.id, {
      copyNumber: 1,
      receivedOn: '2026-04-01',
      answers: allAt([village.id], 0),
    });
    setSession({ staffId: 'staff-2', username: 'lina', displayName: '李娜', isAdmin: false });
    await returnsRepo.enterSecond(first.id, allAt([village.id], 1));
    await returnsRepo.settle(first.id, Object.fromEntries(Object.keys(allAt([village.id], 1)).map((k) => [k, 2])));
    const kept = [...(await resultsRepo.yearRows(2025)), ...(await resultsRepo.yearRows(2026))];
    const recount = await resultsRepo.recount();
    expect(new Map(kept.map((r) => [r.key, r]))).toEqual(recount);
    expect(kept.length).toBe(4);
  });

  it('opens the records and returns behind a number', async () => {
    freshDb();
    const { member, town } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 5);
    await returnsRepo.enter(q.id, { copyNumber: 4, receivedOn: '2026-08-03', answers: allAt([member.id], 1) });
    const talk = await recordsRepo.create({
      channel: 'talk',
      on: '2026-09-01',
      staffName: '王芳',
      ratings: [{ unitId: member.id, contentId: 'policy', grade: 0, opinion: '好' }],
    });
    await recordsRepo.create({
      channel: 'talk',
      on: '2026-09-01',
      staffName: '王芳',
      ratings: [{ unitId: town.id, contentId: 'policy', grade: 0, opinion: '' }],
    });
    const behind = await resultsRepo.sources(member.id, ['policy'], '2026-Q3');
    expect(behind.records.map((r) => r.id)).toEqual([talk.id]);
    expect(behind.returns.map((r) => r.copyNumber)).toEqual([4]);
    expect((await resultsRepo.sources(member.id, ['policy'], '2026-Q4')).records).toEqual([]);
  });
});

describe('通报提醒 and 限期整改 (S4-5.3)', () => {
  it('issues a numbered reminder to a flagged unit with a 15-working-day deadline tracked as a supervision item, linked both ways', async () => {
    freshDb();
    const { town } = await lowlyRated();
    const reminder = await remindersRepo.issue(
      {
        unitId: town.id,
        contentId: 'performance',
        period: '2026-Q3',
        prefix: '海人才办发',
        secrecy: 'internal',
        opinions: ['窗口人员态度生硬'],
      },
      issuedOn,
    );
    expect(reminder).toMatchObject({
      number: '海人才办发〔2026〕1号',
      dueOn: '2026-10-23',
      workingDays: 15,
      assumedYears: [],
      n: 5,
    });
    const item = await supervisionItemsRepo.get(reminder.itemId);
    expect(item).toMatchObject({
      source: 'evaluation',
      taskId: reminder.id,
      unitId: town.id,
      dueOn: '2026-10-23',
      status: 'open',
    });
    expect((await remindersRepo.byItem(reminder.itemId))?.id).toBe(reminder.id);
    const doc = await documentsRepo.get(reminder.documentId);
    expect(doc?.document.mainRecipients).toBe('中共海城市牛庄镇委员会：');
    expect(JSON.stringify(doc?.document.body)).toContain('于2026年10月23日前（15个工作日内）完成整改');
  });

  it('refuses a reminder for a unit the thresholds do not flag, and a second one for the same flag', async () => {
    freshDb();
    const { town, member } = await lowlyRated();
    const req = {
      contentId: 'performance',
      period: '2026-Q3',
      prefix: '海人才办发',
      secrecy: 'internal' as const,
      opinions: [],
    };
    await expect(remindersRepo.issue({ ...req, unitId: member.id }, issuedOn)).rejects.toMatchObject({
      params: { reason: 'evaluation.refusals.reminderNotFlagged' },
    });
    await remindersRepo.issue({ ...req, unitId: town.id }, issuedOn);
    await expect(remindersRepo.issue({ ...req, unitId: town.id }, issuedOn)).rejects.toMatchObject({
      params: { reason: 'evaluation.refusals.reminderExists' },
    });
    expect(await remindersRepo.list()).toHaveLength(1);
  });
});
