import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_FIXTURES, longBody } from '../../../../../tests/support/documentFixtures';
import { STANDARD_FONT_PLAN } from '../../fonts';
import { LAYOUT_OF } from '../../model';
import { Flow } from './flow';
import { colophonBlock } from './footBlock';
import { generalFlow } from './layouts';
import { placeFoot } from './placement';
import { renderDocx } from './renderDocx';

/** The package's XML parts by path. */
type Parts = Record<string, string>;

const fonts = STANDARD_FONT_PLAN;
const fixtures = Object.entries(ALL_FIXTURES);
const parts: Record<string, Parts> = {};

beforeAll(async () => {
  for (const [name, doc] of fixtures) {
    const files = unzipSync(await renderDocx(doc, fonts));
    parts[name] = Object.fromEntries(
      Object.entries(files)
        .filter(([path]) => /\.(xml|rels)$/.test(path))
        .map(([path, bytes]) => [path, strFromU8(bytes)]),
    );
  }
});

const runsOf = (xml: string) => xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
const attr = (xml: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(xml)?.[1];
/** The run that holds `text`. */
const runWith = (xml: string, text: string) => runsOf(xml).find((r) => r.includes(text)) ?? '';

/** word/footerN.xml for each footerReference type of the (first) section. */
function footers(p: Parts): Record<string, string> {
  const rels = p['word/_rels/document.xml.rels'];
  const out: Record<string, string> = {};
  for (const ref of p['word/document.xml'].match(/<w:footerReference [^>]*\/>/g) ?? []) {
    const id = attr(ref, 'r:id');
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
    out[attr(ref, 'w:type') ?? ''] ??= p[`word/${target?.[1] ?? target?.[2]}`];
  }
  return out;
}

describe.each(fixtures)('renderDocx: %s', (name, doc) => {
  const p = () => parts[name];
  const documentXml = () => p()['word/document.xml'];

  it('sets A4 with the GB/T 9704 margins and a 579 tw line grid', () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(documentXml())?.[0] ?? '';
    expect(sect).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar [^>]*\/>/.exec(sect)?.[0] ?? '';
    expect([attr(margin, 'w:top'), attr(margin, 'w:left'), attr(margin, 'w:right'), attr(margin, 'w:bottom')]).toEqual([
      '2098',
      '1587',
      '1474',
      '1984',
    ]);
    expect(sect).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
  });

  it('names the East Asian face on every run and never a theme font', () => {
    for (const [path, xml] of Object.entries(p())) {
      if (!/^word\/(document|footer\d*|header\d*)\.xml$/.test(path)) continue;
      for (const run of runsOf(xml)) {
        expect(run, path).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"[^>]*w:hint="eastAsia"/);
        expect(run, path).toMatch(/<w:lang w:eastAsia="zh-CN"\/>/);
      }
    }
    for (const path of [
      'word/document.xml',
      'word/styles.xml',
      ...Object.keys(p()).filter((k) => /footer|header/.test(k)),
    ]) {
      expect(p()[path], path).not.toMatch(/\w+Theme="/);
    }
  });

  it('defines an explicit Normal style with widow control, hanging and autospace patched', () => {
    const styles = p()['word/styles.xml'];
    const normal = /<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(normal).toMatch(
      /<w:pPr><w:widowControl w:val="0"\/><w:overflowPunct w:val="1"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:snapToGrid w:val="0"\/><w:spacing [^>]*w:line="579" w:lineRule="exact"/,
    );
    expect(normal).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:hint="eastAsia"\/>/,
    );
    expect(normal).toMatch(/<w:sz w:val="32"\/>/);
  });

  it('sets the title in 2号 小标宋', () => {
    const title =
      runsOf(documentXml()).find(
        (r) => r.includes(`<w:t xml:space="preserve">${doc.title.slice(0, 6)}`) && !r.includes('FF0000'),
      ) ?? '';
    expect(title).toMatch(/<w:sz w:val="44"\/>/);
    expect(attr(title, 'w:eastAsia')).toBe(fonts.xiaobiaosong.family);
  });

  if (doc.body.length > 0)
    it('sets body text and headings in 3号 without bold, headings 黑体 and 楷体 by level', () => {
      const xml = documentXml();
      const paragraphText = doc.body.find((b) => b.type === 'paragraph')!;
      const body = runWith(xml, paragraphText.type === 'paragraph' ? paragraphText.text.slice(0, 12) : '');
      expect(body).toMatch(/<w:sz w:val="32"\/>/);
      expect(attr(body, 'w:eastAsia')).toBe(fonts.fangsong.family);
      const level1 = runWith(xml, '一、');
      const level2 = runWith(xml, '（一）');
      expect(attr(level1, 'w:eastAsia')).toBe(fonts.heiti.family);
      expect(attr(level2, 'w:eastAsia')).toBe(fonts.kaiti.family);
      for (const heading of [level1, level2]) {
        expect(heading).toMatch(/<w:sz w:val="32"\/>/);
        expect(heading).not.toMatch(/<w:b\/>/);
      }
    });

  it('gives every table explicit column widths in dxa within 156 mm', () => {
    for (const table of documentXml().match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []) {
      const grid = [
        ...(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/.exec(table)?.[0] ?? '').matchAll(/<w:gridCol w:w="(\d+)"/g),
      ].map((m) => Number(m[1]));
      expect(grid.length).toBeGreaterThan(0);
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8845);
      expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
      for (const row of table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []) {
        const widths = [...row.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(widths).toEqual(grid);
      }
    }
  });

  const isNumbered = LAYOUT_OF[doc.kind] !== 'form';
  if (isNumbered)
    it('numbers pages "— N —" in 4号宋体, right on odd pages and left on even pages', () => {
      expect(p()['word/settings.xml']).toMatch(/<w:evenAndOddHeaders\/>/);
      const { default: odd, even } = footers(p());
      for (const [footer, side] of [
        [odd, 'right'],
        [even, 'left'],
      ] as const) {
        expect(footer).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/);
        expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
        expect(footer).toMatch(new RegExp(`<w:jc w:val="${side}"/>`));
        for (const run of runsOf(footer)) {
          expect(attr(run, 'w:eastAsia')).toBe(fonts.songti.family);
          expect(run).toMatch(/<w:sz w:val="28"\/>/);
        }
      }
    });

  if (!isNumbered)
    it('prints a form slip without page numbers', () => {
      expect(Object.values(footers(p())).join('')).not.toMatch(/PAGE/);
    });
});

