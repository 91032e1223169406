import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostBridge } from '../../shared/core/bridge/contract';
import {
  appInfoSchema,
  storageStatusSchema,
  listPrintersResultSchema,
  openFileResultSchema,
  printResultSchema,
  saveFileResultSchema,
} from '../../shared/core/bridge/schemas';
import { AppError } from '../../shared/core/errors';
import type { BackupReason, WriteBackupRequest } from '../../shared/core/bridge/backupSchemas';
import { strFromU8, unzipSync } from 'fflate';
import { sealedBackup } from '../support/sealedBackup';

/**
 * One behaviour suite for every HostBridge implementation (Electron preload + main, browser).
 * A harness plays the user (dialogs, file pickers) and reports what reached the "disk" or printer.
 */
export interface HostHarness {
  host: HostBridge;
  kind: 'electron' | 'browser';
  version: string;
  /** A browser download cannot be cancelled from the page's point of view; a save dialog can. */
  canDetectCancelledSave: boolean;
  /** The next save or open dialog is dismissed. */
  cancelNextDialog(): void;
  /** The next open dialog picks this file. */
  pickNextFile(name: string, bytes: Uint8Array): Promise<void>;
  /** Files the host wrote (Electron: the folder the dialog points to; browser: downloads). */
  savedFiles(): Promise<Array<{ name: string; bytes: Uint8Array }>>;
  /** HTML documents that reached a print job (dialog, silent or PDF). */
  printedDocuments(): string[];
  /** Main asks the page for a snapshot (the desktop app on quit); absent where the host never asks. */
  askForSnapshot?(reason: BackupReason): Promise<WriteBackupRequest | null>;
  dispose(): Promise<void>;
}

// Copied into this realm's Uint8Array: under jsdom, TextEncoder returns Node's, which fails instanceof.
const docx = (text: string) => new Uint8Array(new TextEncoder().encode(text));
const baseName = (p: string) => p.split(/[\\/]/).pop();

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** What an implementation can observe at all: a browser never learns of a cancelled download. */
export interface HostCapabilities {
  canDetectCancelledSave: boolean;
  /** The desktop app keeps automatic backups in a folder outside the browser profile. */
  hasBackupFolder: boolean;
  /** The host asks the page for a snapshot when it decides (the desktop app, on quit). */
  asksForSnapshots?: boolean;
  /** Electron prints archive documents to PDF; the browser keeps their print HTML. */
  printsArchivePdf: boolean;
  /** The desktop app names its data and backup folders (About); a browser's profile is its own. */
  namesItsFolders?: boolean;
}

