import { installSystems } from '../core/plugin/installed';
import { SYSTEMS } from './systems';

// Before anything opens the database or renders: the core reads the systems from here.
installSystems(SYSTEMS);