describe('renderDocx: 版记 and special layouts', () => {
  it('closes the notice with a 版记 of 抄送 and 印发 lines in frames at the foot of the 版心', () => {
    const xml = parts.notice['word/document.xml'];
    const cc = /<w:p>(?:(?!<\/w:p>)[\s\S])*抄送：市委办公室，市政府办公室。[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    const printed = /<w:p>(?:(?!<\/w:p>)[\s\S])*2026年11月20日印发[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(cc).toMatch(/<w:framePr w:w="8845" w:h="579" w:x="0" w:y="11598" w:hAnchor="margin" w:vAnchor="margin"/);
    expect(printed).toMatch(/<w:framePr w:w="8845" w:h="579" w:x="0" w:y="12177"/);
    expect(printed).toContain('海城市人才工作领导小组办公室');
    expect(cc).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(printed).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    expect(runWith(xml, '抄送')).toMatch(/<w:sz w:val="28"\/>/);
  });

  it('puts the red 发文机关标志 over a red line under the 发文字号', () => {
    const xml = parts.notice['word/document.xml'];
    expect(runWith(xml, '海城市人才工作领导小组文件')).toMatch(/<w:color w:val="FF0000"\/>/);
    const number = /<w:p>(?:(?!<\/w:p>)[\s\S])*海人才发〔2026〕3号[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(number).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="12"/);
  });

  it('turns a long title into a trapezoid at a phrase break', () => {
    const title =
      /<w:p>(?:(?!<\/w:p>)[\s\S])*关于召开2026年第六次[\s\S]*?<\/w:p>/.exec(parts.notice['word/document.xml'])?.[0] ??
      '';
    expect(title).toMatch(
      /关于召开2026年第六次<\/w:t>[\s\S]*<w:br\/><w:t xml:space="preserve">“党管人才”日常调度会议的通知/,
    );
  });

  it('labels 纪要 attendance in 黑体 with the names in 仿宋', () => {
    const xml = parts.minutes['word/document.xml'];
    expect(attr(runWith(xml, '出席：'), 'w:eastAsia')).toBe(fonts.heiti.family);
    expect(attr(runWith(xml, '市委组织部，'), 'w:eastAsia')).toBe(fonts.fangsong.family);
  });

  it('ends the 简报 with 报/送/发 lines and the copy count', () => {
    const xml = parts.bulletin['word/document.xml'];
    for (const text of ['报：鞍山市委人才办。', '送：', '发：', '（共印60份）'])
      expect(runWith(xml, text)).toMatch(/<w:framePr|<w:sz w:val="28"\/>/);
  });

  it('draws the 信函 double rules and leaves page 1 unnumbered', () => {
    const xml = parts.letter['word/document.xml'];
    expect(xml).toMatch(/<w:titlePg\/>|<w:titlePg w:val="true"\/>/);
    expect(
      xml.match(/w:sz="24"[^>]*\/>|w:val="thinThickSmallGap"|w:val="thickThinSmallGap"/g)?.length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe('placeFoot', () => {
  const foot = { frames: [], rows: 2 };
  it.each([
    [40, true, 'samePage'], // ends on page 2 at line 18: room for a blank line and 2 rows
    [22, true, 'nextPage'], // ends on page 1 (odd): the 版记 takes page 2
    [50, true, 'nextPage'], // ends on page 3 (odd)
    [43, true, 'blankThenNextPage'], // page 2 full: blank page 3, 版记 on page 4
    [43, false, 'nextPage'], // a 简报 报尾 only needs room
    [30, false, 'samePage'],
  ] as const)('places the block of a %d-line body (even page required: %s) on %s', (lines, needsEven, expected) => {
    const body = new Flow();
    body.lines = lines;
    expect(placeFoot(body, foot, needsEven)).toBe(expected);
  });

  it('adds an unnumbered section for the blank page and the 版记 page', async () => {
    const fits = (n: number) =>
      placeFoot(
        generalFlow({ ...ALL_FIXTURES.notice, body: longBody(n) }, fonts),
        colophonBlock(ALL_FIXTURES.notice.colophon!, fonts),
        true,
      );
    const n = Array.from({ length: 40 }, (_, i) => i + 1).find((i) => fits(i) === 'blankThenNextPage')!;
    expect(n).toBeDefined();
    const files = unzipSync(await renderDocx({ ...ALL_FIXTURES.notice, body: longBody(n) }, fonts));
    const xml = strFromU8(files['word/document.xml']);
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    expect(sections[1]).toMatch(/<w:type w:val="nextPage"\/>/);
    const footerIds = [...sections[1].matchAll(/<w:footerReference [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    const rels = strFromU8(files['word/_rels/document.xml.rels']);
    for (const id of footerIds) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      expect(strFromU8(files[`word/${target[1] ?? target[2]}`])).not.toMatch(/PAGE/);
    }
  });
});
