import { describe, expect, it } from 'vitest';
import { installSystems } from '../../../core/plugin/installed';
import { sampleRepo } from '../../../core/data/sampleRepo';
import { SYSTEMS } from '../../../app/systems';
import { freshDb } from '../../../../tests/support/testDb';
import { hotlineRepo } from '../data/hotlineRepo';
import { questionnairesRepo } from '../data/questionnairesRepo';
import { remindersRepo } from '../data/remindersRepo';
import { resultsRepo } from '../data/resultsRepo';
import { supervisionService } from '../../supervision';
import { RECORD_CHANNELS, type EvaluationRecord } from '../../../../shared/systems/evaluation';

const NOW = new Date('2026-11-25T09:00:00');

describe('sample year of evaluation', () => {
  it('holds every channel, two questionnaire versions with hundreds of returns and one rectification, and is removed whole', async () => {
    installSystems(SYSTEMS);
    const db = freshDb();
    await sampleRepo.load({ now: NOW });
    const records = (await db.evaluationRecords.toArray()) as EvaluationRecord[];
    expect(new Set(records.map((r) => r.channel))).toEqual(new Set(RECORD_CHANNELS));
    expect(await hotlineRepo.countOpen('answered')).toBeGreaterThan(0);
    const [annual] = (await questionnairesRepo.list()).filter((q) => q.title === '人才工作满意度调查问卷');
    expect((await questionnairesRepo.versions(annual.id)).map((v) => v.version)).toEqual([1, 2]);
    expect(await db.questionnaireReturns.count()).toBeGreaterThan(300);
    expect(await questionnairesRepo.countPending()).toBe(1);
    const [reminder] = await remindersRepo.list();
    const [item] = await supervisionService.items([reminder.itemId]);
    expect(item).toMatchObject({ source: 'evaluation', taskId: reminder.id, status: 'open' });
    const year2026 = await resultsRepo.yearRows(2026);
    const kept = [...(await resultsRepo.yearRows(2025)), ...year2026];
    expect(new Map(kept.map((r) => [r.key, r]))).toEqual(await resultsRepo.recount());
    await sampleRepo.remove();
    expect(await db.evaluationRecords.count()).toBe(0);
    expect(await db.evaluationTallies.count()).toBe(0);
    expect(await remindersRepo.list()).toEqual([]);
  });
});
