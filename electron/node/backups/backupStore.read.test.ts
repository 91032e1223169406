import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupStore, type BackupEntry, type BackupStore } from './backupStore';
import { MAX_WHOLE_BACKUP_BYTES } from '../../../shared/core/bridge/backupSchemas';
import { bytesOf, flipBit, makeTempDir, metaFor, rejection, sha256, testClock, anyBytes } from './testSupport';

const at = (day: number, hour: number) => new Date(2025, 2, day, hour);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sidecarOf = (entry: BackupEntry) => entry.path.replace(/\.twb$/, '.json');

describe('backupStore reading', () => {
  let root: string;
  let dir: string;
  let store: BackupStore;
  const clock = testClock(at(14, 9));
  beforeEach(async () => {
    root = await makeTempDir();
    dir = path.join(root, 'backups');
    store = createBackupStore({
      fs: realFs,
      dir,
      now: clock.now,
      sha256,
      log: () => undefined,
      verify: anyBytes,
    });
    await store.policy({ keepLast: 100, keepDaily: 0 });
  });
  afterEach(() => realFs.rm(root, { recursive: true, force: true }));

  /** Sets the host's clock and writes a backup then (the host dates it; the caller cannot). */
  const writeAt = (date: Date, content: string) => {
    clock.set(date);
    const bytes = bytesOf(content);
    return store.write(bytes, metaFor(bytes));
  };
  const threeBackups = async () => {
    const tuesday = await writeAt(at(11, 9), 'tuesday');
    const wednesday = await writeAt(at(12, 9), 'wednesday');
    const thursday = await writeAt(at(13, 9), 'thursday');
    return { tuesday, wednesday, thursday };
  };
  const listedDates = async () => (await store.list()).map((entry) => entry.meta.createdAt);

  describe('list', () => {
    it('lists complete backups newest first with their meta, path and size', async () => {
      const { tuesday, wednesday, thursday } = await threeBackups();
      expect(await store.list()).toEqual([thursday, wednesday, tuesday]);
      expect(thursday).toMatchObject({ size: 8, meta: { createdAt: at(13, 9).toISOString(), reason: 'idle' } });
    });

    it('lists in the order the backups were written, not by their dates, after the clock was set back', async () => {
      await threeBackups();
      // The PC's clock is put back two days: the backup written now is still the newest.
      const afterSetBack = await writeAt(at(11, 10), 'after the clock was set back');
      const listed = await store.list();
      expect(listed[0]).toEqual(afterSetBack);
      expect(listed.map((entry) => entry.meta.sequence)).toEqual([4, 3, 2, 1]);
      expect(text(((await store.newestGood()) ?? { bytes: new Uint8Array() }).bytes)).toBe(
        'after the clock was set back',
      );
    });

    it('lists backups of an older version, which have no sequence, after every numbered one, by date', async () => {
      const { tuesday } = await threeBackups();
      const legacy = JSON.parse(await realFs.readFile(sidecarOf(tuesday), 'utf8')) as Record<string, unknown>;
      delete legacy.sequence;
      legacy.createdAt = at(20, 9).toISOString();
      await realFs.writeFile(sidecarOf(tuesday), JSON.stringify(legacy));
      expect(await listedDates()).toEqual([at(13, 9), at(12, 9), at(20, 9)].map((d) => d.toISOString()));
    });

    it('lists nothing when no backup was ever made', async () => {
      expect(await store.list()).toEqual([]);
    });

    it('ignores a temp file left by a crash mid-write', async () => {
      const { thursday } = await threeBackups();
      const before = await listedDates();
      await realFs.writeFile(path.join(dir, `.${path.basename(thursday.path)}.0a1b2c3d4e5f.tmp`), 'half a backup');
      expect(await listedDates()).toEqual(before);
    });

    it('ignores an orphan sidecar whose data file is gone', async () => {
      const { wednesday } = await threeBackups();
      await realFs.unlink(wednesday.path);
      expect(await listedDates()).toEqual([at(13, 9), at(11, 9)].map((d) => d.toISOString()));
    });

    it('ignores a data file whose sidecar was never written', async () => {
      const { wednesday } = await threeBackups();
      await realFs.unlink(sidecarOf(wednesday));
      expect(await store.list()).toHaveLength(2);
    });

    it.each([
      ['is not JSON', '{"createdAt": "2025-03-12T01:00:00.000Z", '],
      [
        'lacks its checksum',
        JSON.stringify({ createdAt: '2025-03-12T01:00:00.000Z', reason: 'idle', schemaVersion: 7, counts: {} }),
      ],
      ['is not UTF-8', '\u00ff'],
    ])('skips a backup whose sidecar %s and lists the others', async (_name, content) => {
      const { wednesday } = await threeBackups();
      await realFs.writeFile(sidecarOf(wednesday), content === '\u00ff' ? Buffer.from([0xff, 0xfe]) : content);
      expect(await listedDates()).toEqual([at(13, 9), at(11, 9)].map((d) => d.toISOString()));
    });

    it('skips a data file emptied by a crash', async () => {
      const { wednesday } = await threeBackups();
      await realFs.truncate(wednesday.path, 0);
      expect(await store.list()).toHaveLength(2);
    });

    it('ignores files and folders that are not backups', async () => {
      await threeBackups();
      await realFs.writeFile(path.join(dir, 'notes.txt'), 'mine');
      await realFs.mkdir(path.join(dir, 'backup-20250301-090000-000-idle.twb'));
      expect(await store.list()).toHaveLength(3);
    });
  });

  describe('read', () => {
    it('returns the bytes of a backup whose checksum matches its sidecar', async () => {
      const { wednesday } = await threeBackups();
      expect(text(await store.read(wednesday.path))).toBe('wednesday');
    });

    it('reports a bit-flipped data file as a checksum failure', async () => {
      const { wednesday } = await threeBackups();
      await flipBit(wednesday.path);
      expect(await rejection(store.read(wednesday.path))).toMatchObject({
        code: 'validation',
        params: { reason: 'checksum' },
      });
    });

    it('reports a truncated data file as a checksum failure', async () => {
      const { wednesday } = await threeBackups();
      await realFs.truncate(wednesday.path, 4);
      expect(await rejection(store.read(wednesday.path))).toMatchObject({
        code: 'validation',
        params: { reason: 'checksum' },
      });
    });

    it('refuses to read a file larger than any backup the app writes', async () => {
      const { wednesday } = await threeBackups();
      await realFs.truncate(wednesday.path, MAX_WHOLE_BACKUP_BYTES + 1);
      expect(await rejection(store.read(wednesday.path))).toMatchObject({
        code: 'validation',
        params: { reason: 'too-large' },
      });
    });

    it('reports a backup deleted since it was listed as not found', async () => {
      const { wednesday } = await threeBackups();
      await realFs.unlink(wednesday.path);
      expect(await rejection(store.read(wednesday.path))).toMatchObject({ code: 'not-found' });
    });

    it('accepts a bare backup name as a file in the backup folder', async () => {
      const { wednesday } = await threeBackups();
      expect(text(await store.read(path.basename(wednesday.path)))).toBe('wednesday');
    });

    it.each([
      ['a backup-named file in the parent folder', (name: string, d: string) => path.join(d, '..', name)],
      ['a relative path climbing out', (name: string) => `../${name}`],
      [
        'a sibling folder whose name starts like the backup folder',
        (name: string, d: string) => path.join(`${d}-evil`, name),
      ],
      ['a sidecar instead of a data file', (name: string, d: string) => path.join(d, name.replace(/\.twb$/, '.json'))],
      ['a system file', () => '/etc/passwd'],
      ['an empty path', () => ''],
    ])('refuses %s', async (_name, makePath) => {
      const { wednesday } = await threeBackups();
      const target = makePath(path.basename(wednesday.path), dir);
      expect(await rejection(store.read(target))).toMatchObject({
        code: 'invalid-payload',
        params: { reason: 'outside-backup-folder' },
      });
    });
  });

  describe('newestGood', () => {
    it('returns the newest backup with its bytes when it verifies', async () => {
      const { thursday } = await threeBackups();
      const { bytes, ...entry } = (await store.newestGood()) ?? { bytes: new Uint8Array() };
      expect(entry).toEqual(thursday);
      expect(text(bytes)).toBe('thursday');
    });

    it('skips a bit-flipped newest backup for the next one that verifies', async () => {
      const { wednesday, thursday } = await threeBackups();
      await flipBit(thursday.path);
      const good = await store.newestGood();
      expect(good?.path).toBe(wednesday.path);
      expect(text(good?.bytes ?? new Uint8Array())).toBe('wednesday');
    });

    it('skips a truncated newest backup for the next one that verifies', async () => {
      const { wednesday, thursday } = await threeBackups();
      await realFs.truncate(thursday.path, 3);
      expect((await store.newestGood())?.path).toBe(wednesday.path);
    });

    it('returns null when no backup verifies', async () => {
      const backups = await threeBackups();
      for (const entry of Object.values(backups)) await flipBit(entry.path);
      expect(await store.newestGood()).toBeNull();
    });

    it('returns null when there are no backups', async () => {
      expect(await store.newestGood()).toBeNull();
    });
  });
});
