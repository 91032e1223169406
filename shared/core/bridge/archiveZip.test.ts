import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_CHUNK_BYTES, entryOfBytes, streamArchiveZip } from './archiveZip';

const NAMES = ['00-卷内文件目录.pdf', '01-督办通知单.docx', '证明材料/02-01-信息库截图.png', 'readme.txt'];

/** The whole zip, for checking; and the size of the biggest chunk the sink was handed. */
async function archiveZip(entries: { path: string; bytes: Uint8Array }[]) {
  const chunks: Uint8Array[] = [];
  await streamArchiveZip(
    entries.map((e) => entryOfBytes(e.path, e.bytes)),
    (chunk) => void chunks.push(chunk.slice()),
  );
  return { bytes: new Uint8Array(Buffer.concat(chunks)), biggest: Math.max(...chunks.map((c) => c.byteLength)) };
}

describe('the 立卷归档 zip', () => {
  it("shows its Chinese names right in Debian's unzip -l, and unpacks them readable", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archive-zip-'));
    const file = path.join(dir, 'bundle.zip');
    writeFileSync(file, (await archiveZip(NAMES.map((name) => ({ path: name, bytes: strToU8(name) })))).bytes);
    const listed = execFileSync('unzip', ['-l', file], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
    for (const name of NAMES) expect(listed).toContain(name);
    execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
    for (const name of NAMES) expect(readFileSync(path.join(dir, 'out', name), 'utf8')).toBe(name);
  });

  it('marks every non-ASCII name as UTF-8 (general purpose bit 11) in the central directory', async () => {
    const { bytes } = await archiveZip(NAMES.map((name) => ({ path: name, bytes: strToU8('x') })));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const flags = new Map<string, number>();
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      flags.set(name, view.getUint16(at + 8, true));
    }
    expect([...flags.keys()].sort()).toEqual([...NAMES].sort());
    for (const name of NAMES.filter((n) => [...n].some((c) => c.charCodeAt(0) > 127)))
      expect(flags.get(name)! & 0x800).toBe(0x800);
  });

  it('streams big evidence a chunk at a time, stored or deflated, and unzips to the same bytes', async () => {
    const video = new Uint8Array(3 * ARCHIVE_CHUNK_BYTES + 17).map((_, i) => (i * 7) % 251);
    const text = strToU8('办理情况'.repeat(400_000));
    const empty = new Uint8Array(0);
    const { bytes, biggest } = await archiveZip([
      { path: '证明材料/现场录像.mp4', bytes: video },
      { path: '说明.txt', bytes: text },
      { path: '空白.txt', bytes: empty },
    ]);
    expect(biggest).toBeLessThanOrEqual(ARCHIVE_CHUNK_BYTES + 1024);
    const unpacked = unzipSync(bytes);
    expect(Buffer.from(unpacked['证明材料/现场录像.mp4']).equals(Buffer.from(video))).toBe(true);
    expect(Buffer.from(unpacked['说明.txt']).equals(Buffer.from(text))).toBe(true);
    expect(unpacked['空白.txt'].byteLength).toBe(0);
  });
});
