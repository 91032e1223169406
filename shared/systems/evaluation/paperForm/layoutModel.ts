import type { SecrecyLevel } from '../../../core/common/secrecy';

/**
 * A questionnaire laid out on A4 sheets: every text, box, free-text area, rule, corner mark and the
 * QR code at a position in millimetres from the page's top-left corner. Laid out, not flowed: the
 * print HTML places each element where this says, and the reader looks for the boxes there.
 */
export interface PaperFormLayout {
  /** Version of the layout rules, in the QR code: a later app that lays out differently knows. */
  layoutRules: typeof LAYOUT_RULES;
  questionnaireId: string;
  version: number;
  title: string;
  secrecy: SecrecyLevel;
  secrecyTerm?: string;
  /** 8 hex digits over every box and area: in the QR, so a scan is read only against its own layout. */
  fingerprint: string;
  pages: LayoutPage[];
  groups: ChoiceGroup[];
}

export const LAYOUT_RULES = 1;

export interface MmRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type TextRole = 'title' | 'copyNumber' | 'secrecy' | 'meta' | 'heading' | 'body' | 'label' | 'small';

export interface LayoutText extends MmRect {
  text: string;
  role: TextRole;
  align: 'left' | 'center' | 'right';
  /** Lines the layout reserved: the print face wraps within them. */
  lines: number;
  /** Font size in points and line height in mm. */
  sizePt: number;
  lineMm: number;
}

/** One answer box: a choice of a group (an item, or one row of a matrix). */
export interface LayoutBox {
  /** `${groupId}#${choiceId}` */
  id: string;
  groupId: string;
  choiceId: string;
  x: number;
  y: number;
  size: number;
}

/** The boxes that answer one question: single (one tick allowed) or multiple (up to maxChoices). */
export interface ChoiceGroup {
  /** itemId, or `${itemId}/${unitId}/${contentId}` for a matrix row */
  id: string;
  itemId: string;
  unitId?: string;
  contentId?: string;
  kind: 'single' | 'multiple';
  maxChoices?: number;
  /** The question as printed (a matrix row: its unit and content item), for the review. */
  label: string;
  /** The choices as printed, in box order, for the review's buttons. */
  choices: { id: string; label: string }[];
  pageNo: number;
  /** Where the question's text and boxes sit, for the review's image of it. */
  area: MmRect;
}

export interface LayoutTextArea extends MmRect {
  itemId: string;
  /** The question as printed above the area, for the review's image of what was written. */
  label: string;
}

export interface LayoutRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Hairline guides for handwriting are grey and dashed. */
  isGuide?: boolean;
}

export interface LayoutPage {
  pageNo: number;
  texts: LayoutText[];
  boxes: LayoutBox[];
  textAreas: LayoutTextArea[];
  rules: LayoutRule[];
}

/** The sheet and what sits on every page at the same place. */
export const SHEET = {
  widthMm: 210,
  heightMm: 297,
  /** Solid squares, centres 14 mm in from each edge: inside any printer's margin, and still on
   *  the scan when the sheet is fed 5° askew. Order: top-left, top-right, bottom-right, bottom-left. */
  marks: [
    { x: 14, y: 14 },
    { x: 196, y: 14 },
    { x: 196, y: 283 },
    { x: 14, y: 283 },
  ],
  markSizeMm: 6,
  /** The QR code including its quiet zone, top right between the 版心 and the mark. */
  qr: { x: 162, y: 8, w: 23, h: 23 },
  /** The 版心 of GB/T 9704 (left 28, 156 wide); questions run from under the header to above the footer. */
  content: { left: 28, right: 184, top: 36, bottom: 268 },
  boxSizeMm: 5,
} as const;
