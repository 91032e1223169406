import type { OfficeSettings } from '../../../../shared/core/office/office';
import type { Person } from '../../../../shared/systems/registry/person';
import type { Unit } from '../../../../shared/systems/registry/unit';
import type { SampleContext, SampleModule, Seed } from '../../../core/sample';
import type { SampleSupport } from '../../../core/manifest';
import { generateRegistry } from './generateRegistry';

/** The sample office's size unless the loader asks for another (the bench loads 100 000 units). */
export const SAMPLE_UNIT_COUNT = 400;
export const SAMPLE_PEOPLE_COUNT = 600;

/** The registry's sample rows: units and people, which every other system's records refer to. */
const generate: SampleModule = ({ options }) => {
  const count = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
  const { units, people } = generateRegistry({
    seed: options.seed,
    now: options.now,
    unitCount: count(options.unitCount, SAMPLE_UNIT_COUNT),
    peopleCount: count(options.peopleCount, SAMPLE_PEOPLE_COUNT),
  });
  return { units, people };
};

export const registrySample: SampleSupport = { generate };

/** What another system's sample generator needs of the registry. */
export interface RegistrySampleContext {
  seed: Seed;
  /** Records are dated before this instant; generators never read the clock. */
  now: Date;
  units: readonly Unit[];
  people: readonly Person[];
  office: OfficeSettings;
}

/** The sample registry the loader generated first, for the systems that come after it. */
export function withRegistry({ options, office, tables }: SampleContext): RegistrySampleContext {
  return {
    seed: options.seed,
    now: options.now,
    office,
    units: (tables.units ?? []) as unknown as Unit[],
    people: (tables.people ?? []) as unknown as Person[],
  };
}
