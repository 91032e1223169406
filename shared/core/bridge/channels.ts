import type { HostWireMethod } from './contract';

/** IPC channel per bridge method. The preload exposes only these; main handles only these. */
export const CHANNELS = {
  saveFile: 'host:save-file',
  print: 'host:print',
  printToPdf: 'host:print-to-pdf',
  showInFolder: 'host:show-in-folder',
  listPrinters: 'host:list-printers',
  appInfo: 'host:app-info',
  storageStatus: 'host:storage-status',
  writeBackup: 'host:write-backup',
  listBackups: 'host:list-backups',
  backupPolicy: 'host:backup-policy',
  // The renderer's answer to a snapshot request (HOST_EVENTS.snapshotRequest).
  onSnapshotRequest: 'host:snapshot-reply',
  // One document of an archive bundle as PDF; the page builds the zip and saves it in pieces.
  renderPdf: 'host:render-pdf',
  // Big files in pieces (shared/core/bridge/pieces.ts): opened files and backups are read this way.
  beginRead: 'host:begin-read',
  readPiece: 'host:read-piece',
  endRead: 'host:end-read',
  beginWrite: 'host:begin-write',
  writePiece: 'host:write-piece',
  finishWrite: 'host:finish-write',
  abortWrite: 'host:abort-write',
} as const satisfies Record<HostWireMethod, string>;

/** Events main sends to the renderer; the preload listens only to these. */
export const HOST_EVENTS = {
  snapshotRequest: 'host:snapshot-request',
} as const;

/**
 * Calls the preload makes on its own, not on the page's behalf: `snapshotListening` tells main that
 * the page's snapshot provider is registered (or gone), so a quit never waits on a page that
 * cannot answer.
 */
export const HOST_SIGNALS = {
  snapshotListening: 'host:snapshot-listening',
} as const;

export type Channel = (typeof CHANNELS)[HostWireMethod] | (typeof HOST_SIGNALS)[keyof typeof HOST_SIGNALS];

/** The custom protocol the app's content is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://workbench';
