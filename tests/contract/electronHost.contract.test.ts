import { vi } from 'vitest';
import { makeElectronHarness } from './electronHarness';
import { runHostBridgeContract } from './hostBridge.contract';
import { runBigFileContract } from './bigFiles.contract';

// The preload imports 'electron', which needs the binary; it only uses these two at load time.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: () => undefined },
  ipcRenderer: { invoke: () => undefined },
}));

runHostBridgeContract('Electron preload + main handlers', makeElectronHarness, {
  canDetectCancelledSave: true,
  hasBackupFolder: true,
  asksForSnapshots: true,
  printsArchivePdf: true,
  namesItsFolders: true,
});

runBigFileContract('Electron preload + main handlers', makeElectronHarness, {
  movesFilesInPieces: true,
  hasBackupFolder: true,
});
