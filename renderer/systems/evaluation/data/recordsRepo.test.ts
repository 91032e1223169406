import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { evaluationRegistry } from '../../../../tests/support/evaluationFixtures';
import { hotlineRepo } from './hotlineRepo';
import { recordsRepo } from './recordsRepo';
import { resultsRepo } from './resultsRepo';

const rating = (unitId: string, contentId: string, grade: number, opinion = '') => ({
  unitId,
  contentId,
  grade,
  opinion,
});

describe('channel records', () => {
  it('keeps a heart-to-heart talk with the talent, the staff, the ratings and their words (S4-4.2)', async () => {
    freshDb();
    const { member, talent } = await evaluationRegistry();
    const talk = await recordsRepo.create({
      channel: 'talk',
      on: '2026-04-08',
      staffName: '王芳',
      talentId: talent.id,
      summary: '宣讲人才新政，了解子女入学困难',
      ratings: [rating(member.id, 'policy', 1, '政策解读清楚')],
    });
    expect(await recordsRepo.get(talk.id)).toMatchObject({
      channel: 'talk',
      talentId: talent.id,
      unitIds: [member.id],
      ratings: [{ opinion: '政策解读清楚', grade: 1 }],
      cellKeys: [`2026-04|${member.id}|policy`],
    });
    expect(await recordsRepo.listByChannel('talk', 2026)).toHaveLength(1);
  });

  it('records a visit to a village and a phone inquiry, counted in that unit’s results at once (S4-4.3, S4-4.4)', async () => {
    freshDb();
    const { village, town } = await evaluationRegistry();
    await recordsRepo.create({
      channel: 'visit',
      on: '2026-05-10',
      staffName: '李娜',
      ratings: [rating(village.id, 'performance', 0)],
    });
    await recordsRepo.create({
      channel: 'phone',
      on: '2026-05-11',
      staffName: '李娜',
      ratings: [rating(town.id, 'performance', 3, '办事拖沓')],
    });
    const matrix = await resultsRepo.matrix(2026, { granularity: 'month', level: 'item' });
    expect(matrix.get(village.id)?.get('performance')?.get('2026-05')?.n).toBe(1);
    expect(matrix.get(town.id)?.get('performance')?.get('2026-05')?.dissatisfied).toBe(1);
  });

  it('records a themed event with its kind, title and attendees (S4-4.6)', async () => {
    freshDb();
    const { member, talent, other } = await evaluationRegistry();
    const salon = await recordsRepo.create({
      channel: 'event',
      eventKind: 'salon',
      title: '第三期“高端人才沙龙”',
      on: '2026-06-20',
      staffName: '王芳',
      attendeeIds: [talent.id, other.id],
      attendeeCount: 26,
      summary: '围绕成果转化交流',
      ratings: [rating(member.id, 'policy', 0)],
    });
    expect(salon).toMatchObject({ eventKind: 'salon', attendeeCount: 26, attendeeIds: [talent.id, other.id] });
  });

  it('refuses a rating of a unit the registry does not have, and keeps nothing of it', async () => {
    freshDb();
    await evaluationRegistry();
    await expect(
      recordsRepo.create({
        channel: 'phone',
        on: '2026-05-11',
        staffName: '李娜',
        ratings: [rating('nope', 'policy', 1)],
      }),
    ).rejects.toMatchObject({ code: 'validation', params: { rule: 'unknown-unit' } });
    expect(await recordsRepo.listByChannel('phone', 2026)).toEqual([]);
    expect(await resultsRepo.yearRows(2026)).toEqual([]);
  });
});

describe('the hotline and the box (S4-4.1)', () => {
  it('logs a call, forwards it, takes the unit’s answer and closes it on a satisfied call-back, counting the call-back', async () => {
    freshDb();
    const { member, talent } = await evaluationRegistry();
    const entry = await recordsRepo.create({
      channel: 'hotline',
      on: '2026-03-02',
      staffName: '王芳',
      talentId: talent.id,
      summary: '安家补贴迟迟未到账',
      contentIds: ['performance'],
    });
    expect(await hotlineRepo.countOpen('logged')).toBe(1);
    await hotlineRepo.forward(entry.id, { unitId: member.id, note: '请核实', on: '2026-03-02' });
    await hotlineRepo.answer(entry.id, { text: '已补发', on: '2026-03-06' });
    expect((await hotlineRepo.listOpen('answered')).map((r) => r.id)).toEqual([entry.id]);
    const closed = await hotlineRepo.callBack(entry.id, { grade: 1, opinion: '满意', on: '2026-03-09' });
    expect(closed.loop?.status).toBe('closed');
    expect(await hotlineRepo.countOpen('answered')).toBe(0);
    const matrix = await resultsRepo.matrix(2026, { granularity: 'month', level: 'item' });
    expect(matrix.get(member.id)?.get('performance')?.get('2026-03')?.n).toBe(1);
  });

  it('reopens an entry on an unsatisfied call-back and counts both call-backs, each locked', async () => {
    freshDb();
    const { member } = await evaluationRegistry();
    const note = await recordsRepo.create({
      channel: 'box',
      on: '2026-03-02',
      staffName: '王芳',
      contact: '13900000000',
      summary: '人才公寓维修无人管',
      contentIds: ['performance'],
    });
    await hotlineRepo.forward(note.id, { unitId: member.id, note: '' });
    await hotlineRepo.answer(note.id, { text: '已派人', on: '2026-03-04' });
    const reopened = await hotlineRepo.callBack(note.id, { grade: 3, opinion: '还没修', on: '2026-03-05' });
    expect([reopened.loop?.status, reopened.loop?.round]).toEqual(['forwarded', 2]);
    await expect(hotlineRepo.callBack(note.id, { grade: 0, opinion: '' })).rejects.toMatchObject({
      params: { reason: 'evaluation.refusals.noAnswerYet' },
    });
    await hotlineRepo.answer(note.id, { text: '已修好', on: '2026-03-10' });
    await hotlineRepo.callBack(note.id, { grade: 0, opinion: '', on: '2026-03-11' });
    const tally = (await resultsRepo.matrix(2026, { granularity: 'month', level: 'item' }))
      .get(member.id)!
      .get('performance')!
      .get('2026-03')!;
    expect([tally.n, tally.dissatisfied]).toEqual([2, 1]);
  });

  it('refuses a call-back to an anonymous entry with no contact; the office closes it with a reason', async () => {
    freshDb();
    await evaluationRegistry();
    const note = await recordsRepo.create({
      channel: 'box',
      on: '2026-03-02',
      staffName: '王芳',
      summary: '建议多办沙龙',
    });
    await hotlineRepo.answer(note.id, { text: '已采纳' });
    await expect(hotlineRepo.callBack(note.id, { grade: 0, opinion: '' })).rejects.toMatchObject({
      params: { reason: 'evaluation.refusals.noContactForCallback' },
    });
    const closed = await hotlineRepo.close(note.id, { reason: '匿名来信，无法回访' });
    expect(closed.loop?.closure).toMatchObject({ how: 'office', reason: '匿名来信，无法回访' });
  });
});
