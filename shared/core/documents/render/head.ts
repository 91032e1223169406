import { textWidthEm } from './measure';

/**
 * Page 1's head, placed once for both renderers (docformat.md "Elements"): the red mark's size and
 * squeeze, and the body line each element sits on, so print and Word put the mark, the 发文字号,
 * the red line and the title on the same lines and page 1 holds the same body lines.
 * Lines are 0-based indexes of the 22 body lines of the 版心.
 */

export const LINE_MM = 225 / 22;
export const PT_MM = 25.4 / 72;
/** 三号 */
const SAN_PT = 16;

export interface MarkFit {
  /** Size in points, a multiple of ½ pt (Word's w:sz is in half-points). */
  sizePt: number;
  /** Horizontal squeeze in whole percent (Word's w:w): 100 is none. */
  scale: number;
}

/**
 * A red mark as large as `maxPt`, at most `widthMm` wide: squeezed first, to no less than
 * `minScale` percent (docformat.md: w:w 80–90 %), then set smaller.
 */
export function fitMark(text: string, maxPt: number, widthMm: number, minScale = 80): MarkFit {
  const ems = Math.max(1, textWidthEm(text));
  const natural = ems * maxPt * PT_MM;
  if (natural <= widthMm) return { sizePt: maxPt, scale: 100 };
  const scale = Math.max(minScale, Math.floor((widthMm / natural) * 100));
  const sizePt = Math.min(maxPt, Math.floor((widthMm / (ems * (scale / 100) * PT_MM)) * 2) / 2);
  return { sizePt, scale };
}

/** A CJK glyph's ink starts about 0.05 em under its em box: the standard places the glyph top. */
export const GLYPH_INSET_EM = 0.05;
/** 发文机关标志 and 纪要标志: glyph top 35 mm under the 版心 top (§7.2.4, §10.2). */
export const MARK_INK_TOP_MM = 35;
/** Width a red mark may take: the 版心. */
const MARK_WIDTH_MM = 156;

export interface GeneralHead {
  fit: MarkFit;
  /** The mark's ink top, mm under the 版心 top. */
  markInkTopMm: number;
  /** The 发文字号 (纪要: 期号) line: 空二行 under the line that holds the mark's foot. */
  numberLine: number;
  /** The red line's top, mm under the 版心 top: 4 mm under the number's glyphs. */
  ruleTopMm: number;
  /** The title's first line: 空二行 under the red line. */
  titleLine: number;
}

/** 通知, 通报, 纪要: mark 35 mm down, number 2 lines under it, red line 4 mm under that, title 2 lines under. */
export function generalHead(markText: string): GeneralHead {
  const fit = fitMark(markText, 42, MARK_WIDTH_MM);
  const emBottom = MARK_INK_TOP_MM + (1 - GLYPH_INSET_EM) * fit.sizePt * PT_MM;
  const numberLine = Math.floor(emBottom / LINE_MM) + 3;
  const ruleTopMm = (numberLine + 0.5) * LINE_MM + (SAN_PT * PT_MM) / 2 + 4;
  return { fit, markInkTopMm: MARK_INK_TOP_MM, numberLine, ruleTopMm, titleLine: numberLine + 3 };
}

export interface BulletinHead {
  fit: MarkFit;
  /** The name's ink top, mm under the 版心 top: the line under the 密级/编号 line. */
  nameInkTopMm: number;
  /** 第X期 */
  issueLine: number;
  /** 编发单位 left and date right, the red rule under them. */
  editorLine: number;
  ruleTopMm: number;
  titleLine: number;
}

/** 简报 报头 width of its red rule: 2 pt. */
export const BULLETIN_RULE_PT = 2;

/** 简报 报头 (practice): name (≤ 42 pt) from line 2, 第X期 under it, 编发单位 and date, red rule 2 mm under them. */
export function bulletinHead(name: string, markLines: number): BulletinHead {
  const fit = fitMark(name, 42, MARK_WIDTH_MM);
  const nameInkTopMm = Math.max(1, markLines) * LINE_MM;
  const issueLine = Math.ceil((nameInkTopMm + fit.sizePt * PT_MM) / LINE_MM + 0.2);
  const editorLine = issueLine + 1;
  const ruleTopMm = (editorLine + 0.5) * LINE_MM + (SAN_PT * PT_MM) / 2 + 2;
  const titleLine = Math.round((ruleTopMm + BULLETIN_RULE_PT * PT_MM + 2 * LINE_MM) / LINE_MM);
  return { fit, nameInkTopMm, issueLine, editorLine, ruleTopMm, titleLine };
}

/** 信函 mark (§10.1): 30 mm under the page top, at most 36 pt (小初), not squeezed, within the 170 mm rules. */
export function letterMarkFit(mark: string): MarkFit {
  return fitMark(mark, 36, 168, 100);
}
