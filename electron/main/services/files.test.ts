import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import { pickForReading, saveFile, showInFolder, type DialogLike, type FileStatFs } from './files';

/** A dialog whose answer the test sets; records the arguments it was shown with. */
function fakeDialog(answer: { canceled: boolean; filePath?: string; filePaths?: string[] }) {
  const shown: unknown[][] = [];
  const dialog: DialogLike = {
    showSaveDialog: async (...args: unknown[]) => {
      shown.push(args);
      return { canceled: answer.canceled, filePath: answer.filePath ?? '' };
    },
    showOpenDialog: async (...args: unknown[]) => {
      shown.push(args);
      return { canceled: answer.canceled, filePaths: answer.filePaths ?? [] };
    },
  };
  return { dialog, shown };
}

const parentWindow = { id: 1 } as unknown as BaseWindow;
const bytes = new TextEncoder().encode('PK report');

describe('files service', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await realFs.mkdtemp(path.join(tmpdir(), 'workbench-files-'));
  });
  afterEach(() => realFs.rm(dir, { recursive: true, force: true }));

  describe('saveFile', () => {
    it('saves the bytes where the user chose, with the dialog modal to the window', async () => {
      const chosen = path.join(dir, 'chosen.docx');
      const { dialog, shown } = fakeDialog({ canceled: false, filePath: chosen });
      const filters = [{ name: 'Word', extensions: ['docx'] }];
      const result = await saveFile(
        { dialog, fs: realFs, window: parentWindow, defaultDir: '/home/me/Documents' },
        { suggestedName: 'report.docx', filters, bytes, mimeType: 'application/octet-stream' },
      );
      expect(result).toEqual({ status: 'saved', path: chosen });
      expect(new Uint8Array(await realFs.readFile(chosen))).toEqual(bytes);
      expect(shown[0][0]).toBe(parentWindow);
      expect(shown[0][1]).toMatchObject({ defaultPath: path.join('/home/me/Documents', 'report.docx'), filters });
    });

    it('reports a cancelled dialog and writes nothing, even if the dialog still names a path', async () => {
      const { dialog } = fakeDialog({ canceled: true, filePath: path.join(dir, 'typed-then-cancelled.docx') });
      const fs = { ...realFs, open: vi.fn(realFs.open), rename: vi.fn(realFs.rename) };
      const result = await saveFile({ dialog, fs }, { suggestedName: 'r.docx', filters: [], bytes, mimeType: 'x/y' });
      expect(result).toEqual({ status: 'cancelled' });
      expect(fs.open).not.toHaveBeenCalled();
      expect(fs.rename).not.toHaveBeenCalled();
      expect(await realFs.readdir(dir)).toEqual([]);
    });

    it('replaces a file the user agreed to replace in the dialog', async () => {
      const chosen = path.join(dir, 'existing.docx');
      await realFs.writeFile(chosen, 'old');
      const { dialog, shown } = fakeDialog({ canceled: false, filePath: chosen });
      await saveFile({ dialog, fs: realFs }, { suggestedName: 'existing.docx', filters: [], bytes, mimeType: 'x/y' });
      expect(new Uint8Array(await realFs.readFile(chosen))).toEqual(bytes);
      // Without a window the dialog is shown unparented, and it is asked to confirm replacing.
      expect(shown[0][0]).toMatchObject({ properties: expect.arrayContaining(['showOverwriteConfirmation']) });
    });
  });

  describe('pickForReading', () => {
    it('measures the picked file without reading it: name and size for the pieces', async () => {
      const file = path.join(dir, '名单.xlsx');
      await realFs.writeFile(file, bytes);
      const { dialog, shown } = fakeDialog({ canceled: false, filePaths: [file] });
      const fs = { stat: vi.fn((p: string) => realFs.stat(p)), readFile: vi.fn() };
      const filters = [{ name: 'Excel', extensions: ['xlsx'] }];
      expect(await pickForReading({ dialog, fs, window: parentWindow }, { filters, maxBytes: 100 })).toEqual({
        path: file,
        name: '名单.xlsx',
        size: bytes.byteLength,
      });
      expect(fs.readFile).not.toHaveBeenCalled();
      expect(shown[0][1]).toMatchObject({ properties: ['openFile'], filters });
    });

    it('reports a cancelled dialog', async () => {
      const { dialog } = fakeDialog({ canceled: true });
      expect(await pickForReading({ dialog, fs: realFs }, { filters: [], maxBytes: 10 })).toBeNull();
    });

    it('refuses a file larger than the limit', async () => {
      const { dialog } = fakeDialog({ canceled: false, filePaths: ['/big.xlsx'] });
      const fs: FileStatFs = { stat: async () => ({ size: 2048, isFile: () => true }) };
      await expect(pickForReading({ dialog, fs }, { filters: [], maxBytes: 1024 })).rejects.toMatchObject({
        code: 'file-read-failed',
        params: { reason: 'too-large', maxBytes: 1024 },
      });
    });

    it('maps a denied read to permission-denied and a vanished file to file-read-failed', async () => {
      const { dialog } = fakeDialog({ canceled: false, filePaths: [path.join(dir, 'x.xlsx')] });
      const denied: FileStatFs = { stat: async () => Promise.reject(Object.assign(new Error(), { code: 'EACCES' })) };
      await expect(pickForReading({ dialog, fs: denied }, { filters: [], maxBytes: 10 })).rejects.toMatchObject({
        code: 'permission-denied',
      });
      await expect(pickForReading({ dialog, fs: realFs }, { filters: [], maxBytes: 10 })).rejects.toMatchObject({
        code: 'file-read-failed',
        params: { reason: 'ENOENT' },
      });
    });
  });

  describe('showInFolder', () => {
    it('asks the shell to reveal an absolute path', async () => {
      const shell = { showItemInFolder: vi.fn() };
      const target = path.join(dir, 'saved.pdf');
      await showInFolder({ shell }, { path: target });
      expect(shell.showItemInFolder).toHaveBeenCalledWith(target);
    });

    it('refuses a relative path', async () => {
      const shell = { showItemInFolder: vi.fn() };
      await expect(showInFolder({ shell }, { path: 'saved.pdf' })).rejects.toMatchObject({ code: 'invalid-payload' });
      expect(shell.showItemInFolder).not.toHaveBeenCalled();
    });
  });
});
