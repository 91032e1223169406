/**
 * Sample data (示例数据) for Settings, tests and the benchmark: a seeded, deterministic registry
 * shaped like Haicheng's talent office. It is clearly sample: every record carries `isSample: 1`,
 * so Settings removes all of it in one step through the `isSample` index, and nothing here is a
 * real person's contact data. Pure: no clock, no storage, no DOM.
 */
export {
  generateRegistry,
  type RegistryOptions,
  type SampleRegistry,
} from '../../systems/registry/sample/generateRegistry';
export { REALISTIC_UNIT_COUNT } from '../../systems/registry/sample/generateUnits';
export { createRandom, type Random, type Seed } from './random';
export { generateSampleDocuments, sampleBody, type SampleDocumentOptions } from '../../../scripts/sampleDocuments';
export { SAMPLE_MODULES, type SampleContext, type SampleModule, type SampleTables } from './modules';
