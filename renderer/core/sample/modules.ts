import type { OfficeSettings } from '../../../shared/core/office/office';
import type { Seed } from './random';

/** What the sample loader was asked for: the seed, the instant, and any system's own sizes. */
export interface SampleOptions {
  seed: Seed;
  /** Records are dated before this instant; generators never read the clock. */
  now: Date;
  /** A system's own knobs, e.g. the registry's unitCount and peopleCount. */
  [option: string]: unknown;
}

/** What a system's sample generator builds on. */
export interface SampleContext {
  options: SampleOptions;
  office: OfficeSettings;
  /**
   * Rows the systems before this one generated, by table (systems run in the manifests' order,
   * the registry first: every other system's records refer to its units and people).
   */
  tables: Readonly<SampleTables>;
}

/** Rows per table name (as in the database), each marked `isSample: 1`. */
export type SampleTables = Record<string, Array<{ id?: string; isSample?: 0 | 1 } & object>>;

/**
 * A system's sample records (a year of meetings, of checks and items, …), pure and seeded. The
 * sample repository writes every system's rows in one transaction and removes them all by their
 * `isSample` mark.
 */
export type SampleModule = (context: SampleContext) => SampleTables;
