import type { FontPlan } from '../../fonts';
import type { DocumentLayout } from '../../model';
import { fontFamily } from './fontCss';
import { cssString } from './escape';

/**
 * The output stamp (草稿 / 作废 and its reason) in the top margin of every page, over the 版心:
 * a margin box, so the page under it is laid out as ever.
 */
export function stampCss(text: string, plan?: FontPlan): string {
  const box =
    `content:${cssString(text)};font:16pt/1.3 ` +
    `${fontFamily('heiti', plan)};color:#c00;letter-spacing:0;vertical-align:middle;text-align:center;padding-top:4mm`;
  return `@page{@top-center{${box}}}`;
}

/**
 * @page rules: A4, the GB/T 9704 margins, and page numbers in margin boxes (Chromium ≥ 131).
 * The recipe is docformat.md "Print CSS (Chromium)", measured in Chromium 156: the dash of
 * "— 1 —" lands 7 mm under the 版心, right on odd pages and left on even ones, 空一字.
 */
export function pageCss(layout: DocumentLayout, plan?: FontPlan, isNumbered = true): string {
  const page = '@page{size:210mm 297mm;margin:37mm 26mm 35mm 28mm}';
  // A one-page form (slip) has no page number; a form of two pages or more has (formPageCount).
  if (layout === 'form' && !isNumbered) return page;
  const box =
    `content:"— " counter(page) " —";font:14pt/1 ` +
    `${fontFamily('songti', plan)};vertical-align:top;padding-top:calc(7mm - .68em);letter-spacing:0;color:#000`;
  return [
    page,
    `@page :right{@bottom-right{${box};padding-right:1em}}`,
    `@page :left{@bottom-left{${box};padding-left:1em}}`,
    // §7.5: a blank page before the 版记 page and the 版记 page itself carry no page number.
    '@page bare{@bottom-right{content:none}@bottom-left{content:none}}',
  ].join('\n');
}

/** The body grid: 3号仿宋, 22 lines of 28 characters, no punctuation squeezing. */
export const BASE_CSS = `
:root{--line:calc(225mm / 22);--red:#f00;-webkit-print-color-adjust:exact;print-color-adjust:exact}
html,body{margin:0;padding:0;background:#fff}
body{font-family:var(--font-fangsong);
  font-size:16pt;line-height:var(--line);letter-spacing:calc(156mm / 28 - 1em - .01mm);text-align:justify;
  text-spacing-trim:space-all;text-autospace:no-autospace;line-break:strict;overflow-wrap:anywhere;widows:1;orphans:1;
  color:#000;font-weight:normal;font-style:normal;font-synthesis:none;font-kerning:none}
/* Anything wider than the page makes Chromium shrink the whole printout, and the grid drifts. */
.doc{position:relative;overflow-x:clip}
p{margin:0;text-indent:2em}
.blank{height:var(--line)}
`;
