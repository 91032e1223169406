import { AlignmentType } from 'docx';
import type { FontPlan } from '../../fonts';
import { chineseDate } from '../../format';
import type { OfficialDocument } from '../../model';
import { bodyBlocks, bodyLines } from './body';
import { attachmentNote, attendanceLines, noteLine, signatureBlock, signatureCarry } from './closing';
import { Flow } from './flow';
import { markFit, redMark, ruledLine, ruledSplitLine, TITLE_AFTER_RULE_TWIPS, topLeftMarks } from './masthead';
import { blankLine, paragraph, run } from './runs';
import { titleBlock } from './title';
import { LINE, mm } from './units';

/** 发文机关标志 and 纪要标志: glyph top 35 mm under the 版心 top (§7.2.4, §10.2). */
const MARK_INK_TOP = mm(35);
/**
 * 发文字号 空二行 under the mark: 20.4 mm from the mark's ink to the number's line, less the
 * 7 mm of the two lines' own padding, is 1.3 body lines after the mark's line.
 */
const GAP_UNDER_MARK = 1.3;

/** 主送机关 (顶格, one blank line under the title), then the 正文 blocks. */
function recipientsAndBody(doc: OfficialDocument, fonts: FontPlan): Flow {
  const flow = new Flow().add(blankLine(), 1);
  if (doc.mainRecipients) {
    flow.add(
      paragraph([run(fonts, doc.mainRecipients, { role: 'fangsong' })], { alignment: AlignmentType.JUSTIFIED }),
      bodyLines(doc.mainRecipients, 0),
    );
  }
  return flow.append(bodyBlocks(doc.body, fonts, { keepLastWithNext: !!doc.signature && !doc.attachments?.length }));
}

/** 附件说明, 署名 and 成文日期, 附注, in that order. */
function closing(doc: OfficialDocument, fonts: FontPlan): Flow {
  const flow = new Flow();
  if (doc.attachments?.length) flow.append(attachmentNote(doc.attachments, fonts, !!doc.signature));
  flow.append(signatureBlock(doc, fonts, signatureCarry(doc)));
  if (doc.note) flow.append(noteLine(doc.note, fonts));
  return flow;
}

/** 通知, 通报: the general format of §7 (版头, 主体; the 版记 is placed by the caller). */
export function generalFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const flow = topLeftMarks(doc, fonts);
  let titleBefore = 0;
  if (doc.issuerMark) {
    const fit = markFit(doc.issuerMark, 48, 85);
    flow.append(
      redMark(doc.issuerMark, fonts, {
        startTw: flow.lines * LINE,
        inkTopTw: MARK_INK_TOP,
        ...fit,
        gapLines: GAP_UNDER_MARK,
      }),
    );
    flow.append(ruledLine(doc.number ?? '', fonts));
    titleBefore = TITLE_AFTER_RULE_TWIPS;
  } else if (flow.lines) {
    titleBefore = LINE;
  }
  flow.append(titleBlock(doc.title, fonts, titleBefore));
  return flow.append(recipientsAndBody(doc, fonts)).append(closing(doc, fonts));
}

/** 纪要 (§10.2): red 纪要标志, 期号 over the red line, title, 正文, then 出席/请假/列席. */
export function minutesFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const part = doc.minutes;
  if (!part) return generalFlow(doc, fonts);
  const flow = topLeftMarks(doc, fonts);
  const fit = markFit(part.markText, 48, 85);
  flow.append(
    redMark(part.markText, fonts, {
      startTw: flow.lines * LINE,
      inkTopTw: MARK_INK_TOP,
      ...fit,
      gapLines: GAP_UNDER_MARK,
    }),
  );
  flow.append(ruledLine(part.issueLabel, fonts));
  flow.append(titleBlock(doc.title, fonts, TITLE_AFTER_RULE_TWIPS));
  flow.append(recipientsAndBody(doc, fonts)).append(closing(doc, fonts));
  return flow.append(attendanceLines(part, fonts));
}

/** 简报 报头: red name (≤ 42 pt) centred, 第X期 under it, 编发单位 left and date right over a red rule. */
export function bulletinFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const part = doc.bulletin;
  if (!part) return generalFlow(doc, fonts);
  const flow = topLeftMarks(doc, fonts);
  const fit = markFit(part.name, 42);
  const startTw = flow.lines * LINE;
  flow.append(redMark(part.name, fonts, { startTw, inkTopTw: Math.max(startTw, LINE), ...fit, gapLines: 0.5 }));
  flow.add(paragraph([run(fonts, part.issueLabel, { role: 'fangsong' })], { alignment: AlignmentType.CENTER }), 1);
  flow.add(blankLine(), 1);
  flow.append(ruledSplitLine(part.editor, chineseDate(part.date), fonts));
  flow.append(titleBlock(doc.title, fonts, TITLE_AFTER_RULE_TWIPS));
  return flow.append(recipientsAndBody(doc, fonts)).append(closing(doc, fonts));
}
