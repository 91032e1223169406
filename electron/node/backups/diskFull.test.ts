import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as realFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomicWriteFile } from '../atomicWrite';
import { createBackupStore } from './backupStore';
import { metaFor, rejection, sha256, anyBytes } from './testSupport';

/** Random bytes: nothing on the way to the disk can make them smaller. */
const randomBytes = (size: number) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
  return bytes;
};

/*
 * A real ENOSPC, not an injected one: a 1 MB tmpfs (CI runs as root). If mount is not
 * permitted, beforeAll throws and every test here fails; none is skipped.
 */
describe('main-process writes on a disk that fills up (a real 1 MB tmpfs)', () => {
  let mountPoint: string;
  beforeAll(() => {
    mountPoint = mkdtempSync(path.join(tmpdir(), 'workbench-enospc-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
  });
  afterAll(() => {
    spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('keeps the older backup whole and leaves no temp file when a backup does not fit', async () => {
    const dir = path.join(mountPoint, 'backups');
    const store = createBackupStore({
      fs: realFs,
      dir,
      now: () => new Date(2026, 10, 25, 9),
      sha256,
      log: () => undefined,
      verify: anyBytes,
    });
    const older = randomBytes(200 * 1024);
    const kept = await store.write(older, metaFor(older));
    const tooBig = randomBytes(2 * 1024 * 1024);
    expect(await rejection(store.write(tooBig, metaFor(tooBig)))).toMatchObject({ code: 'disk-full' });
    expect(await store.list()).toEqual([kept]);
    expect(new Uint8Array(await store.read(kept.path))).toEqual(older);
    expect((await realFs.readdir(dir)).sort()).toEqual(
      [path.basename(kept.path).replace(/\.twb$/, '.json'), path.basename(kept.path)].sort(),
    );
  });

  it('keeps the old file whole when replacing it runs out of space', async () => {
    const file = path.join(mountPoint, '人才名单.xlsx');
    const old = randomBytes(100 * 1024);
    await atomicWriteFile(realFs, file, old, { overwrite: false });
    expect(
      await rejection(atomicWriteFile(realFs, file, randomBytes(3 * 1024 * 1024), { overwrite: true })),
    ).toMatchObject({ code: 'disk-full' });
    expect(new Uint8Array(await realFs.readFile(file))).toEqual(old);
    expect((await realFs.readdir(mountPoint)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
