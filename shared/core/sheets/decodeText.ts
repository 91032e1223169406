import { AppError } from '../errors';

/**
 * The encodings a CSV from an office PC comes in: Excel's "CSV UTF-8", its ANSI CSV (GBK on a Chinese PC), its "Unicode
 * text" (UTF-16LE).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hasBom: boolean;
}

/** How much of the file the UTF-16 guess looks at: enough lines to be sure, little enough to be instant. */
const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM: its ASCII characters have a NUL byte, all on one side. A text in an
 * 8-bit encoding has (nearly) none.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Delimiters and line ends alone make a tenth of a CSV's characters ASCII; CJK characters
  // whose low byte is 0 (一 U+4E00) are rare, so the other side stays (nearly) free of NULs.
  if (oddNul > pairs * 0.1 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.1 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, encoding: TextEncodingName, skip: number): string {
  // fatal: a byte sequence the encoding cannot have is an error, never a silent U+FFFD.
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
}

/**
 * Detects and decodes the encoding of a text file: a BOM decides; else UTF-16 by its NUL pattern;
 * else UTF-8 if every byte sequence is valid UTF-8; else GB18030 (a superset of GBK and GB2312,
 * what a Chinese Windows writes as "ANSI"). Bytes valid in none of them are refused, never guessed.
 */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  const boms: [readonly number[], TextEncodingName][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
    [[0x84, 0x31, 0x95, 0x33], 'gb18030'],
  ];
  try {
    for (const [bom, encoding] of boms)
      if (startsWith(bytes, bom)) return { text: decode(bytes, encoding, bom.length), encoding, hasBom: true };
    const utf16 = guessUtf16(bytes);
    if (utf16) return { text: decode(bytes, utf16, 0), encoding: utf16, hasBom: false };
  } catch (error) {
    throw new AppError('import-encoding-unknown', { name }, error);
  }
  try {
    return { text: decode(bytes, 'utf-8', 0), encoding: 'utf-8', hasBom: false };
  } catch {
    // Not UTF-8: the other encoding a Chinese office PC writes.
  }
  try {
    return { text: decode(bytes, 'gb18030', 0), encoding: 'gb18030', hasBom: false };
  } catch (error) {
    throw new AppError('import-encoding-unknown', { name }, error);
  }
}
