import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIECE_BYTES } from '../../shared/core/bridge/limits';
import { sealedBackup } from '../support/sealedBackup';
import type { HostHarness } from './hostBridge.contract';

/**
 * Big files through each host (issue 18 item 5): what crosses a bridge goes in pieces, with
 * progress and a stop, and a stopped or failed write leaves the target as it was.
 */
export interface BigFileCapabilities {
  /** Picked and saved files cross a bridge in pieces (the desktop app); a browser keeps its own. */
  movesFilesInPieces: boolean;
  hasBackupFolder: boolean;
}

/** Bytes that differ from piece to piece, so a piece out of place shows. */
function patterned(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 4 <= size; i += 4096) view.setUint32(i, i, true);
  bytes[size - 1] = 0x5a;
  return bytes;
}

/** Progress seen, and a controller the test may stop half-way with. */
function watcher(stopHalfWay = false) {
  const seen: Array<[number, number]> = [];
  const controller = new AbortController();
  return {
    seen,
    options: {
      signal: controller.signal,
      onProgress: (done: number, total: number) => {
        seen.push([done, total]);
        if (stopHalfWay && done > 0 && done < total) controller.abort();
      },
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

const same = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && Buffer.from(a).equals(Buffer.from(b));

export function runBigFileContract(
  name: string,
  makeHarness: () => Promise<HostHarness>,
  capabilities: BigFileCapabilities,
): void {
  describe(`big files: ${name}`, () => {
    let h: HostHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(() => h.dispose());
    const big = patterned(2 * PIECE_BYTES + 12_345);

    it('opens a picked file as a Blob holding the same bytes', async () => {
      await h.pickNextFile('百万行.csv', big);
      const result = await h.host.openFileAsBlob({ maxBytes: big.byteLength });
      if (result.status !== 'opened') throw new Error('not opened');
      expect(result.name).toBe('百万行.csv');
      expect(same(new Uint8Array(await result.file.arrayBuffer()), big)).toBe(true);
    });

    it('opens a picked file bigger than one piece with the same bytes', async () => {
      await h.pickNextFile('big.xlsx', big);
      const { seen, options } = watcher();
      const result = await h.host.openFile({ maxBytes: big.byteLength }, options);
      expect(result.status === 'opened' && same(result.bytes, big)).toBe(true);
      if (capabilities.movesFilesInPieces) {
        expect(seen.length).toBeGreaterThanOrEqual(4);
        expect(seen.at(-1)).toEqual([big.byteLength, big.byteLength]);
      }
    });

    if (capabilities.movesFilesInPieces)
      it('saves a file bigger than one piece, in pieces with progress, and nothing beside it', async () => {
        const { seen, options } = watcher();
        const result = await h.host.saveFile({ suggestedName: '备份.twb', bytes: big }, options);
        expect(result.status).toBe('saved');
        const saved = await h.savedFiles();
        expect(saved.map((f) => f.name)).toEqual(['备份.twb']);
        expect(same(saved[0].bytes, big)).toBe(true);
        expect(seen.at(-1)).toEqual([big.byteLength, big.byteLength]);
      });

    if (capabilities.movesFilesInPieces)
      it('a save stopped half-way leaves the file that was there as it was, and no temp file', async () => {
        const before = new Uint8Array(new TextEncoder().encode('the backup kept last week'));
        await h.host.saveFile({ suggestedName: '备份.twb', bytes: before });
        const { options } = watcher(true);
        const error = await rejection(h.host.saveFile({ suggestedName: '备份.twb', bytes: big }, options));
        expect(error).toMatchObject({ code: 'transfer-cancelled' });
        const saved = await h.savedFiles();
        expect(saved.map((f) => f.name)).toEqual(['备份.twb']);
        expect(same(saved[0].bytes, before)).toBe(true);
      });

    it('saves an archive bundle whose evidence is bigger than one piece as one zip holding the same bytes', async () => {
      const { seen, options } = watcher();
      const result = await h.host.saveArchive(
        {
          suggestedName: '海人才督〔2026〕7号 立卷归档.zip',
          files: [
            { path: '证明材料/01-01-现场录像.mp4', bytes: big },
            { path: '01-督办通知单.docx', bytes: big.slice(0, 1000) },
          ],
          pdfs: [{ path: '00-卷内文件目录.pdf', html: '<!doctype html><p>卷内文件目录</p>' }],
        },
        options,
      );
      expect(result.status).toBe('saved');
      const saved = await h.savedFiles();
      expect(saved.map((f) => f.name)).toEqual(['海人才督〔2026〕7号 立卷归档.zip']);
      const zip = unzipSync(saved[0].bytes);
      expect(same(zip['证明材料/01-01-现场录像.mp4'], big)).toBe(true);
      expect(same(zip['01-督办通知单.docx'], big.slice(0, 1000))).toBe(true);
      if (capabilities.movesFilesInPieces) {
        expect(Object.keys(zip)).toContain('00-卷内文件目录.pdf');
        expect(seen.length).toBeGreaterThanOrEqual(3);
        expect(seen.at(-1)).toEqual([saved[0].bytes.byteLength, saved[0].bytes.byteLength]);
      } else expect(Object.keys(zip)).toContain('00-卷内文件目录.html');
    });

    if (capabilities.movesFilesInPieces)
      it('an archive stopped half-way leaves the bundle saved before as it was, and no temp file', async () => {
        const request = (bytes: Uint8Array<ArrayBuffer>) => ({
          suggestedName: '立卷归档.zip',
          files: [{ path: '证明材料/录像.mp4', bytes }],
          pdfs: [],
        });
        expect((await h.host.saveArchive(request(big.slice(0, 100)))).status).toBe('saved');
        const [before] = await h.savedFiles();
        const { options } = watcher(true);
        const error = await rejection(h.host.saveArchive(request(big), options));
        expect(error).toMatchObject({ code: 'transfer-cancelled' });
        const saved = await h.savedFiles();
        expect(saved.map((f) => f.name)).toEqual(['立卷归档.zip']);
        expect(same(saved[0].bytes, before.bytes)).toBe(true);
      });

    if (capabilities.hasBackupFolder)
      it('keeps a backup bigger than one piece and reads the same bytes back, in pieces with progress', async () => {
        const backup = await sealedBackup('x'.repeat(PIECE_BYTES + 4096), { counts: { staff: 2 } });
        const written = watcher();
        const result = await h.host.writeBackup(backup, written.options);
        expect(result).toMatchObject({ status: 'written', entry: { size: backup.bytes.byteLength } });
        expect(written.seen.at(-1)).toEqual([backup.bytes.byteLength, backup.bytes.byteLength]);
        const [entry] = await h.host.listBackups();
        expect(entry.meta).toMatchObject({ counts: { staff: 2 }, sha256: backup.meta.sha256, sequence: 1 });
        const read = watcher();
        expect(same(await h.host.readBackup({ path: entry.path }, read.options), backup.bytes)).toBe(true);
        expect(read.seen.length).toBeGreaterThanOrEqual(3);
      });

    if (capabilities.hasBackupFolder)
      it('keeps nothing of a big backup stopped half-way, or whose bytes are not what its meta says', async () => {
        const backup = await sealedBackup('y'.repeat(PIECE_BYTES + 4096));
        const { options } = watcher(true);
        expect(await rejection(h.host.writeBackup(backup, options))).toMatchObject({ code: 'transfer-cancelled' });
        const flipped = new Uint8Array(backup.bytes);
        flipped[flipped.length - 10] ^= 1;
        expect(await rejection(h.host.writeBackup({ ...backup, bytes: flipped }))).toMatchObject({
          code: 'validation',
          params: { reason: 'checksum' },
        });
        expect(await h.host.listBackups()).toEqual([]);
        // And the folder still takes the next one.
        expect(await h.host.writeBackup(backup)).toMatchObject({ status: 'written' });
      });
  });
}
