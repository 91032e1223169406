import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/core/errors';
import { atomicWriteFile, type AtomicWriteFs, type FileHandleLike } from './atomicWrite';

function errno(code: string): Error {
  return Object.assign(new Error(code), { code });
}

interface Faults {
  /** Largest chunk a single write() accepts (simulates partial writes). */
  maxChunk?: number;
  /** Throw this from write() once `afterBytes` bytes are on disk. */
  writeError?: { afterBytes: number; error: Error };
  syncError?: Error;
  renameError?: Error;
  openError?: Error;
  zeroWrites?: boolean;
}

/** Real fs in a temp dir, with injectable faults and a log of the calls that matter. */
function faultyFs(faults: Faults = {}): { fs: AtomicWriteFs; log: string[] } {
  const log: string[] = [];
  const fs: AtomicWriteFs = {
    lstat: (p) => realFs.lstat(p),
    unlink: (p) => realFs.unlink(p),
    async rename(from, to) {
      log.push(`rename ${path.basename(to)}`);
      if (faults.renameError) throw faults.renameError;
      await realFs.rename(from, to);
    },
    async open(p, flags) {
      if (faults.openError && flags === 'wx') throw faults.openError;
      const handle = await realFs.open(p, flags);
      const isDir = flags === 'r';
      let written = 0;
      const fake: FileHandleLike = {
        async write(buffer, offset, length, position) {
          if (faults.zeroWrites) return { bytesWritten: 0 };
          if (faults.writeError && written >= faults.writeError.afterBytes) throw faults.writeError.error;
          const chunk = Math.min(length, faults.maxChunk ?? length);
          const { bytesWritten } = await handle.write(buffer, offset, chunk, position);
          written += bytesWritten;
          return { bytesWritten };
        },
        async sync() {
          log.push(isDir ? 'fsync dir' : 'fsync file');
          if (faults.syncError && !isDir) throw faults.syncError;
          await handle.sync();
        },
        async close() {
          log.push(isDir ? 'close dir' : 'close file');
          await handle.close();
        },
      };
      return fake;
    },
  };
  return { fs, log };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('atomicWriteFile', () => {
  let dir: string;
  let target: string;
  beforeEach(async () => {
    dir = await realFs.mkdtemp(path.join(tmpdir(), 'workbench-atomic-'));
    target = path.join(dir, '督办通知单.docx');
  });
  afterEach(() => realFs.rm(dir, { recursive: true, force: true }));

  const listDir = () => realFs.readdir(dir);
  const rejection = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => error,
    );

  it('creates a new file with exactly the given bytes on a real disk', async () => {
    await atomicWriteFile(realFs, target, bytes('new contents'), { overwrite: false });
    expect(await realFs.readFile(target, 'utf8')).toBe('new contents');
    expect(await listDir()).toEqual(['督办通知单.docx']);
  });

  it('writes all bytes even when the system accepts only a few at a time', async () => {
    const { fs } = faultyFs({ maxChunk: 3 });
    const payload = bytes('0123456789abcdefghij'.repeat(50));
    await atomicWriteFile(fs, target, payload, { overwrite: false });
    expect(new Uint8Array(await realFs.readFile(target))).toEqual(payload);
  });

  it('flushes the file before renaming it into place and the folder after', async () => {
    const { fs, log } = faultyFs();
    await atomicWriteFile(fs, target, bytes('x'), { overwrite: false });
    expect(log).toEqual(['fsync file', 'close file', `rename ${path.basename(target)}`, 'fsync dir', 'close dir']);
  });

  it('keeps the old file and leaves no temp file when the disk fills mid-write', async () => {
    await realFs.writeFile(target, 'old contents');
    const { fs } = faultyFs({ maxChunk: 4, writeError: { afterBytes: 8, error: errno('ENOSPC') } });
    const error = await rejection(atomicWriteFile(fs, target, bytes('a much longer replacement'), { overwrite: true }));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('disk-full');
    expect(await realFs.readFile(target, 'utf8')).toBe('old contents');
    expect(await listDir()).toEqual(['督办通知单.docx']);
  });

  it('refuses to overwrite an existing file the user did not confirm', async () => {
    await realFs.writeFile(target, 'old contents');
    const error = await rejection(atomicWriteFile(realFs, target, bytes('new'), { overwrite: false }));
    expect(error).toMatchObject({ code: 'file-exists', params: { name: '督办通知单.docx' } });
    expect(await realFs.readFile(target, 'utf8')).toBe('old contents');
    expect(await listDir()).toEqual(['督办通知单.docx']);
  });

  it('replaces an existing file the user confirmed', async () => {
    await realFs.writeFile(target, 'old contents');
    await atomicWriteFile(realFs, target, bytes('new'), { overwrite: true });
    expect(await realFs.readFile(target, 'utf8')).toBe('new');
    expect(await listDir()).toEqual(['督办通知单.docx']);
  });

  it.each([
    ['a denied temp file', { openError: errno('EACCES') }, 'permission-denied', {}],
    ['a refused rename', { renameError: errno('EPERM') }, 'permission-denied', {}],
    [
      'a target held open by another program',
      { renameError: errno('EBUSY') },
      'file-write-failed',
      { reason: 'in-use' },
    ],
    ['a failing fsync', { syncError: errno('EIO') }, 'file-write-failed', { reason: 'EIO' }],
    ['writes that make no progress', { zeroWrites: true }, 'file-write-failed', { reason: 'no-progress' }],
  ] as const)('reports %s with its code and cleans up', async (_name, faults, code, params) => {
    await realFs.writeFile(target, 'old contents');
    const { fs } = faultyFs(faults);
    const error = await rejection(atomicWriteFile(fs, target, bytes('new contents'), { overwrite: true }));
    expect(error).toMatchObject({ code, params });
    expect(await realFs.readFile(target, 'utf8')).toBe('old contents');
    expect(await listDir()).toEqual(['督办通知单.docx']);
  });

  it('writes an empty file', async () => {
    await atomicWriteFile(realFs, target, new Uint8Array(), { overwrite: false });
    expect((await realFs.stat(target)).size).toBe(0);
  });
});
