import { installSystems } from '../core/plugin/installed';
import { installSearchWorker } from '../core/search/workerFactory';
import { SYSTEMS } from './systems';

// Before anything opens the database or renders: the core reads the systems from here.
installSystems(SYSTEMS);
// The header search's index is built in a worker that loads the same systems' search sources.
installSearchWorker(() => new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' }));
