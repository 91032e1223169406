// @vitest-environment jsdom
import { makeBrowserHarness } from './browserHarness';
import { runHostBridgeContract } from './hostBridge.contract';
import { runBigFileContract } from './bigFiles.contract';

// A plain browser without the web host (vite dev, a static server): no backup folder.
runHostBridgeContract('browser host', () => makeBrowserHarness({ webHost: null }), {
  canDetectCancelledSave: false,
  hasBackupFolder: false,
  printsArchivePdf: false,
});

runBigFileContract('browser host', () => makeBrowserHarness({ webHost: null }), {
  movesFilesInPieces: false,
  hasBackupFolder: false,
});
