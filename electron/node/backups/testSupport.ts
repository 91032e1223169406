// Test helpers for the backup store: a real temp folder, a wrapped fs with injectable faults.
import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import type { FileHandleLike } from '../atomicWrite';
import type { ReadHandleLike } from '../pieces';
import type { BackupRequestMeta } from '../../../shared/core/bridge/backupSchemas';
import type { BackupFs } from './backupStore';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What a renderer sends with backup bytes: never a date, a sequence or a rotation (the host decides those). */
export function metaFor(bytes: Uint8Array, overrides: Partial<BackupRequestMeta> = {}): BackupRequestMeta {
  return {
    reason: 'idle',
    schemaVersion: 7,
    counts: { units: 12, agendaItems: 3 },
    sha256: sha256(bytes),
    ...overrides,
  };
}

export const makeTempDir = (): Promise<string> => realFs.mkdtemp(path.join(tmpdir(), 'workbench-backups-'));

export interface Faults {
  /** The n-th write() call (1-based, counted across every file) throws errno `code`. */
  failOnWrite?: { n: number; code: string };
  /** Largest chunk one write() accepts, so a file takes several writes. */
  maxChunk?: number;
  /** unlink() of a matching path throws EBUSY, as Windows does for a file another program holds. */
  failUnlink?: (filePath: string) => boolean;
}

/** The real node:fs/promises in a temp folder, with faults and a log of renames and unlinks. */
export function faultyFs(faults: Faults = {}): { fs: BackupFs; log: string[] } {
  const log: string[] = [];
  let writes = 0;
  const fs: BackupFs = {
    lstat: (p) => realFs.lstat(p),
    mkdir: (p, options) => realFs.mkdir(p, options),
    chmod: (p, mode) => realFs.chmod(p, mode),
    readdir: (p) => realFs.readdir(p),
    readFile: (p) => realFs.readFile(p),
    stat: (p) => realFs.stat(p),
    async unlink(p) {
      log.push(`unlink ${path.basename(p)}`);
      if (faults.failUnlink?.(p)) throw errno('EBUSY');
      await realFs.unlink(p);
    },
    async rename(from, to) {
      log.push(`rename ${path.basename(to)}`);
      await realFs.rename(from, to);
    },
    async open(p, flags, mode) {
      const handle = await realFs.open(p, flags, mode);
      const wrapped: FileHandleLike & ReadHandleLike = {
        read: (buffer, offset, length, position) => handle.read(buffer, offset, length, position),
        async write(buffer, offset, length, position) {
          writes += 1;
          if (faults.failOnWrite && writes === faults.failOnWrite.n) throw errno(faults.failOnWrite.code);
          return handle.write(buffer, offset, Math.min(length, faults.maxChunk ?? length), position);
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
      return wrapped;
    },
  };
  return { fs, log };
}

/** Every name in the folder, sorted, so a test can assert nothing else appeared. */
export async function folderContents(dir: string): Promise<string[]> {
  return (await realFs.readdir(dir)).sort();
}

/** Flips one bit in the middle of a file, as a failing disk sector would. */
export async function flipBit(filePath: string): Promise<void> {
  const data = await realFs.readFile(filePath);
  data[Math.floor(data.length / 2)] ^= 0x01;
  await realFs.writeFile(filePath, data);
}

export const rejection = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

/** A clock the test moves by hand. */
export function testClock(start: Date): { now: () => Date; set(date: Date): void } {
  let current = start;
  return {
    now: () => current,
    set(date: Date) {
      current = date;
    },
  };
}

/**
 * For tests about the folder (names, rotation, faults), not the file format: any bytes are kept.
 * What the real store accepts is tested in sealedBackup.test.ts and by the web host's tests.
 */
export const anyBytes = async (): Promise<void> => undefined;
