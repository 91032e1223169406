import { generateRegistry } from '../../../shared/sample';
import { getDb } from '../db';
import { read, writeWithAudit } from './write';

export interface SampleCounts {
  units: number;
  people: number;
}

/**
 * Sample data: every record carries isSample = 1, so the whole set is removable in one step
 * without touching the office's own records.
 */
export const sampleRepo = {
  async load({ seed = 2026, unitCount = 400, peopleCount = 600, now = new Date() } = {}): Promise<SampleCounts> {
    const { units, people } = generateRegistry({ seed, unitCount, peopleCount, now });
    const db = getDb();
    return writeWithAudit([db.units, db.people], async (audit) => {
      await db.units.bulkPut(units);
      await db.people.bulkPut(people);
      await audit('sample', '*', 'create', null, { seed, units: units.length, people: people.length }, units.length + people.length);
      return { units: units.length, people: people.length };
    });
  },

  count(): Promise<SampleCounts> {
    return read(async () => {
      const db = getDb();
      // A scan: sample data is counted on the Settings page only, and an index would slow every insert.
      return { units: await db.units.filter((u) => u.isSample === 1).count(), people: await db.people.filter((p) => p.isSample === 1).count() };
    });
  },

  async remove(): Promise<SampleCounts> {
    const db = getDb();
    return writeWithAudit([db.units, db.people], async (audit) => {
      const units = await db.units.filter((u) => u.isSample === 1).delete();
      const people = await db.people.filter((p) => p.isSample === 1).delete();
      await audit('sample', '*', 'delete', { units, people }, null, units + people);
      return { units, people };
    });
  },
};