export function runHostBridgeContract(
  name: string,
  makeHarness: () => Promise<HostHarness>,
  capabilities: HostCapabilities,
): void {
  describe(`HostBridge contract: ${name}`, () => {
    let h: HostHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(() => h.dispose());

    it('saves the bytes the renderer gave', async () => {
      const bytes = docx('PK\u0003\u0004 督办通知单');
      const result = saveFileResultSchema.parse(await h.host.saveFile({ suggestedName: '督办通知单.docx', bytes }));
      expect(result.status).toBe('saved');
      expect(result.status === 'saved' && baseName(result.path)).toBe('督办通知单.docx');
      expect(await h.savedFiles()).toEqual([{ name: '督办通知单.docx', bytes }]);
    });

    // Registered only where a save dialog exists; the browser's download has no cancel to report.
    if (capabilities.canDetectCancelledSave)
      it('reports a cancelled save dialog and writes nothing', async () => {
        h.cancelNextDialog();
        expect(await h.host.saveFile({ suggestedName: 'report.docx', bytes: docx('x') })).toEqual({
          status: 'cancelled',
        });
        expect(await h.savedFiles()).toEqual([]);
      });

    it.each(['../evil.docx', 'sub/report.docx', 'sub\\report.docx', '/etc/passwd', 'C:\\Windows\\x.docx'])(
      'rejects the file name %s with a path separator as invalid-payload',
      async (suggestedName) => {
        const error = await rejection(h.host.saveFile({ suggestedName, bytes: docx('x') }));
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: 'invalid-payload', params: { field: 'suggestedName' } });
        expect(await h.savedFiles()).toEqual([]);
      },
    );

    it('rejects bytes that are not bytes as invalid-payload', async () => {
      const request = { suggestedName: 'a.docx', bytes: 'not bytes' } as unknown as Parameters<
        HostBridge['saveFile']
      >[0];
      expect(await rejection(h.host.saveFile(request))).toMatchObject({
        code: 'invalid-payload',
        params: { field: 'bytes' },
      });
    });

    it('opens a picked file', async () => {
      const bytes = docx('名单 xlsx bytes');
      await h.pickNextFile('人才名单.xlsx', bytes);
      const result = openFileResultSchema.parse(
        await h.host.openFile({ filters: [{ name: 'Excel', extensions: ['xlsx'] }] }),
      );
      expect(result).toEqual({ status: 'opened', name: '人才名单.xlsx', bytes });
    });

    it('reports a cancelled open dialog', async () => {
      h.cancelNextDialog();
      expect(await h.host.openFile({})).toEqual({ status: 'cancelled' });
    });

    it('refuses a picked file larger than the limit as file-read-failed too-large', async () => {
      await h.pickNextFile('big.xlsx', new Uint8Array(2048));
      expect(await rejection(h.host.openFile({ maxBytes: 1024 }))).toMatchObject({
        code: 'file-read-failed',
        params: { reason: 'too-large', maxBytes: 1024 },
      });
    });

    it('prints the HTML the renderer gave', async () => {
      const html = '<!doctype html><title>考核表</title><p>第一页</p>';
      expect(printResultSchema.parse(await h.host.print({ html, title: '考核表' }))).toEqual({ status: 'printed' });
      expect(h.printedDocuments()).toEqual([html]);
    });

    it('prints to PDF under the suggested name', async () => {
      const html = '<!doctype html><p>督办</p>';
      const result = saveFileResultSchema.parse(await h.host.printToPdf({ html, suggestedName: 'notice.pdf' }));
      expect(result.status === 'saved' && baseName(result.path)).toBe('notice.pdf');
      expect(h.printedDocuments()).toEqual([html]);
    });

    it('rejects an empty print document as invalid-payload', async () => {
      expect(await rejection(h.host.print({ html: '' }))).toMatchObject({
        code: 'invalid-payload',
        params: { field: 'html' },
      });
      expect(h.printedDocuments()).toEqual([]);
    });

    it('shows a saved file in its folder', async () => {
      const saved = await h.host.saveFile({ suggestedName: 'shown.pdf', bytes: docx('%PDF') });
      if (saved.status !== 'saved') throw new Error('not saved');
      await expect(h.host.showInFolder({ path: saved.path })).resolves.toBeUndefined();
    });

    it('lists printers as names with a default flag', async () => {
      const printers = listPrintersResultSchema.parse(await h.host.listPrinters());
      expect(new Set(printers.map((p) => p.name)).size).toBe(printers.length);
    });

    // What the app hands over: a backup encrypted for the office's accounts, with its meta.
    const backup = (text = 'snapshot', units = 3) => sealedBackup(text, { counts: { units }, schemaVersion: 4 });

    if (capabilities.hasBackupFolder)
      it('keeps an automatic backup, lists it and reads the same bytes back', async () => {
        const { bytes, meta } = await backup();
        const result = await h.host.writeBackup({ bytes, meta });
        expect(result.status).toBe('written');
        const [entry] = await h.host.listBackups();
        expect(entry.meta).toMatchObject({ reason: 'idle', counts: { units: 3 }, sequence: 1 });
        expect(new Uint8Array(await h.host.readBackup({ path: entry.path }))).toEqual(bytes);
      });

    if (capabilities.hasBackupFolder)
      it('rotates the backup folder by the policy Settings gave it, newest first by the order written', async () => {
        expect(await h.host.backupPolicy({ retention: { keepLast: 2, keepDaily: 0 } })).toEqual({
          retention: { keepLast: 2, keepDaily: 0 },
          stored: true,
        });
        for (const i of [0, 1, 2]) await h.host.writeBackup(await backup(`snapshot ${i}`, i));
        expect((await h.host.listBackups()).map((entry) => entry.meta.counts.units)).toEqual([2, 1]);
      });

    if (capabilities.hasBackupFolder)
      it('refuses a backup that names its own date or rotation, or is not encrypted', async () => {
        const { bytes, meta } = await backup();
        const plain = new Uint8Array(new TextEncoder().encode('plain records'));
        const plainSha = [...new Uint8Array(await crypto.subtle.digest('SHA-256', plain))]
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('');
        for (const request of [
          { bytes, meta, retention: { keepLast: 1, keepDaily: 0 } },
          { bytes, meta: { ...meta, createdAt: '2099-01-01T00:00:00.000Z' } },
          { bytes: plain, meta: { ...meta, sha256: plainSha } },
        ])
          expect(await rejection(h.host.writeBackup(request as never))).toMatchObject({
            code: expect.stringMatching(/^(invalid-payload|validation)$/),
          });
        expect(await h.host.listBackups()).toEqual([]);
      });

    if (!capabilities.hasBackupFolder)
      it('says it has no backup folder rather than pretending to keep a backup', async () => {
        expect(await h.host.writeBackup(await backup())).toEqual({ status: 'unavailable' });
        expect(await h.host.listBackups()).toEqual([]);
      });

    it('refuses a backup whose checksum does not match its bytes', async () => {
      const { bytes, meta } = await backup();
      const error = await rejection(h.host.writeBackup({ bytes, meta: { ...meta, sha256: 'zz' } }));
      expect(error).toMatchObject({ code: 'invalid-payload' });
    });

    // Registered only where the host asks (the desktop app on quit); a browser tab cannot be held open.
    if (capabilities.asksForSnapshots)
      it('hands the host the snapshot the page provides when the host asks for one', async () => {
        const snapshot = await backup();
        const unsubscribe = h.host.onSnapshotRequest(async () => snapshot);
        expect(await h.askForSnapshot!('quit')).toEqual({ ...snapshot, meta: { ...snapshot.meta, reason: 'quit' } });
        unsubscribe();
      });

    it('saves an archive bundle as one zip with every file, and each document as PDF where the host can print one', async () => {
      const word = docx('PK\u0003\u0004 督办通知单');
      const result = saveFileResultSchema.parse(
        await h.host.saveArchive({
          suggestedName: '海人才督〔2026〕1号 立卷归档.zip',
          files: [
            { path: '01-督办通知单.docx', bytes: word },
            { path: '证明材料/现场照片.jpg', bytes: docx('jpeg') },
          ],
          pdfs: [{ path: '00-归档目录.pdf', html: '<!doctype html><p>归档目录</p>' }],
        }),
      );
      expect(result.status === 'saved' && baseName(result.path)).toBe('海人才督〔2026〕1号 立卷归档.zip');
      const [saved] = await h.savedFiles();
      const zip = unzipSync(saved.bytes);
      expect([...zip['01-督办通知单.docx']]).toEqual([...word]);
      expect(strFromU8(zip['证明材料/现场照片.jpg'])).toBe('jpeg');
      if (capabilities.printsArchivePdf) expect(strFromU8(zip['00-归档目录.pdf']).startsWith('%PDF')).toBe(true);
      else expect(strFromU8(zip['00-归档目录.html'])).toBe('<!doctype html><p>归档目录</p>');
    });

    it('refuses an archive path that climbs out of the bundle and writes nothing', async () => {
      const error = await rejection(
        h.host.saveArchive({ suggestedName: 'a.zip', files: [{ path: '../evil.docx', bytes: docx('x') }], pdfs: [] }),
      );
      expect(error).toMatchObject({ code: 'invalid-payload' });
      expect(await h.savedFiles()).toEqual([]);
    });

    it('reports how much space is left for the data and whether it is low', async () => {
      const status = storageStatusSchema.parse(await h.host.storageStatus());
      expect(status.freeBytes).toBeLessThanOrEqual(status.totalBytes || status.freeBytes);
      expect(['ok', 'low', 'critical']).toContain(status.level);
    });

    it('reports version info with its host kind', async () => {
      const info = appInfoSchema.parse(await h.host.appInfo());
      expect(info).toMatchObject({ name: 'Talent Office Workbench', version: h.version, host: h.kind });
    });

    // The desktop app knows its folders; a browser's IndexedDB lives somewhere only the browser knows.
    if (capabilities.namesItsFolders)
      it('says where the records and the backups live', async () => {
        const info = appInfoSchema.parse(await h.host.appInfo());
        expect(info.dataDir).toEqual(expect.any(String));
        expect(info.backupDir).toEqual(expect.any(String));
      });
  });
}
