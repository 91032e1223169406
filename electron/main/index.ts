import * as electron from 'electron';
import { startMainProcess } from './mainProcess';

// Wiring only (mainProcess.ts); tests/smoke loads the built bundle of this file with a stub 'electron'.
startMainProcess(electron);
