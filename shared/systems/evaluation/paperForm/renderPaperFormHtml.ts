import type { FontPlan } from '../../../core/documents/fonts';
import { escapeHtml } from '../../../core/documents/render/html/escape';
import { fontCss } from '../../../core/documents/render/html/fontCss';
import { SHEET, type LayoutPage, type LayoutText, type PaperFormLayout, type TextRole } from './layoutModel';
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
.t{position:absolute;margin:0;white-space:pre-wrap;overflow-wrap:anywhere;line-break:strict;font-synthesis:none;font-kerning:none}
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

function graphics(page: LayoutPage, code: string): string {
  const half = SHEET.markSizeMm / 2;
  const parts = [
    ...SHEET.marks.map(
      (m) =>
        `<rect x="${n(m.x - half)}" y="${n(m.y - half)}" width="${SHEET.markSizeMm}" height="${SHEET.markSizeMm}" fill="#000"/>`,
    ),
    ...page.rules.map((r) =>
      r.isGuide
        ? `<line x1="${n(r.x1)}" y1="${n(r.y1)}" x2="${n(r.x2)}" y2="${n(r.y2)}" stroke="#999" stroke-width=".15" stroke-dasharray=".6 .6"/>`
        : `<line x1="${n(r.x1)}" y1="${n(r.y1)}" x2="${n(r.x2)}" y2="${n(r.y2)}" stroke="#000" stroke-width=".25"/>`,
    ),
    ...page.boxes.map(
      (b) =>
        `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.size)}" height="${n(b.size)}" fill="none" stroke="#000" stroke-width=".3"/>`,
    ),
    ...page.textAreas.map(
      (a) =>
        `<rect x="${n(a.x)}" y="${n(a.y)}" width="${n(a.w)}" height="${n(a.h)}" fill="none" stroke="#000" stroke-width=".3"/>`,
    ),
    qrSvg(code),
  ];
  return `<svg class="g" viewBox="0 0 ${SHEET.widthMm} ${SHEET.heightMm}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

/**
 * Blank forms for the app's print and PDF path: one absolutely positioned sheet per page of each
 * copy, every element where the layout put it, the copy's own QR code on each page. Inline CSS
 * and SVG only, nothing fetched (the print CSP allows nothing else). Print with preferCSSPageSize.
 */
export function renderPaperFormHtml(layout: PaperFormLayout, copyNumbers: readonly number[], fonts?: FontPlan): string {
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
      return `<section class="sheet">${graphics(page, code)}${texts}</section>`;
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
