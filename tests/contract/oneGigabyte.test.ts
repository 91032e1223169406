import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PIECE_BYTES } from '../../shared/core/bridge/limits';
import { readInPieces, writeInPieces } from '../../renderer/core/host/pieces';
import { makeElectronHarness, type ElectronHarness } from './electronHarness';

// The preload imports 'electron', which needs the binary; it only uses these two at load time.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: () => undefined },
  ipcRenderer: { invoke: () => undefined },
}));

/*
 * Issue 18 item 5: a 1 GB file through the page's piece transport (renderer/core/host/pieces.ts),
 * the real preload and the real main handlers on a temp folder, both ways. The source is sparse on
 * disk and the page reads it as a file-backed Blob; what comes back is hashed as it arrives, so the
 * test itself never holds the payload. Memory is sampled after every piece.
 */
const GIGABYTE = 1024 * 1024 * 1024 + 3 * 4096 + 11;
const MiB = 1024 * 1024;

async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await fs.open(filePath, 'r');
  try {
    for await (const chunk of handle.createReadStream({ highWaterMark: PIECE_BYTES })) hash.update(chunk as Buffer);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return hash.digest('hex');
}

/** Peak resident memory seen at each piece, over the level before the transfer. */
function memoryWatch() {
  const before = process.memoryUsage().rss;
  let peak = before;
  let pieces = 0;
  return {
    onProgress() {
      pieces += 1;
      peak = Math.max(peak, process.memoryUsage().rss);
    },
    grewBy: () => peak - before,
    pieces: () => pieces,
  };
}

describe('a 1 GB file through the page, the preload and main, both ways', () => {
  let h: ElectronHarness;
  let source: string;
  let expected: string;
  beforeAll(async () => {
    h = await makeElectronHarness();
    source = path.join(h.root, 'one-gigabyte.bin');
    const handle = await fs.open(source, 'w');
    await handle.truncate(GIGABYTE);
    // Marks at the start, across a piece boundary, half-way and at the end: a piece out of place changes the hash.
    for (const at of [0, PIECE_BYTES - 3, Math.floor(GIGABYTE / 2), GIGABYTE - 9])
      await handle.write(new TextEncoder().encode(`mark@${at}`.slice(0, 9)), 0, undefined, at);
    await handle.close();
    expected = await sha256OfFile(source);
  }, 300_000);
  afterAll(() => h.dispose());

  it('saves it where the user chose with the same bytes, memory bounded far under its size', async () => {
    const watch = memoryWatch();
    const saved = (await writeInPieces(
      h.wire,
      { kind: 'saveFile', suggestedName: '一个G.bin' },
      await openAsBlob(source),
      { onProgress: watch.onProgress },
    )) as { status: string; path: string };
    expect(saved).toEqual({ status: 'saved', path: path.join(h.savedDir, '一个G.bin') });
    expect(watch.pieces()).toBeGreaterThan(GIGABYTE / PIECE_BYTES);
    expect(await sha256OfFile(saved.path)).toBe(expected);
    expect(await fs.readdir(h.savedDir)).toEqual(['一个G.bin']);
    console.info(`write: resident memory grew by ${(watch.grewBy() / MiB).toFixed(0)} MiB at most`);
    expect(watch.grewBy()).toBeLessThan(256 * MiB);
  }, 300_000);

  it('reads it back piece by piece with the same bytes, memory bounded far under its size', async () => {
    h.pickNextPath(path.join(h.savedDir, '一个G.bin'));
    const opened = await h.wire.beginRead({ source: { kind: 'picked', maxBytes: GIGABYTE } });
    if (opened.status !== 'ready') throw new Error('not opened');
    expect(opened.size).toBe(GIGABYTE);
    const watch = memoryWatch();
    const hash = createHash('sha256');
    await readInPieces(h.wire, opened, { onProgress: watch.onProgress }, (piece) => void hash.update(piece));
    expect(hash.digest('hex')).toBe(expected);
    console.info(`read: resident memory grew by ${(watch.grewBy() / MiB).toFixed(0)} MiB at most`);
    expect(watch.grewBy()).toBeLessThan(256 * MiB);
    // The whole run, both ways and the hashing, never came near holding the gigabyte.
    const maxRss = process.resourceUsage().maxRSS * 1024;
    console.info(`peak resident memory of the test process: ${(maxRss / MiB).toFixed(0)} MiB`);
    expect(maxRss).toBeLessThan(GIGABYTE / 2);
  }, 300_000);
});
