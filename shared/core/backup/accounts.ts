import { fromBase64, toBase64 } from '../auth/password';
import type { PasswordHash } from '../auth/staff';
import { AppError } from '../errors';
import { BACKUP_KDF_ITERATIONS, concat, openContainer, sha256, type KeySlot } from './container';
import { importDataKey, invalidKey, random, seal, unseal, unwrap, wrap, type BackupMeta } from './encryption';

/**
 * Automatic backups are written when no one may be there to type a password (on quit, before an
 * upgrade), and must open with the password of any account of the office at the time:
 *
 * - each backup has a random data key, wrapped in one slot per active account;
 * - a slot's key comes from that account's password: PBKDF2-SHA256 with the account's own salt
 *   and 600 000 iterations is exactly its stored password hash, so the app can wrap the key for
 *   every account without knowing any password, and only someone who knows one can unwrap it;
 * - a password change or an administrator's reset changes the hash, and so the slot, from the
 *   next backup on.
 *
 * Whoever holds the browser profile holds the records themselves; the backup file alone gives
 * nothing without a password. A slot's id is a hash of its salt and the username, so the clear
 * header names no one.
 */
const SLOT_LABEL = 'towb-account-slot-v2';
const HKDF_INFO = new TextEncoder().encode(SLOT_LABEL);

export interface SlotAccount {
  username: string;
  password: PasswordHash;
}

async function slotId(salt: string, username: string): Promise<string> {
  const name = new TextEncoder().encode(`towb-slot|${username.trim().toLowerCase()}`);
  return toBase64((await sha256(concat(fromBase64(salt), name))).subarray(0, 16));
}

/** The slot key from a password hash (stored, or just derived from a typed password). */
async function slotKey(hash: Uint8Array): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', hash as BufferSource, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(), info: HKDF_INFO },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Only hashes the app writes can key a slot (the header's schema refuses any other iteration count). */
const usable = (hash: PasswordHash) =>
  hash.algorithm === 'PBKDF2-SHA256' &&
  hash.iterations === BACKUP_KDF_ITERATIONS &&
  fromBase64(hash.hash).length === 32;

/** An automatic backup: the data key wrapped for each account given (the active ones). */
export async function encryptForAccounts(
  payload: Uint8Array,
  meta: BackupMeta,
  accounts: readonly SlotAccount[],
): Promise<Uint8Array> {
  const raw = random(32);
  const slots: KeySlot[] = [];
  for (const { username, password } of accounts.filter((a) => usable(a.password))) {
    slots.push({
      id: await slotId(password.salt, username),
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: BACKUP_KDF_ITERATIONS, salt: password.salt },
      wrapped: await wrap(await slotKey(fromBase64(password.hash)), raw, SLOT_LABEL),
    });
  }
  if (slots.length === 0) throw new AppError('validation', { field: 'staff', rule: 'no-account-key' });
  return seal(payload, meta, { kind: 'accounts', slots }, await importDataKey(raw));
}

/**
 * Opens an automatic backup with the username and password of an account it was made for. An
 * unknown username and a wrong password get the same answer: the file does not say who is in it.
 */
export async function decryptWithAccount(bytes: Uint8Array, username: string, password: string) {
  const opened = await openContainer(bytes);
  const { keys } = opened.header;
  if (keys.kind !== 'accounts') throw new AppError('backup-wrong-password');
  let slot: KeySlot | undefined;
  for (const candidate of keys.slots)
    if ((await slotId(candidate.kdf.salt, username)) === candidate.id) slot = candidate;
  if (!slot) throw new AppError('backup-wrong-password');
  const hash = await derivePasswordHash(password, slot.kdf.salt);
  const raw = await unwrap(await slotKey(hash), slot.wrapped, SLOT_LABEL);
  if (!raw) throw new AppError('backup-wrong-password');
  return unseal(opened, await importDataKey(raw).catch(invalidKey));
}

/** PBKDF2-SHA256 at the app's iteration count: what the account's stored hash would be for this password. */
async function derivePasswordHash(password: string, salt: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt) as BufferSource, iterations: BACKUP_KDF_ITERATIONS },
    key,
    256,
  );
  return new Uint8Array(bits);
}
