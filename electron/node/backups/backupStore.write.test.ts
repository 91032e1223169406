import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, type BackupFs, type BackupLog } from './backupStore';
import type { RetentionPolicy } from './rotation';
import type { BackupReason } from './backupMeta';
import { bytesOf, faultyFs, folderContents, makeTempDir, metaFor, rejection, sha256, testClock } from './testSupport';

const at = (day: number, hour: number, minute = 0) => new Date(2025, 2, day, hour, minute);

describe('backupStore.write', () => {
  let root: string;
  let dir: string;
  const clock = testClock(new Date(2025, 2, 14, 9, 5, 7, 42));
  beforeEach(async () => {
    root = await makeTempDir();
    dir = path.join(root, 'backups');
    clock.set(new Date(2025, 2, 14, 9, 5, 7, 42));
  });
  afterEach(() => realFs.rm(root, { recursive: true, force: true }));

  const storeWith = (
    fs: BackupFs = realFs,
    retention: RetentionPolicy = { keepLast: 100, keepDaily: 0 },
    log: BackupLog = () => undefined,
  ) => createBackupStore({ fs, dir, now: clock.now, sha256, retention, log });
  /** Sets the clock and writes a backup whose meta says it was made then. */
  const writeAt = (store: ReturnType<typeof storeWith>, date: Date, text: string, reason: BackupReason = 'idle') => {
    clock.set(date);
    const bytes = bytesOf(text);
    return store.write(bytes, metaFor(bytes, { createdAt: date.toISOString(), reason }));
  };

  it('writes the bytes and a sidecar with the meta under a name dated by the clock', async () => {
    const bytes = bytesOf('encrypted backup bytes');
    const meta = metaFor(bytes, { reason: 'before-import' });
    const entry = await storeWith().write(bytes, meta);
    const name = 'backup-20250314-090507-042-before-import';
    expect(await folderContents(dir)).toEqual([`${name}.json`, `${name}.twb`]);
    expect(new Uint8Array(await realFs.readFile(path.join(dir, `${name}.twb`)))).toEqual(bytes);
    expect(JSON.parse(await realFs.readFile(path.join(dir, `${name}.json`), 'utf8'))).toEqual(meta);
    expect(entry).toEqual({ path: path.join(dir, `${name}.twb`), size: bytes.byteLength, meta });
  });

  it('puts the data file in place before its sidecar', async () => {
    const { fs, log } = faultyFs();
    await storeWith(fs).write(bytesOf('x'), metaFor(bytesOf('x')));
    expect(log.filter((line) => line.startsWith('rename'))).toEqual([
      'rename backup-20250314-090507-042-idle.twb',
      'rename backup-20250314-090507-042-idle.json',
    ]);
  });

  it('creates the backup folder when it does not exist yet', async () => {
    dir = path.join(root, 'userData', 'nested', 'backups');
    await storeWith().write(bytesOf('x'), metaFor(bytesOf('x')));
    expect(await storeWith().list()).toHaveLength(1);
  });

  it('refuses bytes that do not match the checksum in the meta and writes nothing', async () => {
    const error = await rejection(storeWith().write(bytesOf('tampered'), metaFor(bytesOf('original'))));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'checksum' } });
    await expect(realFs.access(dir)).rejects.toThrow();
  });

  it.each([
    ['an unknown reason', { reason: 'whenever' }, 'reason'],
    ['a createdAt that is not an ISO date', { createdAt: 'yesterday' }, 'createdAt'],
    ['a checksum that is not hex', { sha256: 'not-a-checksum' }, 'sha256'],
  ])('refuses meta with %s', async (_name, override, field) => {
    const bytes = bytesOf('x');
    const error = await rejection(storeWith().write(bytes, { ...metaFor(bytes), ...override } as never));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'meta', field } });
    await expect(realFs.access(dir)).rejects.toThrow();
  });

  it('refuses an empty backup, which could never be told from a failed write', async () => {
    const error = await rejection(storeWith().write(new Uint8Array(), metaFor(new Uint8Array())));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'empty' } });
  });

  it('gives backups started in the same millisecond names of their own', async () => {
    const store = storeWith();
    const entries = await Promise.all(
      ['a', 'b', 'c'].map((text) => store.write(bytesOf(text), metaFor(bytesOf(text)))),
    );
    expect(new Set(entries.map((entry) => entry.path)).size).toBe(3);
    expect(await store.list()).toHaveLength(3);
  });

  it('keeps every older backup when the disk fills mid-write', async () => {
    await writeAt(storeWith(), at(12, 9), 'monday backup');
    await writeAt(storeWith(), at(13, 9), 'tuesday backup');
    const before = await folderContents(dir);
    // Four bytes per write: the third write fails with eight bytes of the new backup on disk.
    const { fs } = faultyFs({ maxChunk: 4, failOnWrite: { n: 3, code: 'ENOSPC' } });
    const error = await rejection(writeAt(storeWith(fs), at(14, 9), 'a backup too large for the disk'));
    expect(error).toMatchObject({ code: 'disk-full' });
    expect(await folderContents(dir)).toEqual(before);
    const store = storeWith();
    const texts = await Promise.all(
      (await store.list()).map(async (entry) => new TextDecoder().decode(await store.read(entry.path))),
    );
    expect(texts).toEqual(['tuesday backup', 'monday backup']);
  });

  it('removes the new data file when the disk fills while its sidecar is written', async () => {
    await writeAt(storeWith(), at(13, 9), 'older backup');
    const before = await folderContents(dir);
    // 20 bytes at 4 per write take writes 1–5; the sidecar's second write fails.
    const { fs, log } = faultyFs({ maxChunk: 4, failOnWrite: { n: 7, code: 'ENOSPC' } });
    const error = await rejection(writeAt(storeWith(fs), at(14, 9), '20 bytes of backup..'));
    expect(error).toMatchObject({ code: 'disk-full' });
    expect(log).toContain('unlink backup-20250314-090000-000-idle.twb');
    expect(await folderContents(dir)).toEqual(before);
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'permission-denied'],
    ['EIO', 'file-write-failed'],
  ])('reports %s as %s and leaves the folder as it was', async (errnoCode, code) => {
    await writeAt(storeWith(), at(13, 9), 'older backup');
    const before = await folderContents(dir);
    const { fs } = faultyFs({ failOnWrite: { n: 1, code: errnoCode } });
    expect(await rejection(writeAt(storeWith(fs), at(14, 9), 'new backup'))).toMatchObject({ code });
    expect(await folderContents(dir)).toEqual(before);
  });

  it('does not rotate after a failed write, and rotates after the next one that succeeds', async () => {
    for (const day of [10, 11, 12]) await writeAt(storeWith(), at(day, 9), `day ${day}`);
    const { fs } = faultyFs({ failOnWrite: { n: 1, code: 'ENOSPC' } });
    const strict = storeWith(fs, { keepLast: 1, keepDaily: 0 });
    await rejection(writeAt(strict, at(14, 9), 'fails'));
    expect(await strict.list()).toHaveLength(3);
    await writeAt(strict, at(14, 10), 'succeeds');
    expect((await strict.list()).map((entry) => entry.meta.createdAt)).toEqual([at(14, 10).toISOString()]);
  });

  it('keeps the newest 3 and one a day for 5 days across 10 simulated days', async () => {
    const store = storeWith(realFs, { keepLast: 3, keepDaily: 5 });
    for (let day = 1; day <= 10; day += 1) {
      for (const hour of [9, 13, 18]) await writeAt(store, at(day, hour), `day ${day} ${hour}:00`);
    }
    const kept = (await store.list()).map((entry) => new Date(entry.meta.createdAt));
    expect(kept).toEqual([at(10, 18), at(10, 13), at(10, 9), at(9, 18), at(8, 18), at(7, 18), at(6, 18)]);
    expect(await folderContents(dir)).toHaveLength(14);
  });

  it('rotates with the N and M a write brings from Settings instead of its default', async () => {
    const store = storeWith(realFs, { keepLast: 100, keepDaily: 0 });
    for (let day = 1; day <= 6; day += 1) {
      clock.set(at(day, 9));
      const bytes = bytesOf(`day ${day}`);
      await store.write(bytes, metaFor(bytes, { createdAt: at(day, 9).toISOString() }), { keepLast: 2, keepDaily: 3 });
    }
    expect((await store.list()).map((entry) => new Date(entry.meta.createdAt))).toEqual([at(6, 9), at(5, 9), at(4, 9)]);
  });

  it('rotates with its default when a write brings no N and M', async () => {
    const store = storeWith(realFs, { keepLast: 2, keepDaily: 0 });
    for (const day of [1, 2, 3]) await writeAt(store, at(day, 9), `day ${day}`);
    expect(await store.list()).toHaveLength(2);
  });

  it('keeps the new backup and carries on when an old one cannot be deleted', async () => {
    const held = await writeAt(storeWith(), at(12, 9), 'open in another program');
    await writeAt(storeWith(), at(13, 9), 'deletable');
    const log = vi.fn<BackupLog>();
    const { fs } = faultyFs({ failUnlink: (p) => p === held.path });
    const fresh = await writeAt(storeWith(fs, { keepLast: 1, keepDaily: 0 }, log), at(14, 9), 'new');
    expect((await storeWith().list()).map((entry) => entry.path)).toEqual([fresh.path, held.path]);
    expect(log).toHaveBeenCalledWith('backup-rotation-delete-failed', { path: held.path, code: 'EBUSY' });
  });

  it('never deletes the backup just written, even when its meta dates it oldest', async () => {
    await writeAt(storeWith(), at(13, 9), 'recent');
    clock.set(at(14, 9));
    const bytes = bytesOf('dated long ago');
    const written = await storeWith(realFs, { keepLast: 1, keepDaily: 0 }).write(
      bytes,
      metaFor(bytes, { createdAt: '2020-01-01T00:00:00.000Z' }),
    );
    expect((await storeWith().list()).map((entry) => entry.path)).toContain(written.path);
  });

  it('runs simultaneous writes one after another so rotation sees each finished backup', async () => {
    const store = storeWith(realFs, { keepLast: 2, keepDaily: 0 });
    const texts = ['idle', 'quit', 'manual', 'again', 'last'];
    await Promise.all(
      texts.map((text, i) =>
        store.write(bytesOf(text), metaFor(bytesOf(text), { createdAt: at(14, 9, i).toISOString() })),
      ),
    );
    expect((await store.list()).map((entry) => entry.meta.createdAt)).toEqual([
      at(14, 9, 4).toISOString(),
      at(14, 9, 3).toISOString(),
    ]);
    expect(await folderContents(dir)).toHaveLength(4);
  });
});
