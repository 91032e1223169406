import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES } from '../../../../../tests/support/documentFixtures';
import { planFonts } from '../../fonts';
import { renderDocx } from './renderDocx';

/** A PC with none of the official faces, only Noto and AR PL (as this build machine). */
const SUBSTITUTES = planFonts((family) => /^(Noto|AR PL)/.test(family));
const OFFICIAL = ['仿宋_GB2312', '宋体', '黑体', '楷体_GB2312', '方正小标宋简体'];
const parts: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  for (const [name, doc] of Object.entries(ALL_FIXTURES)) {
    const files = unzipSync(await renderDocx(doc, SUBSTITUTES));
    parts[name] = Object.fromEntries(
      ['word/document.xml', 'word/styles.xml', 'word/fontTable.xml', 'word/footer1.xml']
        .filter((path) => files[path])
        .map((path) => [path, strFromU8(files[path])]),
    );
  }
});

const eastAsiaFaces = (xml: string) => [...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1]);

describe('the .docx names the official faces whatever this PC has', () => {
  it('names only official faces in every run, style and footer, never the substitute it printed with', () => {
    for (const [name, p] of Object.entries(parts)) {
      const xml = Object.values(p).join('');
      expect(xml, name).not.toMatch(/Noto|AR PL/);
      const faces = new Set(eastAsiaFaces(p['word/document.xml']).filter((f) => f !== 'zh-CN'));
      expect(
        [...faces].every((f) => OFFICIAL.includes(f)),
        `${name}: ${[...faces]}`,
      ).toBe(true);
      expect(eastAsiaFaces(p['word/styles.xml']), name).toContain('仿宋_GB2312');
    }
    // The notice sets its mark and title in 小标宋, its body in 仿宋_GB2312, its page numbers in 宋体.
    const notice = parts.notice['word/document.xml'];
    expect(notice).toContain('w:eastAsia="方正小标宋简体"');
    expect(notice).toContain('w:eastAsia="仿宋_GB2312"');
  });

  it('gives each official face a font-table entry with its stand-in, PANOSE, GB2312 charset, family and pitch', () => {
    const table = parts.notice['word/fontTable.xml'];
    const entry = (face: string) => new RegExp(`<w:font w:name="${face}">(.*?)</w:font>`).exec(table)?.[1] ?? '';
    expect(entry('仿宋_GB2312')).toMatch(/<w:altName w:val="仿宋"\/>/);
    expect(entry('楷体_GB2312')).toMatch(/<w:altName w:val="楷体"\/>/);
    expect(entry('黑体')).toMatch(/<w:altName w:val="SimHei"\/>/);
    for (const face of OFFICIAL) {
      const e = entry(face);
      expect(e, face).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/);
      expect(e, face).toContain('<w:charset w:val="86"/>');
      expect(e, face).toMatch(/<w:family w:val="(modern|auto|roman|swiss)"\/>/);
      expect(e, face).toMatch(/<w:pitch w:val="(fixed|variable)"\/>/);
    }
    expect(entry('Times New Roman')).toContain('<w:family w:val="roman"/>');
  });
});
