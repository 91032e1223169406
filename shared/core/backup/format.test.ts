import { describe, expect, it } from 'vitest';
import { decryptBackup, encryptBackup, readBackupHeader } from './format';

const meta = {
  appVersion: '0.1.0',
  schemaVersion: 4,
  createdAt: '2026-11-25T08:00:00.000Z',
  counts: { units: 2, people: 1 },
};
const payload = new TextEncoder().encode(
  JSON.stringify({ units: [{ name: '牛庄镇' }, { name: '西柳镇' }], people: [{ name: '张伟' }] }),
);
// Fewer iterations keep most tests fast; the default (600 000) is checked once below.
const FAST = 1000;

describe('backup file format', () => {
  it('restores exactly the payload it was given with the right passphrase, at 600 000 PBKDF2 iterations by default', async () => {
    const file = await encryptBackup(payload, 'correct horse battery', meta);
    const { header, payload: out } = await decryptBackup(file, 'correct horse battery');
    expect(out).toEqual(payload);
    expect(header).toMatchObject({ ...meta, kdf: { iterations: 600_000 } });
  });

  it('keeps record text out of the clear header', async () => {
    const file = await encryptBackup(payload, 'correct horse battery', meta, FAST);
    const text = new TextDecoder().decode(file);
    for (const word of ['牛庄镇', '张伟']) expect(text).not.toContain(word);
    expect((await readBackupHeader(file)).header.counts).toEqual({ units: 2, people: 1 });
  });

  it('says the passphrase is wrong, not that the file is damaged', async () => {
    const file = await encryptBackup(payload, 'correct horse battery', meta, FAST);
    await expect(decryptBackup(file, 'wrong horse battery')).rejects.toMatchObject({ code: 'backup-wrong-passphrase' });
  });

  it('says a truncated file is incomplete', async () => {
    const file = await encryptBackup(payload, 'correct horse battery', meta, FAST);
    await expect(decryptBackup(file.subarray(0, file.length - 10), 'correct horse battery')).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'truncated' },
    });
    await expect(decryptBackup(file.subarray(0, 20), 'correct horse battery')).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'truncated' },
    });
  });

  it('says a file with one flipped bit is damaged', async () => {
    const file = await encryptBackup(payload, 'correct horse battery', meta, FAST);
    const flipped = file.slice();
    flipped[flipped.length - 5] ^= 0x01;
    await expect(decryptBackup(flipped, 'correct horse battery')).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
  });

  it('refuses a header edited to claim other counts', async () => {
    const file = await encryptBackup(payload, 'correct horse battery', meta, FAST);
    const text = new TextDecoder('latin1').decode(file).replace('"units":2', '"units":9');
    const edited = Uint8Array.from(text, (c) => c.charCodeAt(0));
    await expect(decryptBackup(edited, 'correct horse battery')).rejects.toMatchObject({
      code: 'backup-wrong-passphrase',
    });
  });

  it('refuses a file that is not a backup, and one from a newer format', async () => {
    await expect(readBackupHeader(new TextEncoder().encode('PK\u0003\u0004 a zip file'))).rejects.toMatchObject({
      params: { rule: 'not-a-backup' },
    });
    const file = await encryptBackup(payload, 'correct horse battery', meta, FAST);
    const newer = file.slice();
    newer[4] = 99;
    await expect(readBackupHeader(newer)).rejects.toMatchObject({ params: { rule: 'newer-version' } });
  });
});
