import type { FontPlan } from '../../fonts';
import type { OfficialDocument } from '../../model';
import { bodyHtml, tightStyle } from './body';
import { attachmentsHtml, enclosuresHtml, signatureHtml } from './closing';
import { letterColophonRows } from './colophon';
import { cssString, escapeHtml } from './escape';
import { fontFamily } from './fontCss';
import { onLastFace, renderFoot } from './foot';
import { LINE_MM, mm, PAGE_MM, PT_TO_MM, SIZE_PT } from './geometry';
import type { LayoutContext, LayoutParts } from './layouts';
import { recipientsHtml, titleHtml, topMarks } from './masthead';
import { GLYPH_INSET_EM, letterMarkFit } from '../head';

/** 信函 (§10.1) geometry in mm from the page top; double rules 2.25 pt + 0.75 pt, 0.5 mm apart. */
const MARK_TOP = 30;
const THICK = 2.25 * PT_TO_MM;
const THIN = 0.75 * PT_TO_MM;
const GAP = 0.5;
const DOUBLE = THICK + GAP + THIN;
/** 3号 7/8 height: the distance from a double rule to the text next to it. */
const SEVEN_EIGHTHS = 4.94;
const BOTTOM_RULE_FROM_PAGE_BOTTOM = 20;

/**
 * Chromium clips page content to the page area, and the letter's mark (30 mm from the page top)
 * and 170 mm double rules lie outside the 版心. So page 1 gets its own top margin and the mark,
 * the rules and the bottom double rule are drawn in page-1 margin boxes; the flow starts with the
 * 份号/发文字号 line 4.94 mm under the first double rule. Page 1 shows no page number.
 */
function letterPageCss(mark: string, plan?: FontPlan): { css: string; firstPageMm: number; areaTop: number } {
  // Margin boxes take no transform: the mark is sized to fit, not squeezed (as in Word).
  const sizeMm = letterMarkFit(mark).sizePt * PT_TO_MM;
  const ruleTop = MARK_TOP + sizeMm + 4;
  const areaTop = ruleTop + DOUBLE + SEVEN_EIGHTHS - (LINE_MM - SIZE_PT.san * PT_TO_MM) / 2;
  const rule = (top: number, height: number) => `linear-gradient(#f00,#f00) 0 ${mm(top)}/100% ${mm(height)} no-repeat`;
  const bottomRuleTop = PAGE_MM.height - BOTTOM_RULE_FROM_PAGE_BOTTOM - DOUBLE - (PAGE_MM.height - PAGE_MM.bottom);
  const box = 'width:170mm;-webkit-print-color-adjust:exact;print-color-adjust:exact';
  const css = [
    `@page :first{margin-top:${mm(areaTop)};`,
    `@top-center{content:${cssString(mark)};${box};vertical-align:top;padding-top:` +
      `${mm(MARK_TOP - GLYPH_INSET_EM * sizeMm)};box-sizing:border-box;font:${mm(sizeMm)}/1 ` +
      `${fontFamily('xiaobiaosong', plan)};color:#f00;text-align:center;letter-spacing:0;white-space:nowrap;`,
    `background:${rule(ruleTop, THICK)},${rule(ruleTop + THICK + GAP, THIN)}}`,
    `@bottom-center{content:"";${box};background:${rule(bottomRuleTop, THIN)},` +
      `${rule(bottomRuleTop + THIN + GAP, THICK)}}`,
    '@bottom-right{content:none}}',
    '.letter-head-row{display:flex;justify-content:space-between;letter-spacing:0;text-indent:0}',
    '.letter-head-row>.mark-line{font-family:var(--font-heiti)}',
  ].join('\n');
  return { css, firstPageMm: PAGE_MM.height - areaTop - PAGE_MM.bottom, areaTop };
}

/**
 * The room between the 发文字号 rows and the title: two lines, rounded so the title, and the body
 * under it, stand on the 版心's 22-line grid as in Word (docx/letter.ts). The rows start 4.94 mm
 * under the double rule, off the grid; left there, every line of page 1 stood ~3 mm low and the
 * page held one body line fewer than the 版心 has room for (18 instead of 19 with the sample's head).
 */
function titleGapMm(areaTop: number, rows: number): number {
  const end = (areaTop - PAGE_MM.top) / LINE_MM + rows;
  return (Math.round(end + 2) - end) * LINE_MM;
}

/** 份号/密级/紧急程度 顶格 on the left, one a line; 发文字号 顶格 on the right of the first line. */
function letterHeadRows(doc: OfficialDocument, count: number): string {
  const marks = topMarks(doc);
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const number = i === 0 && doc.number ? `<span>${escapeHtml(doc.number)}</span>` : '<span></span>';
    rows.push(
      `<div class="letter-head-row"><span class="mark-line">${escapeHtml(marks[i] ?? '')}</span>${number}</div>`,
    );
  }
  return rows.join('');
}

export function letterLayout(doc: OfficialDocument, ctx: LayoutContext): LayoutParts {
  const page = letterPageCss(doc.issuerMark ?? '', ctx.fonts);
  const rows = Math.max(1, topMarks(doc).length);
  const ccRows = letterColophonRows(doc.colophon);
  // The 抄送's room takes the 署名's blank lines when it follows them (signatureHtml).
  const footAfter = ccRows.length > 0 && !doc.enclosures?.length;
  const foot = renderFoot(ccRows, 'letter-cc', {
    ...onLastFace(ctx),
    firstPageMm: page.firstPageMm,
    blankLinesAbove: footAfter ? ctx.closing?.blanks : 0,
  });
  return {
    css: page.css,
    html: [
      letterHeadRows(doc, rows),
      `<div style="height:${mm(titleGapMm(page.areaTop, rows))}"></div>`,
      titleHtml(doc.title),
      recipientsHtml(doc, tightStyle(ctx.closing?.fit, -1)),
      bodyHtml(doc.body, ctx.closing?.fit),
      attachmentsHtml(doc.attachments, tightStyle(ctx.closing?.fit, doc.body.length)),
      signatureHtml(doc, page.firstPageMm, ctx.closing, !footAfter),
      enclosuresHtml(doc),
      foot,
    ].join(''),
  };
}
