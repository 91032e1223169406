import { describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { encryptForAccounts } from './accounts';
import { PREFIX_BYTES, sealContainer } from './container';
import { decryptBackup, encryptBackup, readBackupHeader } from './format';
import { legacyFile } from '../../../tests/support/legacyBackup';

const meta = {
  appVersion: '0.1.0',
  schemaVersion: 5,
  createdAt: '2026-11-25T08:00:00.000Z',
  counts: { units: 2, people: 1 },
};
const payload = new TextEncoder().encode(
  JSON.stringify({ units: [{ name: '牛庄镇' }, { name: '西柳镇' }], people: [{ name: '张伟' }] }),
);
const PASSPHRASE = 'correct horse battery';
const headerEnd = (file: Uint8Array) => PREFIX_BYTES + new DataView(file.buffer, file.byteOffset).getUint32(5, true);

/** The same file with its header rewritten and every checksum recomputed: what a crafted file looks like. */
async function crafted(file: Uint8Array, edit: (header: Record<string, unknown>) => void): Promise<Uint8Array> {
  const header = JSON.parse(new TextDecoder().decode(file.subarray(PREFIX_BYTES, headerEnd(file))));
  edit(header);
  return sealContainer(new TextEncoder().encode(JSON.stringify(header)), file.subarray(headerEnd(file)));
}

describe('manual backup file (passphrase)', () => {
  it('restores exactly the payload it was given with the right passphrase', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    const { summary, payload: out } = await decryptBackup(file, { passphrase: PASSPHRASE });
    expect(out).toEqual(payload);
    expect(summary).toEqual({ ...meta, opensWith: 'passphrase', legacy: false });
  });

  it('keeps record text out of the clear header, which still gives the counts', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    const text = new TextDecoder().decode(file);
    for (const word of ['牛庄镇', '张伟']) expect(text).not.toContain(word);
    expect((await readBackupHeader(file)).counts).toEqual({ units: 2, people: 1 });
  });

  it('says the passphrase is wrong, not that the file is damaged', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    await expect(decryptBackup(file, { passphrase: 'wrong horse battery' })).rejects.toMatchObject({
      code: 'backup-wrong-passphrase',
    });
  });

  it('says a truncated file is incomplete', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    for (const cut of [file.subarray(0, file.length - 10), file.subarray(0, 20)])
      await expect(decryptBackup(cut, { passphrase: PASSPHRASE })).rejects.toMatchObject({
        code: 'backup-invalid',
        params: { rule: 'truncated' },
      });
  });

  it('says a file with one flipped bit in its data is damaged, before any passphrase is asked', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    const flipped = file.slice();
    flipped[flipped.length - 5] ^= 0x01;
    await expect(readBackupHeader(flipped)).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
  });

  it('reads every single-bit flip of the header as damaged, never as a wrong passphrase', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    const rules = new Map<string, number>();
    for (let byte = 0; byte < headerEnd(file); byte++) {
      for (let bit = 0; bit < 8; bit++) {
        const flipped = file.slice();
        flipped[byte] ^= 1 << bit;
        const error = (await readBackupHeader(flipped).catch((e: unknown) => e)) as {
          code?: string;
          params?: { rule?: string };
        };
        const key = `${error.code}:${error.params?.rule}:${byte < 4 ? 'magic' : 'rest'}`;
        rules.set(key, (rules.get(key) ?? 0) + 1);
      }
    }
    // The four magic bytes make it "not a backup"; every other flip, all (8 × header length) of them, "damaged".
    expect(Object.fromEntries(rules)).toEqual({
      'backup-invalid:not-a-backup:magic': 32,
      'backup-invalid:corrupt:rest': (headerEnd(file) - 4) * 8,
    });
  });

  it('refuses a crafted file asking for another iteration count before deriving any key', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    for (const iterations of [2_000_000_000, 1000, 600_001]) {
      const edited = await crafted(
        file,
        (h) => void ((h.keys as { kdf: { iterations: number } }).kdf.iterations = iterations),
      );
      const started = Date.now();
      await expect(decryptBackup(edited, { passphrase: PASSPHRASE })).rejects.toMatchObject({
        code: 'backup-invalid',
        params: { rule: 'corrupt' },
      });
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it('reads a header edited to claim other counts, with its checksums recomputed, as damaged', async () => {
    const file = await encryptBackup(payload, PASSPHRASE, meta);
    const edited = await crafted(file, (h) => void (h.counts = { units: 9, people: 1 }));
    expect((await readBackupHeader(edited)).counts).toEqual({ units: 9, people: 1 });
    await expect(decryptBackup(edited, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
  });

  it('refuses a file that is not a backup, and one from a newer format', async () => {
    await expect(readBackupHeader(new TextEncoder().encode('PK\u0003\u0004 a zip file'))).rejects.toMatchObject({
      params: { rule: 'not-a-backup' },
    });
    const newer = (await encryptBackup(payload, PASSPHRASE, meta)).slice();
    newer[4] = 3;
    // The version byte is under the header checksum: recomputed, as a newer app writes it.
    const covered = new Uint8Array([...newer.subarray(0, 49), ...newer.subarray(PREFIX_BYTES, headerEnd(newer))]);
    newer.set(new Uint8Array(await crypto.subtle.digest('SHA-256', covered)), 49);
    await expect(readBackupHeader(newer)).rejects.toMatchObject({ params: { rule: 'newer-version' } });
  });

  it('refuses a passphrase shorter than 8 characters when a backup is made', async () => {
    await expect(encryptBackup(payload, 'short', meta)).rejects.toMatchObject({ code: 'validation' });
  });
});

describe('automatic backup file (accounts of the office)', () => {
  /** Two accounts as the staff table keeps them: the file is made from their stored hashes, no password at hand. */
  async function office() {
    const accounts = [
      { username: 'wangfang', password: await hashPassword('Haicheng#2026') },
      { username: 'lili', password: await hashPassword('Lili#2026!') },
    ];
    return { file: await encryptForAccounts(payload, meta, accounts) };
  }

  it('opens with the username and password of any account it was made for', async () => {
    const { file } = await office();
    for (const [username, password] of [
      ['wangfang', 'Haicheng#2026'],
      ['LiLi', 'Lili#2026!'],
    ]) {
      const { summary, payload: out } = await decryptBackup(file, { username, password });
      expect(out).toEqual(payload);
      expect(summary).toMatchObject({ opensWith: 'account', counts: meta.counts });
    }
  });

  it('gives one answer for a wrong password and for an account it was not made for', async () => {
    const { file } = await office();
    for (const secret of [
      { username: 'wangfang', password: 'Lili#2026!' },
      { username: 'zhangwei', password: 'Haicheng#2026' },
    ])
      await expect(decryptBackup(file, secret)).rejects.toMatchObject({ code: 'backup-wrong-password' });
    await expect(decryptBackup(file, { passphrase: 'Haicheng#2026' })).rejects.toMatchObject({
      code: 'backup-wrong-passphrase',
    });
  });

  it('is made only for accounts whose password hash the app wrote, and for at least one', async () => {
    const weak = { username: 'old', password: await hashPassword('Haicheng#2026', 1000) };
    await expect(encryptForAccounts(payload, meta, [weak])).rejects.toMatchObject({ code: 'validation' });
    const file = await encryptForAccounts(payload, meta, [
      weak,
      { username: 'wangfang', password: await hashPassword('Haicheng#2026') },
    ]);
    await expect(decryptBackup(file, { username: 'old', password: 'Haicheng#2026' })).rejects.toMatchObject({
      code: 'backup-wrong-password',
    });
  });

  it('names no account and no record in the clear', async () => {
    const { file } = await office();
    const text = new TextDecoder().decode(file);
    for (const word of ['wangfang', 'lili', '牛庄镇', 'Haicheng']) expect(text).not.toContain(word);
  });

  it('reads every single-bit flip of its header as damaged', async () => {
    const { file } = await office();
    let damaged = 0;
    for (let byte = 4; byte < headerEnd(file); byte += 7) {
      const flipped = file.slice();
      flipped[byte] ^= 0x10;
      const error = await readBackupHeader(flipped).catch((e: unknown) => e);
      if ((error as { params?: { rule?: string } }).params?.rule === 'corrupt') damaged++;
    }
    expect(damaged).toBe(Math.ceil((headerEnd(file) - 4) / 7));
  });
});

describe('format 1 files (manual backups of older releases)', () => {
  it('still restore with their passphrase', async () => {
    const file = await legacyFile(payload, PASSPHRASE, meta);
    expect((await decryptBackup(file, { passphrase: PASSPHRASE })).payload).toEqual(payload);
    expect(await readBackupHeader(file)).toMatchObject({ ...meta, legacy: true });
    await expect(decryptBackup(file, { passphrase: 'wrong horse battery' })).rejects.toMatchObject({
      code: 'backup-wrong-passphrase',
    });
  });

  it('refuse an iteration count other than the one those releases wrote, before deriving a key', async () => {
    const file = await legacyFile(payload, PASSPHRASE, meta, 2_000_000_000);
    await expect(decryptBackup(file, { passphrase: PASSPHRASE })).rejects.toMatchObject({
      code: 'backup-invalid',
      params: { rule: 'corrupt' },
    });
  });
});
