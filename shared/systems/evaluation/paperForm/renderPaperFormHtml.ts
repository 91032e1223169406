import type { FontPlan } from '../../../core/documents/fonts';
import { escapeHtml } from '../../../core/documents/render/html/escape';
import { fontCss } from '../../../core/documents/render/html/fontCss';
import {
  SHEET,
  type ChoiceGroup,
  type LayoutPage,
  type LayoutText,
  type PaperFormLayout,
  type TextRole,
} from './layoutModel';
import { encodePageCode, qrModules } from './qrPayload';

const n = (v: number) => String(Math.round(v * 100) / 100);

/** 份号: six digits (GB/T 9704 §7.2.1). */
export function copyNumberLabel(copyNumber: number): string {
  return String(copyNumber).padStart(6, '0');
}

const FACE: Record<TextRole, string> = {
  title: 'var(--font-xiaobiaosong)',
  copyNumber: 'var(--font-heiti)',
  secrecy: 'var(--font-heiti)',
  heading: 'var(--font-heiti)',
  label: 'var(--font-heiti)',
  meta: 'var(--font-fangsong)',
  body: 'var(--font-fangsong)',
  small: 'var(--font-fangsong)',
};

const CSS = `
@page{size:210mm 297mm;margin:0}
html,body{margin:0;padding:0;background:#fff;color:#000}
.sheet{position:relative;width:210mm;height:297mm;overflow:hidden;break-after:page;page-break-after:always}
.sheet:last-child{break-after:auto;page-break-after:auto}
.g{position:absolute;left:0;top:0;width:210mm;height:297mm}
.t{position:absolute;margin:0;white-space:pre-wrap;overflow-wrap:anywhere;line-break:strict;
  font-synthesis:none;font-kerning:none}
`;

function qrSvg(text: string): string {
  const { size, isDark } = qrModules(text);
  const quiet = 3;
  const box = SHEET.qr;
  const m = box.w / (size + 2 * quiet);
  let d = '';
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) if (isDark(r, c)) d += `M${c} ${r}h1v1h-1z`;
  }
  const at = `translate(${n(box.x + quiet * m)} ${n(box.y + quiet * m)}) scale(${m})`;
  return `<path transform="${at}" d="${d}" fill="#000" shape-rendering="crispEdges"/>`;
}

function textHtml(t: LayoutText, copy: string): string {
  const text = t.role === 'copyNumber' ? copy : t.text;
  if (!text) return '';
  const style = [
    `left:${n(t.x)}mm`,
    `top:${n(t.y)}mm`,
    `width:${n(t.w)}mm`,
    `font:${t.sizePt}pt/${n(t.lineMm)}mm ${FACE[t.role]}`,
    `text-align:${t.align}`,
  ].join(';');
  return `<p class="t" style="${style}">${escapeHtml(text)}</p>`;
}

/** An SVG element with numeric attributes rounded to 0.01 mm. */
function el(name: string, attrs: Record<string, number | string>): string {
  const list = Object.entries(attrs).map(([k, v]) => `${k}="${typeof v === 'number' ? n(v) : v}"`);
  return `<${name} ${list.join(' ')}/>`;
}

const OUTLINE = { fill: 'none', stroke: '#000', 'stroke-width': '.3' };
const RULE = { stroke: '#000', 'stroke-width': '.25' };
const GUIDE = { stroke: '#999', 'stroke-width': '.15', 'stroke-dasharray': '.6 .6' };

/** What a box answers, as data attributes: the print carries its own map of boxes (the tests fill it). */
function boxData(group: ChoiceGroup | undefined, boxId: string): Record<string, string> {
  return {
    'data-box': escapeHtml(boxId),
    'data-kind': group?.kind ?? 'single',
    ...(group?.maxChoices ? { 'data-max': String(group.maxChoices) } : {}),
  };
}

function graphics(page: LayoutPage, code: string, groups: ReadonlyMap<string, ChoiceGroup>): string {
  const side = SHEET.markSizeMm;
  const parts = [
    ...SHEET.marks.map((m) =>
      el('rect', { x: m.x - side / 2, y: m.y - side / 2, width: side, height: side, fill: '#000' }),
    ),
    ...page.rules.map((r) => el('line', { x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2, ...(r.isGuide ? GUIDE : RULE) })),
    ...page.boxes.map((b) =>
      el('rect', {
        x: b.x,
        y: b.y,
        width: b.size,
        height: b.size,
        ...OUTLINE,
        ...boxData(groups.get(b.groupId), b.id),
      }),
    ),
    ...page.textAreas.map((a) =>
      el('rect', { x: a.x, y: a.y, width: a.w, height: a.h, ...OUTLINE, 'data-area': escapeHtml(a.itemId) }),
    ),
    qrSvg(code),
  ];
  const svg = `<svg class="g" viewBox="0 0 ${SHEET.widthMm} ${SHEET.heightMm}" xmlns="http://www.w3.org/2000/svg">`;
  return `${svg}${parts.join('')}</svg>`;
}

/**
 * Blank forms for the app's print and PDF path: one absolutely positioned sheet per page of each
 * copy, every element where the layout put it, the copy's own QR code on each page. Inline CSS
 * and SVG only, nothing fetched (the print CSP allows nothing else). Print with preferCSSPageSize.
 */
export function renderPaperFormHtml(layout: PaperFormLayout, copyNumbers: readonly number[], fonts?: FontPlan): string {
  const groups = new Map(layout.groups.map((g) => [g.id, g]));
  const sheets = copyNumbers.flatMap((copy) =>
    layout.pages.map((page) => {
      const code = encodePageCode({
        questionnaireId: layout.questionnaireId,
        version: layout.version,
        copyNumber: copy,
        pageNo: page.pageNo,
        fingerprint: layout.fingerprint,
      });
      const texts = page.texts.map((t) => textHtml(t, copyNumberLabel(copy))).join('');
      const data = `data-copy="${copy}" data-page="${page.pageNo}"`;
      return `<section class="sheet" ${data}>${graphics(page, code, groups)}${texts}</section>`;
    }),
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style>\n${fontCss(fonts)}\n${CSS}</style></head>`,
    `<body>${sheets.join('\n')}</body></html>`,
  ].join('\n');
}
