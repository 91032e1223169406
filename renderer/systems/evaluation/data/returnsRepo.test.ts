import { describe, expect, it } from 'vitest';
import { setSession } from '../../../core/data/session';
import { freshDb } from '../../../../tests/support/testDb';
import { aDesign, allAt, evaluationRegistry, printedQuestionnaire } from '../../../../tests/support/evaluationFixtures';
import { questionnairesRepo } from './questionnairesRepo';
import { resultsRepo } from './resultsRepo';
import { returnsRepo } from './returnsRepo';

const asSecondPerson = () => setSession({ staffId: 'staff-2', username: 'lina', displayName: '李娜', isAdmin: false });

describe('questionnaires and their versions (S4-4.5)', () => {
  it('edits a questionnaire in place until copies are printed, then keeps the printed version and makes the next', async () => {
    freshDb();
    const { member, town } = await evaluationRegistry();
    const q = await questionnairesRepo.create(aDesign([member.id]));
    await questionnairesRepo.revise(q.id, aDesign([member.id, town.id]));
    expect((await questionnairesRepo.versions(q.id)).map((v) => v.version)).toEqual([1]);
    const run = await questionnairesRepo.printCopies(q.id, 30);
    expect(run).toMatchObject({ version: 1, fromCopy: 1, toCopy: 30 });
    const revised = await questionnairesRepo.revise(q.id, aDesign([town.id]));
    expect(revised.currentVersion).toBe(2);
    const [v1, v2] = await questionnairesRepo.versions(q.id);
    expect(v1.questions[0]).toMatchObject({ unitIds: [member.id, town.id] });
    expect(v2.questions[0]).toMatchObject({ unitIds: [town.id] });
    expect(await questionnairesRepo.printCopies(q.id, 10)).toMatchObject({ version: 2, fromCopy: 31, toCopy: 40 });
  });

  it('keeps an old return readable and counted under the version it answered after an edit', async () => {
    freshDb();
    const { member, town } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 10);
    await returnsRepo.enter(q.id, { copyNumber: 3, receivedOn: '2026-03-05', answers: allAt([member.id], 0) });
    await questionnairesRepo.revise(q.id, aDesign([town.id]));
    await questionnairesRepo.printCopies(q.id, 10);
    await returnsRepo.enter(q.id, { copyNumber: 11, receivedOn: '2026-03-06', answers: allAt([town.id], 1) });
    expect((await returnsRepo.byCopy(q.id, 3))?.version).toBe(1);
    const matrix = await resultsRepo.matrix(2026, { granularity: 'year', level: 'item' });
    expect(matrix.get(member.id)?.get('policy')?.get('2026')?.n).toBe(1);
    expect(matrix.get(town.id)?.get('policy')?.get('2026')?.n).toBe(1);
  });
});

describe('returns keyed in by copy number', () => {
  it('refuses a copy never printed and a copy entered twice, and keeps nothing of the refused entry', async () => {
    const db = freshDb();
    const { member } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 5);
    await expect(
      returnsRepo.enter(q.id, { copyNumber: 6, receivedOn: '2026-03-05', answers: {} }),
    ).rejects.toMatchObject({ params: { reason: 'evaluation.refusals.copyNotPrinted', copy: 6 } });
    await returnsRepo.enter(q.id, { copyNumber: 2, receivedOn: '2026-03-05', answers: allAt([member.id], 1) });
    await expect(
      returnsRepo.enter(q.id, { copyNumber: 2, receivedOn: '2026-03-05', answers: allAt([member.id], 4) }),
    ).rejects.toMatchObject({ params: { reason: 'evaluation.refusals.copyEnteredTwice' } });
    expect(await db.table('questionnaireReturns').count()).toBe(1);
    expect((await questionnairesRepo.get(q.id))?.entered).toBe(1);
  });

  it('keeps an anonymous return linked to no person and dated, never timed', async () => {
    freshDb();
    const { member } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 5);
    const ret = await returnsRepo.enter(q.id, {
      copyNumber: 1,
      receivedOn: '2026-03-05',
      answers: allAt([member.id], 0),
    });
    expect(ret.talentId).toBeNull();
    const stored = JSON.stringify(await returnsRepo.get(ret.id));
    expect(stored).not.toMatch(/T\d\d:\d\d/);
    expect(stored).toContain('"receivedOn":"2026-03-05"');
  });

  it('with double entry, counts a copy only once a second person keyed it the same or the differences are settled', async () => {
    freshDb();
    const { member } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 5, { isDoubleEntry: true });
    const first = await returnsRepo.enter(q.id, {
      copyNumber: 1,
      receivedOn: '2026-03-05',
      answers: allAt([member.id], 1),
    });
    expect(first.status).toBe('awaitingSecond');
    expect(await resultsRepo.yearRows(2026)).toEqual([]);
    await expect(returnsRepo.enterSecond(first.id, allAt([member.id], 1))).rejects.toMatchObject({
      params: { reason: 'evaluation.refusals.secondEntrySamePerson' },
    });
    asSecondPerson();
    const second = await returnsRepo.enterSecond(first.id, { ...allAt([member.id], 1), [`m/${member.id}/other`]: 4 });
    expect(second).toMatchObject({ status: 'differs', differences: [`m/${member.id}/other`] });
    expect((await returnsRepo.listByStatus(q.id, 'differs')).map((r) => r.copyNumber)).toEqual([1]);
    const settled = await returnsRepo.settle(first.id, { [`m/${member.id}/other`]: 1 });
    expect(settled.status).toBe('settled');
    const tally = (await resultsRepo.matrix(2026, { granularity: 'year', level: 'item' }))
      .get(member.id)!
      .get('other')!;
    expect(tally.get('2026')).toMatchObject({ n: 1, points: 80 });
    expect(await questionnairesRepo.get(q.id)).toMatchObject({ entered: 1, unsettled: 0 });
  });

  it('imports rows all or none: one bad copy leaves no return and no count behind', async () => {
    const db = freshDb();
    const { member } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 5);
    await expect(
      returnsRepo.importReturns(q.id, 1, [
        { copyNumber: 1, receivedOn: '2026-03-05', answers: allAt([member.id], 0) },
        { copyNumber: 9, receivedOn: '2026-03-05', answers: allAt([member.id], 0) },
      ]),
    ).rejects.toMatchObject({ params: { reason: 'evaluation.refusals.copyNotPrinted' } });
    expect(await db.table('questionnaireReturns').count()).toBe(0);
    expect(await resultsRepo.yearRows(2026)).toEqual([]);
    expect(
      await returnsRepo.importReturns(q.id, 1, [
        { copyNumber: 1, receivedOn: '2026-03-05', answers: allAt([member.id], 0) },
        { copyNumber: 2, receivedOn: '2026-03-05', answers: allAt([member.id], 2) },
      ]),
    ).toBe(2);
    expect(await returnsRepo.enteredCopies(q.id)).toEqual(new Set([1, 2]));
  });

  it('lists a questionnaire on the Dashboard while fewer returns are entered than received', async () => {
    freshDb();
    const { member } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 5);
    await questionnairesRepo.registerReceived(q.id, 3);
    expect(await questionnairesRepo.countPending()).toBe(1);
    for (const copyNumber of [1, 2, 3])
      await returnsRepo.enter(q.id, { copyNumber, receivedOn: '2026-03-05', answers: allAt([member.id], 0) });
    expect(await questionnairesRepo.countPending()).toBe(0);
    await expect(questionnairesRepo.registerReceived(q.id, 2)).rejects.toMatchObject({
      params: { reason: 'evaluation.refusals.receivedBelowEntered' },
    });
  });
});
