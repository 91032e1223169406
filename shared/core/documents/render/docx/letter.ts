import { AlignmentType, BorderStyle, FrameAnchorType, FrameWrap, LineRuleType, Paragraph, TabStopType } from 'docx';
import type { FontPlan } from '../../fonts';
import { secrecyMark, urgencyMark } from '../../format';
import type { OfficialDocument } from '../../model';
import { appendSignature, recipientsAndBody } from './layouts';
import { attachmentNote, enclosureFlow } from './closing';
import type { SignatureFit } from '../signatureFit';
import { fitBefore } from './signatureFit';
import { Flow } from './flow';
import { INK_TOP_EM } from './masthead';
import { letterMarkFit } from '../head';
import { hairline } from './placement';
import { paragraph, run, tabbedRun } from './runs';
import { titleBlock } from './title';
import { LINE, mm, PAGE, RED, TYPE_WIDTH } from './units';

/** Measured in LibreOffice: a mark's ink is 0.935 em tall, so its bottom is 0.22 em above the line's. */
const INK_BOTTOM_EM = INK_TOP_EM - 0.935;
/** 3号 body line: ink top 3.5 mm under the top of its 28.95 pt line (measured). */
const BODY_INK_OFFSET_TW = mm(3.5);
/** 7/8 of a 3号 character: 4.94 mm. */
const SEVEN_EIGHTHS = mm(4.94);
const RULE_WIDTH = mm(170);
const RULE_X = Math.round((PAGE.width - RULE_WIDTH) / 2);
/** A double rule of w:sz 24 (3 pt) drawn from its top. */
const RULE_TWIPS = 60;

function pageFrame(y: number) {
  // wrap none: the body's first paragraph starts at the 版心 top and its space before runs under
  // these frames; wrapping "around" makes LibreOffice push it a further 5.6 mm down.
  return {
    type: 'absolute',
    position: { x: RULE_X, y },
    width: RULE_WIDTH,
    wrap: FrameWrap.NONE,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  } as const;
}

/**
 * 信函 (§10.1): mark 30 mm under the page top, a red double rule (thick over thin) 4 mm under it
 * and one (thin over thick) 20 mm above the page bottom, both 170 mm and centred; these sit on
 * page 1 only, so they are frames placed on the page, not a header.
 */
function letterhead(mark: string, fonts: FontPlan): { frames: Paragraph[]; ruleBottomTw: number } {
  const { sizePt, scale } = letterMarkFit(mark);
  const lineTw = Math.round(sizePt * 32);
  const inkTop = mm(30);
  const inkBottom = inkTop + (INK_TOP_EM - INK_BOTTOM_EM) * sizePt * 20;
  const lineBottom = inkTop + INK_TOP_EM * sizePt * 20;
  const markFrame = new Paragraph({
    frame: pageFrame(Math.round(lineBottom - lineTw)),
    spacing: { line: lineTw, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.CENTER,
    children: [
      run(fonts, mark, {
        role: 'xiaobiaosong',
        size: sizePt * 2,
        color: RED,
        scale: scale === 100 ? undefined : scale,
      }),
    ],
  });
  const ruleTop = Math.round(inkBottom + mm(4));
  return {
    frames: [
      markFrame,
      doubleRule(ruleTop, BorderStyle.THIN_THICK_SMALL_GAP),
      doubleRule(PAGE.height - mm(20), BorderStyle.THICK_THIN_SMALL_GAP),
    ],
    ruleBottomTw: ruleTop + RULE_TWIPS,
  };
}

/**
 * A 170 mm red double rule: the top border of an empty 1 pt paragraph in a page-placed frame.
 * On a top border LibreOffice draws thinThick as thick over thin, and thickThin as thin over thick.
 */
function doubleRule(y: number, style: (typeof BorderStyle)[keyof typeof BorderStyle]): Paragraph {
  return new Paragraph({
    frame: pageFrame(y),
    spacing: { line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style, size: 24, color: RED, space: 0 } },
    children: [],
  });
}

/** The 信函 up to the 署名: letterhead frames, 发文字号, title, 主送机关, 正文, 附件说明. */
export function letterMain(doc: OfficialDocument, fonts: FontPlan, fit?: SignatureFit): { flow: Flow } {
  const flow = new Flow();
  const head = letterhead(doc.issuerMark ?? '', fonts);
  // Each frame is followed by a 1 pt paragraph to anchor it (see placement.ts).
  head.frames.forEach((f) => flow.add(f, 0).addTwips(hairline(), 20));
  // 份号, 密级, 紧急程度 顶格 on the left and 发文字号 flush right, the first 7/8 字 under the rule.
  const left = [doc.copyNumber, secrecyMark(doc.secrecy, doc.secrecyTerm), urgencyMark(doc.urgency)].filter(
    (t): t is string => !!t,
  );
  const before = Math.max(0, Math.round(head.ruleBottomTw + SEVEN_EIGHTHS - BODY_INK_OFFSET_TW - PAGE.top - 40));
  const lineCount = Math.max(1, left.length);
  for (let i = 0; i < lineCount; i++) {
    const children = [run(fonts, left[i] ?? '', { role: i === 0 && doc.copyNumber ? 'fangsong' : 'heiti' })];
    if (i === 0 && doc.number) children.push(tabbedRun(fonts, doc.number, { role: 'fangsong' }));
    const p = paragraph(children, {
      spacing: { before: i === 0 ? before : 0 },
      tabStops: [{ type: TabStopType.RIGHT, position: TYPE_WIDTH }],
    });
    flow.add(p, 1 + (i === 0 ? before / LINE : 0));
  }
  // Title 2 lines under the last element, rounded so the body below it sits on the line grid.
  const titleBefore = Math.round((Math.round(flow.lines + 2) - flow.lines) * LINE);
  flow.append(titleBlock(doc.title, fonts, titleBefore));
  flow.append(recipientsAndBody(doc, fonts, fit));
  if (doc.attachments?.length) flow.append(attachmentNote(doc.attachments, fonts, fit, doc.body.length));
  return { flow };
}

export function letterFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const fit = fitBefore(letterMain(doc, fonts).flow, doc);
  const { flow } = letterMain(doc, fonts, fit);
  return appendSignature(flow, doc, fonts, fit).append(enclosureFlow(doc, fonts));
}
