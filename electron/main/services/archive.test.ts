import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveArchiveRequestSchema } from '../../../shared/core/bridge/archiveSchemas';
import { saveArchive } from './archive';
import type { DialogLike } from './files';
import { createPrintDocuments, type PrintingDeps } from './printing';

/** Print windows that turn the page they loaded into a recognisable fake PDF. */
function fakePrinting(fail = false): PrintingDeps {
  const documents = createPrintDocuments();
  return {
    documents,
    createWindow: () => {
      let html = '';
      return {
        async loadURL(url) {
          html = documents.get(url) ?? '';
        },
        close: () => undefined,
        isDestroyed: () => false,
        webContents: {
          print: (_o, callback) => callback(true, ''),
          printToPDF: async () => {
            if (fail) throw new Error('render failed');
            return new TextEncoder().encode(`%PDF-1.7 ${html}`);
          },
        },
      };
    },
  };
}

const dialog = (filePath: string | undefined): DialogLike => ({
  showSaveDialog: async () => (filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
});

const request = () =>
  saveArchiveRequestSchema.parse({
    suggestedName: '海人才督〔2026〕1号 立卷归档.zip',
    files: [
      { path: '01-督办通知单.docx', bytes: new Uint8Array([80, 75, 3, 4]) },
      { path: '证明材料/现场照片.jpg', bytes: new Uint8Array([255, 216, 255]) },
    ],
    pdfs: [
      { path: '00-归档目录.pdf', html: '<p>目录</p>' },
      { path: '01-督办通知单.pdf', html: '<p>督办通知单</p>' },
    ],
  });

describe('saveArchive (立卷归档 bundle)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await realFs.mkdtemp(path.join(tmpdir(), 'workbench-archive-'));
  });
  afterEach(() => realFs.rm(dir, { recursive: true, force: true }));

  it('writes one zip holding every file and every document printed to PDF', async () => {
    const chosen = path.join(dir, 'bundle.zip');
    const result = await saveArchive({ ...fakePrinting(), dialog: dialog(chosen), fs: realFs }, request());
    expect(result).toEqual({ status: 'saved', path: chosen });
    const zip = unzipSync(new Uint8Array(await realFs.readFile(chosen)));
    expect(Object.keys(zip).sort()).toEqual([
      '00-归档目录.pdf',
      '01-督办通知单.docx',
      '01-督办通知单.pdf',
      '证明材料/现场照片.jpg',
    ]);
    expect(strFromU8(zip['00-归档目录.pdf'])).toBe('%PDF-1.7 <p>目录</p>');
    expect([...zip['证明材料/现场照片.jpg']]).toEqual([255, 216, 255]);
  });

  it('writes nothing when the user cancels, and nothing when a document cannot be printed', async () => {
    expect(await saveArchive({ ...fakePrinting(), dialog: dialog(undefined), fs: realFs }, request())).toEqual({
      status: 'cancelled',
    });
    await expect(
      saveArchive({ ...fakePrinting(true), dialog: dialog(path.join(dir, 'x.zip')), fs: realFs }, request()),
    ).rejects.toMatchObject({ code: 'print-failed' });
    expect(await realFs.readdir(dir)).toEqual([]);
  });

  it('refuses paths that climb out of the bundle, absolute paths and duplicates', () => {
    const bad = (files: Array<{ path: string }>) =>
      saveArchiveRequestSchema.safeParse({
        suggestedName: 'a.zip',
        files: files.map((f) => ({ ...f, bytes: new Uint8Array() })),
        pdfs: [],
      }).success;
    expect(bad([{ path: '../x.docx' }])).toBe(false);
    expect(bad([{ path: 'a/../../x' }])).toBe(false);
    expect(bad([{ path: '/etc/passwd' }])).toBe(false);
    expect(bad([{ path: 'C:\\x.docx' }])).toBe(false);
    expect(bad([{ path: 'a.docx' }, { path: 'a.docx' }])).toBe(false);
    expect(bad([{ path: '证明材料/照片.jpg' }])).toBe(true);
  });
});
