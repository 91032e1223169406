import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, letterFixture, noticeFixture } from '../../../../../tests/support/documentFixtures';
import { planFonts } from '../../fonts';
import { LAYOUT_OF, type OfficialDocument } from '../../model';
import { renderHtml } from './renderHtml';

const HOSTILE = '<script>alert("x")</script>&\'';

function styleOf(html: string): string {
  return /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
}

describe('renderHtml escaping', () => {
  it('prints a title with <script> as inert text', () => {
    const html = renderHtml({ ...noticeFixture, title: HOSTILE });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;');
  });

  it('escapes every text field of the model, body and slip alike', () => {
    const doc: OfficialDocument = {
      ...noticeFixture,
      mainRecipients: HOSTILE,
      body: [
        { type: 'paragraph', text: HOSTILE },
        { type: 'table', columns: [{ title: HOSTILE, widthMm: 50 }], rows: [[HOSTILE]] },
      ],
      attachments: [HOSTILE],
      signature: { organ: HOSTILE, date: '2026-01-02', isSealed: false },
      note: HOSTILE,
      colophon: { cc: [HOSTILE], printedBy: HOSTILE, printedOn: '2026-01-02' },
    };
    for (const html of [
      renderHtml(doc),
      renderHtml({
        ...ALL_FIXTURES.supervisionSlip,
        form: { labelWidthMm: 30, rows: [{ label: HOSTILE, value: HOSTILE }], footer: HOSTILE },
      }),
    ]) {
      expect(html).not.toMatch(/<script/i);
    }
  });

  it('keeps a 信函 mark inside its CSS string, so it cannot close the style sheet', () => {
    const html = renderHtml({ ...letterFixture, issuerMark: '</style><script>x()</script>"}' });
    expect(html).not.toMatch(/<script/i);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(styleOf(html)).toContain('\\3c /style\\3e \\3c script\\3e x()');
  });
});

describe('renderHtml output is self-contained', () => {
  it.each(Object.entries(ALL_FIXTURES))('references nothing outside the page for the %s', (_, doc) => {
    const html = renderHtml(doc);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import|<link|<img|<script|<iframe|\bsrc=/i);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("default-src 'none'");
  });

  it('names fonts only through local() and family names, the planned family first', () => {
    const plan = planFonts((family) => family === 'FangSong' || family === 'Noto Serif CJK SC Bold');
    const css = styleOf(renderHtml(noticeFixture, plan));
    expect(css).toMatch(/--font-fangsong:"FangSong","仿宋_GB2312"/);
    expect(css).toMatch(/src:local\("Noto Serif CJK SC Bold"\)/);
    expect(css).toMatch(/--font-xiaobiaosong:"TOW Noto Serif CJK SC Bold","方正小标宋简体"/);
  });
});

