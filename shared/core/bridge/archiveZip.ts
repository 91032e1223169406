import { zipSync, type Zippable } from 'fflate';

/** Already-compressed formats are stored, not deflated again (faster, no gain lost). */
const STORED = /\.(zip|docx|xlsx|pptx|jpe?g|png|gif|webp|pdf|mp4|mov|rar|7z|gz)$/i;

/** Regular file, rw-r--r--, in the high half of the external attributes as Unix zip tools write it. */
const UNIX_FILE = (0o100644 << 16) >>> 0;

/**
 * The 立卷归档 zip, as both hosts write it. A Chinese name is written in UTF-8 with the general
 * purpose flag's bit 11 set (fflate does so for any non-ASCII name), and the entries say they were
 * made on Unix (host 3): Debian's unzip takes the names of entries "made on MS-DOS" for the OEM
 * code page whatever bit 11 says, and lists 立卷 as σ½ï… — Windows' Explorer, 7-Zip and macOS
 * read both alike.
 */
export function archiveZip(entries: readonly { path: string; bytes: Uint8Array }[]): Uint8Array<ArrayBuffer> {
  const zippable: Zippable = {};
  for (const { path, bytes } of entries)
    zippable[path] = [bytes, { level: STORED.test(path) ? 0 : 6, os: 3, attrs: UNIX_FILE }];
  return zipSync(zippable) as Uint8Array<ArrayBuffer>;
}
