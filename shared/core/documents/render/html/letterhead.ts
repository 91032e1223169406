import { LAYOUT_OF, type DocumentKind } from '../../model';

/**
 * 套打: printing onto the office's pre-printed letterhead stock (the red 发文机关标志 and rule already
 * on it — a black-and-white printer would print them grey). The page is laid out as ever; only the
 * mark and the red rules are left unpainted (hidden, or an emptied page-1 box), so every
 * other line lands where the stock expects it.
 */
export const LETTERHEAD_CSS = [
  '.issuer-mark,.red-rule{visibility:hidden}',
  // 信函: its mark and double rules are page-1 margin boxes (letter.ts); its page-1 margin-top is
  // set on its own, so emptying the box moves nothing.
  '@page :first{@top-center{content:"";background:none}@bottom-center{background:none}}',
].join('\n');

/** The kinds whose head is pre-printed on letterhead stock (forms print their own). */
export function printsOnLetterhead(kind: DocumentKind): boolean {
  return LAYOUT_OF[kind] !== 'form';
}
