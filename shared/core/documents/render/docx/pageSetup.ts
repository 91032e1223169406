import {
  AlignmentType,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { FontPlan } from '../../fonts';
import { paragraph, runOptions } from './runs';
import { mm, PAGE, SI_CHAR, SIZE, LINE } from './units';

/** Footer distance that puts the page number's dash 7 mm under the 版心 (measured in LibreOffice). */
export const FOOTER_DISTANCE = mm(25.5);

/**
 * The footer line is shorter than the room under the 版心 (35 − 25.5 mm): a taller footer makes
 * LibreOffice shrink the text area below 22 grid lines and centre 21 lines in it.
 */
const FOOTER_LINE = 360;

/** "— 1 —" in 4号宋体, 空一字 from the outer edge: right on odd pages, left on even pages (§7.5). */
function pageNumberFooter(fonts: FontPlan, side: 'odd' | 'even'): Footer {
  const number = new TextRun({
    ...runOptions(fonts, { role: 'songti', size: SIZE.si }),
    children: ['— ', PageNumber.CURRENT, ' —'],
  });
  return new Footer({
    children: [
      paragraph([number], {
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT },
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SI_CHAR } : { left: SI_CHAR },
      }),
    ],
  });
}

const emptyFooter = (): Footer =>
  new Footer({ children: [paragraph([], { spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT } })] });

export interface PageOptions {
  /** Page numbers on the pages of this section (forms and the blank 版记 pages have none). */
  hasPageNumbers: boolean;
  /** 信函: no page number on page 1 (§10.1). */
  hasFirstPageNumber?: boolean;
}

/** A4, the GB/T 9704 margins and a line grid of 579 tw (no character grid: see docformat.md). */
export function sectionProperties(fonts: FontPlan, options: PageOptions): Omit<ISectionOptions, 'children'> {
  const numbered = options.hasPageNumbers;
  const titlePage = numbered && options.hasFirstPageNumber === false;
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: {
          top: PAGE.top,
          left: PAGE.left,
          right: PAGE.right,
          bottom: PAGE.bottom,
          footer: FOOTER_DISTANCE,
          gutter: 0,
        },
      },
      grid: { type: DocumentGridType.LINES, linePitch: LINE },
      titlePage,
    },
    footers: {
      default: numbered ? pageNumberFooter(fonts, 'odd') : emptyFooter(),
      even: numbered ? pageNumberFooter(fonts, 'even') : emptyFooter(),
      ...(titlePage ? { first: emptyFooter() } : {}),
    },
  };
}

/** The stamp's header: 16 mm from the page top, one line well inside the 37 mm top margin. */
const STAMP_HEADER_DISTANCE = mm(16);

/**
 * The output stamp (草稿 / 作废 and its reason) as the header of every page of every section, in
 * the top margin over the 版心, as print puts it (html/pageCss.ts stampCss): the body does not move.
 */
export function withStamp(section: ISectionOptions, fonts: FontPlan, text: string): ISectionOptions {
  const header = () =>
    new Header({
      children: [
        paragraph([new TextRun({ ...runOptions(fonts, { role: 'heiti', size: SIZE.san }), text, color: 'CC0000' })], {
          spacing: { line: 400, lineRule: LineRuleType.EXACT },
          alignment: AlignmentType.CENTER,
        }),
      ],
    });
  const page = section.properties?.page;
  return {
    ...section,
    properties: {
      ...section.properties,
      page: { ...page, margin: { ...page?.margin, header: STAMP_HEADER_DISTANCE } },
    },
    headers: { default: header(), even: header(), first: header() },
  };
}
