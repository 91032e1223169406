import type { Person } from '../../../../shared/systems/registry/person';
import type { Unit } from '../../../../shared/systems/registry/unit';
import { generatePeople } from './generatePeople';
import { generateUnits } from './generateUnits';
import { createRandom, type Seed } from '../../../core/sample/random';

export interface RegistryOptions {
  /** Same seed, same counts and same `now` give the same records, ids included. */
  seed: Seed;
  unitCount: number;
  peopleCount: number;
  /** Timestamps are placed before this instant; the generator never reads the clock. */
  now: Date;
}

export interface SampleRegistry {
  units: Unit[];
  people: Person[];
}

/**
 * A Haicheng-like registry of sample records (`isSample: 1`), complete as the repositories store
 * them. Units: Haicheng's member units, towns/subdistricts and zones, then villages and
 * communities under the towns. People: staff, invitees, one contact per unit, then talents.
 * Linear in the counts; 100 000 units are one benchmark's worth.
 */
export function generateRegistry({ seed, unitCount, peopleCount, now }: RegistryOptions): SampleRegistry {
  if (!Number.isInteger(unitCount) || unitCount < 0) throw new RangeError('unitCount must be a whole number ≥ 0');
  if (!Number.isInteger(peopleCount) || peopleCount < 0) throw new RangeError('peopleCount must be a whole number ≥ 0');
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid date');
  // Separate streams: people change with peopleCount without shifting any unit, and vice versa.
  const root = createRandom(seed);
  const { units, contacts, townNames } = generateUnits(root.fork('units'), unitCount, now);
  const people = generatePeople(root.fork('people'), peopleCount, units, contacts, townNames, now);
  return { units, people };
}
