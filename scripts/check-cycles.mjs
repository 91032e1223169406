// `npm run lint` step: fails on any import cycle between the app's files (scripts/importCycles.mjs).
import { findCycles } from './importCycles.mjs';

const cycles = findCycles(process.cwd(), ['renderer', 'shared', 'electron', 'webhost']);
for (const cycle of cycles) console.error(`import cycle: ${cycle.join(' ↔ ')}`);
if (cycles.length) process.exit(1);
console.log('import cycles: none');
