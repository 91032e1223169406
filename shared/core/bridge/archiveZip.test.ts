import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { archiveZip } from './archiveZip';

const NAMES = ['00-卷内文件目录.pdf', '01-督办通知单.docx', '证明材料/02-01-信息库截图.png', 'readme.txt'];

describe('the 立卷归档 zip', () => {
  it("shows its Chinese names right in Debian's unzip -l, and unpacks them readable", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archive-zip-'));
    const file = path.join(dir, 'bundle.zip');
    writeFileSync(file, archiveZip(NAMES.map((name) => ({ path: name, bytes: strToU8(name) }))));
    const listed = execFileSync('unzip', ['-l', file], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' } });
    for (const name of NAMES) expect(listed).toContain(name);
    execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
    for (const name of NAMES) expect(readFileSync(path.join(dir, 'out', name), 'utf8')).toBe(name);
  });

  it('marks every non-ASCII name as UTF-8 (general purpose bit 11) in the central directory', () => {
    const bytes = archiveZip(NAMES.map((name) => ({ path: name, bytes: strToU8('x') })));
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
});