describe('renderHtml body', () => {
  it('labels headings 一、 （一） 1. （1） and resets lower levels', () => {
    const html = renderHtml({
      ...noticeFixture,
      body: [
        { type: 'heading', level: 1, text: '总体要求' },
        { type: 'heading', level: 2, text: '目标' },
        { type: 'heading', level: 3, text: '数量。' },
        { type: 'heading', level: 4, text: '质量。' },
        { type: 'heading', level: 2, text: '措施' },
        { type: 'heading', level: 3, text: '培训。' },
        { type: 'heading', level: 1, text: '保障' },
      ],
    });
    const headings = [...html.matchAll(/<p class="h(\d)">([^<]*)<\/p>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(headings).toEqual([
      '1:一、总体要求',
      '2:（一）目标',
      '3:1.数量。',
      '4:（1）质量。',
      '2:（二）措施',
      '3:1.培训。',
      '1:二、保障',
    ]);
  });

  it('sets body text at 3号 on a 22-line, 28-character grid with 左空二字 paragraphs', () => {
    const css = styleOf(renderHtml(noticeFixture));
    expect(css).toContain('@page{size:210mm 297mm;margin:37mm 26mm 35mm 28mm}');
    expect(css).toContain('font-size:16pt;line-height:var(--line);letter-spacing:calc(156mm / 28 - 1em - .01mm)');
    expect(css).toContain('p{margin:0;text-indent:2em}');
    expect(css).toMatch(/\.h1\{font-family:var\(--font-heiti\)\}\s*\.h2\{font-family:var\(--font-kaiti\)\}/);
  });

  it('centres the 署名 on the date, or sets an organ too long for that 右空二字', () => {
    expect(renderHtml(noticeFixture)).toContain('<span class="sig-over"><span>海城市人才工作领导小组</span></span>');
    const long = '海城市人才工作领导小组办公室和市委组织部人才工作科';
    const html = renderHtml({ ...noticeFixture, signature: { organ: long, date: '2026-11-20', isSealed: true } });
    expect(html).toContain(`<div class="sig-long">${long}</div>`);
    expect(html).not.toContain('sig-over"><span>');
  });

  it('gives table columns their explicit widths, as shares of a table no wider than the 版心', () => {
    const html = renderHtml(ALL_FIXTURES.circular);
    expect(html).toContain(
      '<table class="grid" style="width:156mm"><colgroup><col style="width:38.4615%"><col style="width:19.2308%"><col style="width:19.2308%"><col style="width:23.0769%"></colgroup>',
    );
  });
});

const EXPECTED: Record<keyof typeof ALL_FIXTURES, string[]> = {
  notice: [
    '000012',
    '秘密★1年',
    '加急',
    '海城市人才工作领导小组文件',
    '海人才发〔2026〕3号',
    'red-rule',
    '附件：',
    '2.',
    '2026年11月20日',
    'seal-placeholder',
    '（联系人',
    '抄送：市委办公室，市政府办公室。',
    '2026年11月20日印发',
    '@bottom-right',
    '@bottom-left',
  ],
  circular: ['内部', '海人才发〔2026〕5号', 'red-rule', '<table class="grid"', '2026年11月20日印发'],
  minutes: [
    '内部',
    '海城市“党管人才”日常调度会议纪要',
    '第6期',
    '<b>出席：</b>',
    '<b>请假：</b>',
    '<b>列席：</b>',
    '2026年11月22日印发',
  ],
  bulletin: [
    '人才工作简报',
    '第5期',
    '海城市人才工作领导小组办公室',
    '2026年11月23日',
    '报：鞍山市委人才办。',
    '送：',
    '发：',
    '（共印60份）',
  ],
  letter: [
    '@page :first{margin-top:',
    '@top-center{content:"海城市人才工作领导小组办公室"',
    '海人才办函〔2026〕4号',
    '市科学技术协会：',
    '@bottom-right{content:none}',
  ],
  supervisionSlip: [
    '督办通知单',
    '编号：海人才督〔2026〕7号',
    'class="cut-line"',
    '回执',
    '<th>督办对象</th>',
    'class="tall" style="height:30mm"',
  ],
  approvalSlip: ['呈批单', '<th>领导批示</th>', 'class="tall" style="height:60mm"', '<th>承办人</th>'],
};

describe('renderHtml layouts', () => {
  it.each(Object.entries(ALL_FIXTURES))("renders the %s with its kind's elements", (kind, doc) => {
    const html = renderHtml(doc);
    expect(html).toContain(`<main class="doc ${LAYOUT_OF[doc.kind]}">`);
    for (const part of EXPECTED[kind as keyof typeof ALL_FIXTURES]) expect(html).toContain(part);
  });

  it('gives slips no page number and one 156 mm table per part', () => {
    const css = styleOf(renderHtml(ALL_FIXTURES.approvalSlip));
    expect(css).not.toContain('counter(page)');
    expect(css).toContain('table.form-table{width:156mm');
  });

  it('puts the 版记 on a page of its own after a blank page, both unnumbered, when asked to', () => {
    const auto = renderHtml(noticeFixture);
    const blank = renderHtml(noticeFixture, undefined, { colophonBreak: 'blank-then-next' });
    expect(auto).toContain('<div class="foot-room"');
    expect(auto).not.toContain('<div class="blank-page">');
    expect(blank).toContain('<div class="blank-page"></div><div class="foot-room next-page bare"');
    expect(styleOf(blank)).toContain('@page bare{@bottom-right{content:none}@bottom-left{content:none}}');
  });

  it('adds the blank-page signal only when a host that counts pages asks for it', () => {
    expect(renderHtml(noticeFixture)).not.toContain('<div class="foot-signal"');
    expect(renderHtml(noticeFixture, undefined, { signalBlankPage: true })).toContain('<div class="foot-signal"');
  });
});
