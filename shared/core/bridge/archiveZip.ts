import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppError } from '../errors';

/** Already-compressed formats are stored, not deflated again (faster, no gain lost). */
const STORED = /\.(zip|docx|xlsx|pptx|jpe?g|png|gif|webp|pdf|mp4|mov|rar|7z|gz)$/i;

/** Regular file, rw-r--r--, in the high half of the external attributes as Unix zip tools write it. */
const UNIX_FILE = (0o100644 << 16) >>> 0;

/** How much of an entry is read and compressed at once: a zip of gigabytes never sits whole anywhere. */
export const ARCHIVE_CHUNK_BYTES = 1024 * 1024;

/** One entry of the bundle, read a chunk at a time (from an array, a Blob, a file). */
export interface ArchiveEntrySource {
  path: string;
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** An entry whose bytes are already in an array. */
export function entryOfBytes(path: string, bytes: Uint8Array): ArchiveEntrySource {
  return { path, size: bytes.byteLength, read: async (offset, length) => bytes.slice(offset, offset + length) };
}

/**
 * The 立卷归档 zip, as both hosts write it, streamed: each entry is read a chunk at a time and the
 * zip's bytes go to `sink` as they are made (the caller writes them on, to a Blob or a file). A
 * Chinese name is written in UTF-8 with the general purpose flag's bit 11 set (fflate does so for
 * any non-ASCII name), and the entries say they were made on Unix (host 3): Debian's unzip takes
 * the names of entries "made on MS-DOS" for the OEM code page whatever bit 11 says, and lists 立卷
 * as σ½ï… — Windows' Explorer, 7-Zip and macOS read both alike.
 */
export async function streamArchiveZip(
  entries: readonly ArchiveEntrySource[],
  sink: (chunk: Uint8Array) => void | Promise<void>,
): Promise<void> {
  let made: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else made.push(chunk);
  });
  const flush = async () => {
    if (failure) throw failure;
    const ready = made;
    made = [];
    for (const chunk of ready) await sink(chunk);
  };
  for (const entry of entries) {
    const file = STORED.test(entry.path) ? new ZipPassThrough(entry.path) : new ZipDeflate(entry.path, { level: 6 });
    file.os = 3;
    file.attrs = UNIX_FILE;
    zip.add(file);
    if (entry.size === 0) file.push(new Uint8Array(0), true);
    for (let offset = 0; offset < entry.size; offset += ARCHIVE_CHUNK_BYTES) {
      const length = Math.min(ARCHIVE_CHUNK_BYTES, entry.size - offset);
      const chunk = await entry.read(offset, length);
      if (chunk.byteLength !== length) throw new AppError('file-read-failed', { reason: 'changed' });
      file.push(chunk, offset + length === entry.size);
      await flush();
    }
  }
  zip.end();
  await flush();
}
