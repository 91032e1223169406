/** The public entry of System 4 (服务对象评价) (renderer). */
/** The scan side's port (issue 19): printed layouts, and a reviewed copy saved as a return. */
export { scanReturnsRepo } from './data/scanReturnsRepo';
