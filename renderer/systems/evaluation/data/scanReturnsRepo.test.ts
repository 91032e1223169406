import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../../tests/support/testDb';
import { evaluationRegistry, printedQuestionnaire } from '../../../../tests/support/evaluationFixtures';
import { resultsRepo } from './resultsRepo';
import { returnsRepo } from './returnsRepo';
import { scanReturnsRepo } from './scanReturnsRepo';

describe('returns read from scanned paper (ScanReturnsPort)', () => {
  it('gives the layout of each printed version, its boxes one row per unit and content item', async () => {
    freshDb();
    const { member, town } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id, town.id], 20);
    const [layout, ...more] = await scanReturnsRepo.printedLayouts();
    expect(more).toEqual([]);
    expect(layout).toMatchObject({ questionnaireId: q.id, version: 1, secrecy: 'internal' });
    expect(layout.groups.map((g) => g.id)).toContain(`m/${town.id}/performance`);
  });

  it('saves a reviewed copy as a counted anonymous return, final even with double entry, and refuses its 份号 twice', async () => {
    const db = freshDb();
    const { member } = await evaluationRegistry();
    const q = await printedQuestionnaire([member.id], 10, { isDoubleEntry: true });
    const paper = {
      questionnaireId: q.id,
      version: 1,
      copyNumber: 4,
      answers: [
        { itemId: 'm', unitId: member.id, contentId: 'policy', choiceIds: ['3'] },
        { itemId: 's', choiceIds: ['2'] },
      ],
      textImages: [],
      isAnonymous: true as const,
    };
    expect(await scanReturnsRepo.saveReturn(paper)).toEqual({ status: 'saved' });
    const saved = await returnsRepo.byCopy(q.id, 4);
    expect(saved).toMatchObject({ status: 'single', talentId: null, answers: { [`m/${member.id}/policy`]: 3, s: 2 } });
    const year = Number(saved!.receivedOn.slice(0, 4));
    const matrix = await resultsRepo.matrix(year, { granularity: 'year', level: 'item' });
    expect(matrix.get(member.id)?.get('policy')?.get(String(year))).toMatchObject({ n: 1 });
    expect(await scanReturnsRepo.saveReturn(paper)).toEqual({ status: 'refused', reason: 'copy-already-entered' });
    expect(await db.table('questionnaireReturns').count()).toBe(1);
  });
});
