import { describe, expect, it, vi } from 'vitest';
import { PIECE_BYTES } from '../../shared/core/bridge/limits';
import { sealedBackup } from '../support/sealedBackup';
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

describe('a quit snapshot bigger than one piece (Electron)', () => {
  it('is written by the page in pieces, kept as a quit backup, and main hears where', async () => {
    const h = await makeElectronHarness();
    try {
      const snapshot = await sealedBackup('z'.repeat(PIECE_BYTES + 1000), { counts: { staff: 1 } });
      h.host.onSnapshotRequest(async () => snapshot);
      const answer = await h.requestSnapshot('quit');
      const [entry] = await h.host.listBackups();
      expect(answer).toEqual({ status: 'written-by-page', path: entry.path });
      expect(entry).toMatchObject({ size: snapshot.bytes.byteLength, meta: { reason: 'quit', sequence: 1 } });
      expect(Buffer.from(await h.host.readBackup({ path: entry.path })).equals(Buffer.from(snapshot.bytes))).toBe(true);
    } finally {
      await h.dispose();
    }
  });
});

describe('an archive bundle whose document cannot be printed to PDF (Electron)', () => {
  it('says so before any dialog, and writes nothing', async () => {
    const h = await makeElectronHarness({ pdfFails: true });
    try {
      const request = {
        suggestedName: '立卷归档.zip',
        files: [{ path: '01-督办通知单.docx', bytes: new Uint8Array([80, 75, 3, 4]) }],
        pdfs: [{ path: '00-卷内文件目录.pdf', html: '<!doctype html><p>目录</p>' }],
      };
      // Were a dialog asked, this answer would cancel it and the save would resolve 'cancelled'.
      h.cancelNextDialog();
      await expect(h.host.saveArchive(request)).rejects.toMatchObject({ code: 'print-failed' });
      expect(await h.savedFiles()).toEqual([]);
    } finally {
      await h.dispose();
    }
  });
});
