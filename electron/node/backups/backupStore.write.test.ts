import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, type BackupFs, type BackupLog } from './backupStore';
import type { RetentionPolicy } from './rotation';
import type { BackupReason } from './backupMeta';
import { MAX_WHOLE_BACKUP_BYTES } from '../../../shared/core/bridge/backupSchemas';
import { STORAGE_THRESHOLDS } from '../../../shared/core/storage/levels';
import {
  bytesOf,
  faultyFs,
  folderContents,
  makeTempDir,
  metaFor,
  rejection,
  sha256,
  testClock,
  anyBytes,
} from './testSupport';

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

  /** A store on `fs` rotating by `retention` (set as its policy first, as Settings would, on the real disk). */
  const storeWith = (
    fs: BackupFs = realFs,
    retention: RetentionPolicy = { keepLast: 100, keepDaily: 0 },
    log: BackupLog = () => undefined,
    freeBytes?: () => Promise<number>,
  ) => {
    const ready = createBackupStore({ fs: realFs, dir, now: clock.now, sha256, verify: anyBytes }).policy(retention);
    const store = createBackupStore({ fs, dir, now: clock.now, sha256, log, freeBytes, verify: anyBytes });
    return { ...store, write: (...args: Parameters<typeof store.write>) => ready.then(() => store.write(...args)) };
  };
  const onlyPolicy = ['rotation-policy.json'];
  /** Sets the host's clock and writes a backup then. */
  const writeAt = (store: ReturnType<typeof storeWith>, date: Date, text: string, reason: BackupReason = 'idle') => {
    clock.set(date);
    const bytes = bytesOf(text);
    return store.write(bytes, metaFor(bytes, { reason }));
  };

  it('writes the bytes and a sidecar with the meta under a name dated by its own clock, numbered after the others', async () => {
    const bytes = bytesOf('encrypted backup bytes');
    const meta = metaFor(bytes, { reason: 'before-import' });
    const entry = await storeWith().write(bytes, meta);
    const name = 'backup-20250314-090507-042-before-import';
    expect(await folderContents(dir)).toEqual([`${name}.json`, `${name}.twb`, 'rotation-policy.json']);
    expect(new Uint8Array(await realFs.readFile(path.join(dir, `${name}.twb`)))).toEqual(bytes);
    const stored = { ...meta, createdAt: clock.now().toISOString(), sequence: 1 };
    expect(JSON.parse(await realFs.readFile(path.join(dir, `${name}.json`), 'utf8'))).toEqual(stored);
    expect(entry).toEqual({ path: path.join(dir, `${name}.twb`), size: bytes.byteLength, meta: stored });
    const next = await writeAt(storeWith(), at(14, 10), 'next');
    expect(next.meta.sequence).toBe(2);
  });

  it.each([
    ['a date of its own (a planted "2099" backup would outlive every real one)', { createdAt: '2099-01-01T00:00:00Z' }],
    ['a sequence of its own', { sequence: 1e9 }],
    ['a file name of its own', { name: 'backup-20990101-000000-000-idle.twb' }],
    ['a rotation of its own', { retention: { keepLast: 1, keepDaily: 0 } }],
  ])('refuses a write that brings %s, and deletes nothing', async (_name, extra) => {
    await writeAt(storeWith(), at(12, 9), 'real backup');
    await writeAt(storeWith(), at(13, 9), 'another real backup');
    const before = await folderContents(dir);
    const bytes = bytesOf('planted');
    const error = await rejection(storeWith().write(bytes, { ...metaFor(bytes), ...extra } as never));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'meta' } });
    expect(await folderContents(dir)).toEqual(before);
  });

  it('keeps the folder and every file readable by this account only', async () => {
    const entry = await storeWith().write(bytesOf('x'), metaFor(bytesOf('x')));
    expect((await realFs.stat(dir)).mode & 0o777).toBe(0o700);
    expect((await realFs.stat(entry.path)).mode & 0o777).toBe(0o600);
    expect((await realFs.stat(entry.path.replace(/\.twb$/, '.json'))).mode & 0o777).toBe(0o600);
    expect((await realFs.stat(path.join(dir, 'rotation-policy.json'))).mode & 0o777).toBe(0o600);
  });

  it('closes up a backup folder that others could enter', async () => {
    await realFs.mkdir(dir, { recursive: true, mode: 0o755 });
    await realFs.chmod(dir, 0o755);
    await storeWith().write(bytesOf('x'), metaFor(bytesOf('x')));
    expect((await realFs.stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('refuses a backup larger than the app ever writes, before touching the disk', async () => {
    const huge = new Uint8Array(MAX_WHOLE_BACKUP_BYTES + 1);
    const error = await rejection(
      createBackupStore({ fs: realFs, dir, now: clock.now, sha256, verify: anyBytes }).write(
        huge,
        metaFor(bytesOf('x')),
      ),
    );
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'too-large' } });
    await expect(realFs.access(dir)).rejects.toThrow();
  });

  it('refuses a backup that would leave the disk below the critical level, and keeps the older ones', async () => {
    await writeAt(storeWith(), at(13, 9), 'older');
    const before = await folderContents(dir);
    const free = STORAGE_THRESHOLDS.criticalBytes + 10;
    const tight = storeWith(
      realFs,
      { keepLast: 1, keepDaily: 0 },
      () => undefined,
      async () => free,
    );
    expect(await rejection(writeAt(tight, at(14, 9), 'more than ten bytes'))).toMatchObject({ code: 'disk-full' });
    expect(await folderContents(dir)).toEqual(before);
    expect(await writeAt(tight, at(14, 9), 'ten bytes.')).toMatchObject({ size: 10 });
  });

  it('puts the data file in place before its sidecar', async () => {
    const { fs, log } = faultyFs();
    await storeWith(fs).write(bytesOf('x'), metaFor(bytesOf('x')));
    expect(log.filter((line) => line.startsWith('rename backup'))).toEqual([
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
    expect(await folderContents(dir)).toEqual(onlyPolicy);
  });

  it.each([
    ['an unknown reason', { reason: 'whenever' }, 'reason'],
    ['a checksum that is not hex', { sha256: 'not-a-checksum' }, 'sha256'],
  ])('refuses meta with %s', async (_name, override, field) => {
    const bytes = bytesOf('x');
    const error = await rejection(storeWith().write(bytes, { ...metaFor(bytes), ...override } as never));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'meta', field } });
    expect(await folderContents(dir)).toEqual(onlyPolicy);
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
    // Seven backups with their sidecars, and the policy.
    expect(await folderContents(dir)).toHaveLength(15);
  });

  it('rotates with the policy it keeps, changed from Settings, and never with one a write brings', async () => {
    const store = storeWith(realFs, { keepLast: 100, keepDaily: 0 });
    for (let day = 1; day <= 3; day += 1) await writeAt(store, at(day, 9), `day ${day}`);
    expect(await store.policy()).toEqual({ retention: { keepLast: 100, keepDaily: 0 }, stored: true });
    await store.policy({ keepLast: 2, keepDaily: 3 });
    for (let day = 4; day <= 6; day += 1) await writeAt(store, at(day, 9), `day ${day}`);
    expect((await store.list()).map((entry) => new Date(entry.meta.createdAt))).toEqual([at(6, 9), at(5, 9), at(4, 9)]);
  });

  it('rotates with the default (the newest 10, one a day for 14 days) until a policy is set', async () => {
    const store = createBackupStore({
      fs: realFs,
      dir,
      now: clock.now,
      sha256,
      log: () => undefined,
      verify: anyBytes,
    });
    expect(await store.policy()).toEqual({ retention: { keepLast: 10, keepDaily: 14 }, stored: false });
    for (let i = 0; i < 12; i += 1) {
      clock.set(at(14, 9, i));
      await store.write(bytesOf(`backup ${i}`), metaFor(bytesOf(`backup ${i}`)));
    }
    expect(await store.list()).toHaveLength(10);
  });

  it('refuses a policy that would keep no backup at all, and keeps its own', async () => {
    const store = storeWith(realFs, { keepLast: 5, keepDaily: 7 });
    await store.write(bytesOf('x'), metaFor(bytesOf('x')));
    expect(await rejection(store.policy({ keepLast: 0, keepDaily: 0 }))).toMatchObject({ code: 'validation' });
    expect((await store.policy()).retention).toEqual({ keepLast: 5, keepDaily: 7 });
  });

  it('keeps the backups written after the clock was set back, and rotates the ones dated ahead away', async () => {
    const store = storeWith(realFs, { keepLast: 2, keepDaily: 0 });
    await writeAt(store, at(20, 9), 'written before the clock went back');
    await writeAt(store, at(20, 10), 'also before');
    for (const hour of [9, 10, 11]) await writeAt(store, at(14, hour), `after, ${hour}:00`);
    const texts = await Promise.all(
      (await store.list()).map(async (e) => new TextDecoder().decode(await store.read(e.path))),
    );
    expect(texts).toEqual(['after, 11:00', 'after, 10:00']);
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

  it('runs simultaneous writes one after another so rotation sees each finished backup', async () => {
    const store = storeWith(realFs, { keepLast: 2, keepDaily: 0 });
    const texts = ['idle', 'quit', 'manual', 'again', 'last'];
    await Promise.all(texts.map((text) => store.write(bytesOf(text), metaFor(bytesOf(text)))));
    expect((await store.list()).map((entry) => entry.meta.sequence)).toEqual([5, 4]);
    // Two backups with their sidecars, and the policy.
    expect(await folderContents(dir)).toHaveLength(5);
  });
});
