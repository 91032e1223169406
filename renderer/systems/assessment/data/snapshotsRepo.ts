import { newId } from '../../../../shared/core/common/ids';
import type { AssessmentSnapshot } from '../../../../shared/systems/assessment';
import { getDb } from '../../../core/data/db';
import { requireSession } from '../../../core/data/session';
import { read, writeWithAudit } from '../../../core/data/write';
import { figuresRepo } from './figuresRepo';

/** Frozen years (冻结): taken from the live figures in one step, never changed afterwards. */
export const snapshotsRepo = {
  async freeze(year: number, today: string, note = '', now = new Date()): Promise<AssessmentSnapshot> {
    const session = requireSession();
    const [live, units] = await Promise.all([figuresRepo.live(year, today), figuresRepo.units()]);
    const snapshot: AssessmentSnapshot = {
      id: newId(),
      year,
      takenAt: now.toISOString(),
      takenById: session.staffId,
      takenBy: session.displayName,
      countedOn: today,
      units,
      parts: live.parts,
      note: note.trim(),
    };
    const db = getDb();
    await writeWithAudit([db.assessmentSnapshots], async (audit) => {
      await db.assessmentSnapshots.add(snapshot);
      await audit('assessmentSnapshots', snapshot.id, 'create', null, { year, countedOn: today, note: snapshot.note });
    });
    return snapshot;
  },

  /** A year's snapshots, newest first. */
  list: (year: number): Promise<AssessmentSnapshot[]> =>
    read(async () => (await getDb().assessmentSnapshots.where('year').equals(year).sortBy('takenAt')).reverse()),

  get: (id: string): Promise<AssessmentSnapshot | undefined> => read(() => getDb().assessmentSnapshots.get(id)),
};
