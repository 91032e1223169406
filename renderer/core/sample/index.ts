/**
 * Sample data (示例数据) for Settings, tests and the benchmark: seeded and deterministic, shaped
 * like Haicheng's talent office. It is clearly sample: every record carries `isSample: 1`, so
 * Settings removes all of it in one step, and nothing here is a real person's contact data.
 * Each system generates its own (its manifest's `sample`); this is what they share. Pure.
 */
export { createRandom, type Random, type Seed } from './random';
export type { SampleContext, SampleModule, SampleOptions, SampleTables } from './modules';
