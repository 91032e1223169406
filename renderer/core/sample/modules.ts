import type { OfficeSettings } from '../../../shared/core/office/office';
import type { Person } from '../../../shared/systems/registry/person';
import type { Unit } from '../../../shared/systems/registry/unit';
import type { Seed } from './random';
import { generateMeetings } from '../../systems/meetings/sample/generateMeetings';
import { generateSupervision } from '../../systems/supervision/sample/generateSupervision';

/** What a module's sample generator builds on: the sample registry it refers to. */
export interface SampleContext {
  seed: Seed;
  /** Records are dated before this instant; generators never read the clock. */
  now: Date;
  units: readonly Unit[];
  people: readonly Person[];
  office: OfficeSettings;
}

/** Rows per table name (as in the database), each marked `isSample: 1`. */
export type SampleTables = Record<string, Array<{ id?: string; isSample?: 0 | 1 } & object>>;

/**
 * A module's sample records (a year of meetings, of checks and items, …), pure and seeded like the
 * registry. The sample repository writes every module's rows in the same transaction as the
 * registry's, and removes them all by their `isSample` mark.
 */
export type SampleModule = (context: SampleContext) => SampleTables;

/** Each system adds its generator here. */
export const SAMPLE_MODULES: SampleModule[] = [
  // System 1: a year of scheduling meetings in every phase, with their documents and task items.
  generateMeetings,
  // System 2: a year of checks and items in every state.
  generateSupervision,
];
