import path from 'node:path';
import * as realFs from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptBackup } from '../../../shared/core/backup/format';
import { sealedBackup } from '../../../tests/support/sealedBackup';
import { createBackupStore } from './backupStore';
import { makeTempDir, metaFor, rejection, sha256 } from './testSupport';

describe('what the backup store keeps', () => {
  let root: string;
  let dir: string;
  const store = () => createBackupStore({ fs: realFs, dir, now: () => new Date(), sha256, log: () => undefined });
  beforeEach(async () => {
    root = await makeTempDir();
    dir = path.join(root, 'backups');
  });
  afterEach(() => realFs.rm(root, { recursive: true, force: true }));

  it('keeps an automatic backup encrypted for the office’s accounts, and gives the same bytes back', async () => {
    const { bytes, meta } = await sealedBackup('records', { counts: { units: 3, staff: 1 } });
    const entry = await store().write(bytes, meta);
    expect(new Uint8Array(await store().read(entry.path))).toEqual(bytes);
  });

  it.each([
    ['a plain zip of the records', async () => zipSync({ 'tables/units.json': strToU8('[{"name":"牛庄镇"}]') })],
    ['a passphrase file', async () => encryptBackup(strToU8('records'), 'a passphrase', sealMeta)],
    ['anything else', async () => strToU8('not a backup')],
  ])('refuses %s: nothing unencrypted lands in the folder', async (_name, make) => {
    const bytes = await make();
    const error = await rejection(store().write(bytes, metaFor(bytes, { counts: { staff: 1 }, schemaVersion: 5 })));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'not-encrypted' } });
    await expect(realFs.access(dir)).rejects.toThrow();
  });

  it('refuses a backup whose meta claims other counts than its header', async () => {
    const { bytes, meta } = await sealedBackup('records', { counts: { units: 3, staff: 1 } });
    const error = await rejection(store().write(bytes, { ...meta, counts: { units: 300, staff: 1 } }));
    expect(error).toMatchObject({ code: 'validation', params: { reason: 'meta-mismatch' } });
  });
});

const sealMeta = { appVersion: 'test', schemaVersion: 5, createdAt: '2026-11-25T08:00:00.000Z', counts: { staff: 1 } };
