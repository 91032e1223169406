import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_WHOLE_BACKUP_BYTES } from '../../shared/core/bridge/backupSchemas';
import { PIECE_BYTES } from '../../shared/core/bridge/limits';
import { PREFIX_BYTES } from '../../shared/core/backup/container';
import type { HostWire } from '../../shared/core/bridge/contract';
import { sealedBackup } from '../support/sealedBackup';
import { makeElectronHarness, type ElectronHarness } from './electronHarness';

// The preload imports 'electron', which needs the binary; it only uses these two at load time.
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: () => undefined },
  ipcRenderer: { invoke: () => undefined },
}));

/*
 * A file larger than the old 512 MiB cap through the real preload and main handlers, piece by
 * piece, never held whole: the big files are sparse on disk and every check hashes as it goes.
 */
const BIG = MAX_WHOLE_BACKUP_BYTES + 3 * PIECE_BYTES + 777;

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

/** A sparse file of `size` bytes with a few marks, so a piece out of place changes its hash. */
async function sparseFile(filePath: string, size: number, head = new Uint8Array()): Promise<void> {
  const handle = await fs.open(filePath, 'w');
  try {
    await handle.truncate(size);
    await handle.write(head, 0, head.byteLength, 0);
    for (const at of [head.byteLength + 1, Math.floor(size / 2), size - 5])
      await handle.write(new TextEncoder().encode(`m${at}`), 0, undefined, Math.min(at, size - 12));
  } finally {
    await handle.close();
  }
}

/** Reads a transfer piece by piece from main, hashing as it goes; nothing bigger than a piece is held. */
async function readThrough(wire: HostWire, id: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  for (let offset = 0; offset < size; offset += PIECE_BYTES) {
    const piece = await wire.readPiece({ id, offset, length: Math.min(PIECE_BYTES, size - offset) });
    hash.update(piece);
  }
  await wire.endRead({ id });
  return hash.digest('hex');
}

/** Sends a file on disk to a begun write piece by piece. */
async function writeThrough(wire: HostWire, id: string, source: string, size: number): Promise<unknown> {
  const handle = await fs.open(source, 'r');
  try {
    for (let offset = 0; offset < size; offset += PIECE_BYTES) {
      const bytes = new Uint8Array(Math.min(PIECE_BYTES, size - offset));
      await handle.read(bytes, 0, bytes.byteLength, offset);
      await wire.writePiece({ id, offset, bytes });
    }
  } finally {
    await handle.close();
  }
  return wire.finishWrite({ id });
}

/**
 * An automatic backup's container (shared/core/backup/container.ts, as it is) around a sparse
 * ciphertext: the header of a real sealed backup, the prefix's lengths and checksums recomputed.
 */
async function bigSealedBackup(filePath: string, size: number) {
  const small = await sealedBackup('seed', { counts: { staff: 1 } });
  const headerLength = new DataView(small.bytes.buffer).getUint32(5, true);
  const header = small.bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  const ciphertextLength = size - PREFIX_BYTES - headerLength;
  const prefix = new Uint8Array(PREFIX_BYTES);
  prefix.set(small.bytes.subarray(0, 5));
  new DataView(prefix.buffer).setUint32(5, headerLength, true);
  new DataView(prefix.buffer).setBigUint64(9, BigInt(ciphertextLength), true);
  const zeros = new Uint8Array(PIECE_BYTES);
  const ciphertextHash = createHash('sha256');
  for (let left = ciphertextLength; left > 0; left -= PIECE_BYTES)
    ciphertextHash.update(zeros.subarray(0, Math.min(PIECE_BYTES, left)));
  prefix.set(ciphertextHash.digest(), 17);
  prefix.set(createHash('sha256').update(prefix.subarray(0, 49)).update(header).digest(), 49);
  const head = new Uint8Array(PREFIX_BYTES + headerLength);
  head.set(prefix);
  head.set(header, PREFIX_BYTES);
  const handle = await fs.open(filePath, 'w');
  await handle.truncate(size);
  await handle.write(head, 0, head.byteLength, 0);
  await handle.close();
  return { ...small.meta, sha256: await sha256OfFile(filePath) };
}

describe('a file larger than the old 512 MiB cap, through the preload and main in pieces', () => {
  let h: ElectronHarness;
  beforeEach(async () => {
    h = await makeElectronHarness();
  });
  afterEach(() => h.dispose());

  it('a picked file is read and saved elsewhere piece by piece, byte for byte', async () => {
    const source = path.join(h.root, 'big-source.bin');
    await sparseFile(source, BIG);
    h.pickNextPath(source);
    const opened = await h.wire.beginRead({ source: { kind: 'picked', maxBytes: BIG } });
    if (opened.status !== 'ready') throw new Error('not opened');
    expect(opened.size).toBe(BIG);
    const expected = await sha256OfFile(source);
    expect(await readThrough(h.wire, opened.id, opened.size)).toBe(expected);

    const started = await h.wire.beginWrite({ target: { kind: 'saveFile', suggestedName: 'big-copy.bin' }, size: BIG });
    if (started.status !== 'ready') throw new Error('not started');
    const saved = (await writeThrough(h.wire, started.id, source, BIG)) as { status: string; path: string };
    expect(saved).toEqual({ status: 'saved', path: path.join(h.savedDir, 'big-copy.bin') });
    expect((await fs.stat(saved.path)).size).toBe(BIG);
    expect(await sha256OfFile(saved.path)).toBe(expected);
    expect(await fs.readdir(h.savedDir)).toEqual(['big-copy.bin']);
  }, 600_000);

  it('an automatic backup is kept and read back piece by piece, checked as it streams', async () => {
    const source = path.join(h.root, 'big-backup.twb');
    const meta = await bigSealedBackup(source, BIG);
    const started = await h.wire.beginWrite({ target: { kind: 'backup', meta }, size: BIG });
    if (started.status !== 'ready') throw new Error('not started');
    expect(await writeThrough(h.wire, started.id, source, BIG)).toMatchObject({
      status: 'written',
      entry: { size: BIG, meta: { sha256: meta.sha256, sequence: 1 } },
    });
    const [entry] = await h.wire.listBackups();
    const opened = await h.wire.beginRead({ source: { kind: 'backup', path: entry.path } });
    if (opened.status !== 'ready') throw new Error('not opened');
    expect(await readThrough(h.wire, opened.id, opened.size)).toBe(meta.sha256);
  }, 600_000);
});
