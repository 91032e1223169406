/**
 * The registry's public entry (renderer): reading units and people, and the sample registry other
 * systems' sample generators build on. Another system imports the registry only from here.
 */
export { unitsRepo } from './data/unitsRepo';
export { peopleRepo } from './data/peopleRepo';
export { withRegistry, type RegistrySampleContext } from './sample';
