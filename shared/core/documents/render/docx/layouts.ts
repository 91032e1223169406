import { AlignmentType, LineRuleType } from 'docx';
import type { FontPlan } from '../../fonts';
import { chineseDate } from '../../format';
import type { OfficialDocument } from '../../model';
import { bodyBlocks, bodyLines } from './body';
import { attachmentNote, attendanceLines, enclosureFlow, noteLine, signatureBlock } from './closing';
import { isTight, type SignatureFit } from '../signatureFit';
import { fitBefore } from './signatureFit';
import { Flow } from './flow';
import { bulletinHead, generalHead } from '../head';
import { BULLETIN_RULE_TWIPS, redMark, RULE_TWIPS, ruledLine, ruledSplitLine, topLeftMarks } from './masthead';
import { blankLine, paragraph, run } from './runs';
import { titleBlock } from './title';
import { LINE, mm } from './units';

/** 主送机关 (顶格, one blank line under the title), then the 正文 blocks, tagged and closed up as `fit` says. */
export function recipientsAndBody(doc: OfficialDocument, fonts: FontPlan, fit?: SignatureFit): Flow {
  const flow = new Flow().add(blankLine(), 1);
  if (doc.mainRecipients) {
    const pitch = isTight(fit, -1) ? fit!.pitch : 1;
    flow.add(
      paragraph([run(fonts, doc.mainRecipients, { role: 'fangsong' })], {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { line: Math.round(LINE * pitch), lineRule: LineRuleType.EXACT },
      }),
      bodyLines(doc.mainRecipients, 0),
      { pitch, tag: 'recipients' },
    );
  }
  return flow.append(bodyBlocks(doc.body, fonts, { isTagged: true, fit }));
}

/** 署名, 成文日期 and 附注 (closed up as `fit` says, or planned from `flow`: everything before them). */
export function appendSignature(flow: Flow, doc: OfficialDocument, fonts: FontPlan, fit?: SignatureFit): Flow {
  flow.append(signatureBlock(doc, fonts, flow, fit));
  if (doc.note && !doc.signature) flow.append(noteLine(doc.note, fonts));
  return flow;
}

/** The red mark, the 发文字号 (纪要: 期号) with the red line under it, and the title, on head.ts's lines. */
function head(flow: Flow, mark: string, number: string, title: string, fonts: FontPlan): Flow {
  const geometry = generalHead(mark);
  flow.append(
    redMark(mark, fonts, {
      startTw: flow.lines * LINE,
      inkTopTw: mm(geometry.markInkTopMm),
      fit: geometry.fit,
      endTw: geometry.numberLine * LINE,
    }),
  );
  flow.append(ruledLine(number, fonts));
  return flow.append(titleBlock(title, fonts, (geometry.titleLine - geometry.numberLine - 1) * LINE - RULE_TWIPS));
}

/** The general format up to the 署名: 版头, title, 主送机关, 正文, 附件说明. */
export function generalMain(doc: OfficialDocument, fonts: FontPlan, fit?: SignatureFit): Flow {
  const flow = topLeftMarks(doc, fonts);
  if (doc.issuerMark) head(flow, doc.issuerMark, doc.number ?? '', doc.title, fonts);
  else flow.append(titleBlock(doc.title, fonts, flow.lines ? LINE : 0));
  flow.append(recipientsAndBody(doc, fonts, fit));
  if (doc.attachments?.length) flow.append(attachmentNote(doc.attachments, fonts, fit, doc.body.length));
  return flow;
}

/** 通知, 通报: the general format of §7 (版头, 主体; the 版记 is placed by the caller). */
export function generalFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const fit = fitBefore(generalMain(doc, fonts), doc);
  return appendSignature(generalMain(doc, fonts, fit), doc, fonts, fit).append(enclosureFlow(doc, fonts));
}

/** 纪要 (§10.2): red 纪要标志, 期号 over the red line, title, 正文, then 出席/请假/列席. */
export function minutesFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const part = doc.minutes;
  if (!part) return generalFlow(doc, fonts);
  const flow = head(topLeftMarks(doc, fonts), part.markText, part.issueLabel, doc.title, fonts);
  flow.append(recipientsAndBody(doc, fonts));
  return flow.append(attendanceLines(part, fonts)).append(enclosureFlow(doc, fonts));
}

/** 简报 报头: red name (≤ 42 pt) centred, 第X期 under it, 编发单位 left and date right over a red rule. */
export function bulletinFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const part = doc.bulletin;
  if (!part) return generalFlow(doc, fonts);
  const flow = topLeftMarks(doc, fonts);
  const geometry = bulletinHead(part.name, flow.lines);
  flow.append(
    redMark(part.name, fonts, {
      startTw: flow.lines * LINE,
      inkTopTw: mm(geometry.nameInkTopMm),
      fit: geometry.fit,
      endTw: geometry.issueLine * LINE,
    }),
  );
  flow.add(paragraph([run(fonts, part.issueLabel, { role: 'fangsong' })], { alignment: AlignmentType.CENTER }), 1);
  flow.append(ruledSplitLine(part.editor, chineseDate(part.date), fonts));
  const before = (geometry.titleLine - geometry.editorLine - 1) * LINE - BULLETIN_RULE_TWIPS;
  flow.append(titleBlock(doc.title, fonts, before));
  return flow.append(recipientsAndBody(doc, fonts)).append(enclosureFlow(doc, fonts));
}
