/*
 * Encoders for the test corpus. Node's TextEncoder writes only UTF-8; GBK and GB18030 bytes are
 * found by asking Node's own decoder (ICU) which byte sequence gives each character, so the
 * tests do not depend on a hand-made table.
 */

let gbkTable: Map<string, number[]> | null = null;

function twoByteTable(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  gbkTable = new Map();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      } catch {
        // not a character of GB18030's two-byte range
      }
    }
  return gbkTable;
}

function fourBytes(ch: string): number[] {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const bytes = [b1, b2, b3, b4];
          try {
            if (decoder.decode(new Uint8Array(bytes)) === ch) return bytes;
          } catch {
            // unassigned
          }
        }
  throw new Error(`no GB18030 bytes for ${ch}`);
}

/** GB18030 bytes of text (GBK where GBK has the character). */
export function gb18030(text: string): Uint8Array {
  const table = twoByteTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(table.get(ch) ?? fourBytes(ch)));
  }
  return new Uint8Array(out);
}

export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].join('');
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[i * 2 + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[i * 2 + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

export const utf8 = (text: string, bom = false): Uint8Array => new TextEncoder().encode(bom ? `\ufeff${text}` : text);
