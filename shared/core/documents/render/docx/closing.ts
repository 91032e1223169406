import { AlignmentType, LineRuleType } from 'docx';
import type { FontPlan } from '../../fonts';
import { chineseDate, enclosureLabel, listLine } from '../../format';
import type { MinutesPart, OfficialDocument } from '../../model';
import { bodyBlocks, bodyLines, INDENT_TWO } from './body';
import { titleBlock } from './title';
import { isTight, noteText, type SignatureFit } from '../signatureFit';
import { closingBlanks, closingLines } from './signatureFit';
import { Flow } from './flow';
import { textWidthEm } from '../measure';
import { blankLine, paragraph, run } from './runs';
import { BODY_CHARACTER_SPACING, CHAR, LINE, TYPE_WIDTH } from './units';

/** Width of 三号 text in twips (16 pt glyphs less the body's character spacing). */
const widthTw = (text: string) => Math.round(textWidthEm(text) * 320 + [...text].length * BODY_CHARACTER_SPACING);

/**
 * 附件说明 (§7.3.4): one blank line under the 正文, 左空二字 "附件：1.XXX"; later names line up
 * under the first, and a long name wraps under its own start.
 */
export function attachmentNote(names: readonly string[], fonts: FontPlan, fit?: SignatureFit, index = -2): Flow {
  const pitch = isTight(fit, index) ? fit!.pitch : 1;
  const flow = new Flow().add(blankLine(), 1);
  const labelTw = 3 * CHAR; // 附件：
  names.forEach((name, i) => {
    const number = names.length > 1 ? `${i + 1}.` : '';
    const numberTw = widthTw(number);
    const text = `${i === 0 ? '附件：' : ''}${number}${name}`;
    const left = INDENT_TWO + labelTw + numberTw;
    const hanging = (i === 0 ? labelTw : 0) + numberTw;
    const p = (keepNext: boolean) =>
      paragraph([run(fonts, text, { role: 'fangsong' })], {
        alignment: AlignmentType.JUSTIFIED,
        indent: { left, hanging },
        spacing: { line: Math.round(LINE * pitch), lineRule: LineRuleType.EXACT },
        keepNext,
      });
    // The last name goes on with the 署名 when that must move (signatureBlock).
    flow.addSplittable(p(false), bodyLines(text, -hanging, TYPE_WIDTH - left), () => [p(true)], {
      pitch,
      tag: i === 0 ? 'attachments' : undefined,
    });
  });
  return flow;
}

/**
 * 署名 and 成文日期 (§7.3.5), and the 附注 on the line under the date (§7.3.6). Sealed: date 右空四字,
 * 署名 centred over the date, two blank lines above for the seal to reach down over both. Unsealed:
 * one blank line, 署名 右空二字, and the date on the next line starting two characters right of the 署名.
 *
 * §7.3.5.1: where the page has fewer lines left, the blank lines shrink to fit (`at` is the flow
 * the block goes into, and its page estimate says how many lines are left), as print does
 * (html/closing.ts). Only with fewer lines left than 署名, date and 附注 take (closingLines) do they
 * go on, chained by keepNext to the 正文's last line (`carry`), never on a page of their own.
 */
export function signatureBlock(doc: OfficialDocument, fonts: FontPlan, at: Flow, fit?: SignatureFit): Flow {
  const signature = doc.signature;
  const flow = new Flow();
  if (!signature) return flow;
  const date = chineseDate(signature.date);
  const organTw = widthTw(signature.organ);
  const dateTw = widthTw(date);
  const pitch = fit?.pitch ?? 1;
  const spacing = { line: Math.round(LINE * pitch), lineRule: LineRuleType.EXACT };
  const right = (text: string, indentRight: number, keepNext: boolean) =>
    paragraph([run(fonts, text, { role: 'fangsong' })], {
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.max(0, Math.round(indentRight)) },
      spacing,
      keepNext,
    });
  const blank = () => paragraph([], { spacing: { line: LINE, lineRule: LineRuleType.EXACT }, keepNext: true });
  const need = closingLines(doc);
  const left = at.linesLeftOnPage();
  // Closed up (fit), the lines before them make the room: no blank line.
  const fits = left >= need || !!fit;
  const blanks = closingBlanks(doc, left, fit);
  const hasNote = !!doc.note;
  const [organ, dateLine] = signature.isSealed
    ? [right(signature.organ, 4 * CHAR + (dateTw - organTw) / 2, true), right(date, 4 * CHAR, hasNote)]
    : [right(signature.organ, 2 * CHAR, true), right(date, organTw - dateTw, hasNote)];
  const note = doc.note ? [noteParagraph(doc.note, fonts, spacing)] : [];
  const lines = [...Array.from({ length: blanks }, blank), organ, dateLine, ...note];
  // Going on: the last line of the 正文 (or 附件说明) goes with them, set apart so only it moves.
  const carry = !fits && at.carryLastLine() ? 1 : 0;
  return flow.addKept(lines, blanks + need * pitch, carry);
}

/** 附注 (§7.3.6): the line under the date, 左空二字, in round brackets. */
function noteParagraph(note: string, fonts: FontPlan, spacing?: { line: number; lineRule: typeof LineRuleType.EXACT }) {
  return paragraph([run(fonts, noteText(note), { role: 'fangsong' })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_TWO },
    spacing,
  });
}

/** A 附注 with no 署名 before it: a paragraph of its own. */
export function noteLine(note: string, fonts: FontPlan): Flow {
  return new Flow().add(noteParagraph(note, fonts), bodyLines(noteText(note)));
}

/**
 * 纪要 出席 / 请假 / 列席 (§10.2): one blank line under the 正文, 左空二字, label 3号黑体, names
 * 3号仿宋, continuation lines wrapping under the first name.
 */
export function attendanceLines(part: MinutesPart, fonts: FontPlan): Flow {
  const flow = new Flow().add(blankLine(), 1);
  const groups: [string, string[]][] = [
    ['出席', part.present],
    ['请假', part.onLeave],
    ['列席', part.attending],
  ];
  for (const [label, names] of groups) {
    if (!names.length) continue;
    const line = listLine(label, names);
    const head = `${label}：`;
    const hanging = 3 * CHAR;
    const left = INDENT_TWO + hanging;
    const p = paragraph(
      [run(fonts, head, { role: 'heiti' }), run(fonts, line.slice(head.length), { role: 'fangsong' })],
      {
        alignment: AlignmentType.JUSTIFIED,
        indent: { left, hanging },
      },
    );
    flow.add(p, bodyLines(line, -hanging, TYPE_WIDTH - left));
  }
  return flow;
}

/**
 * Issued documents and attachments, each from a new page (§8), headings numbered afresh: an
 * attachment has "附件N" 顶格 on line 1 (3号黑体) and its title centred on line 3; an issued
 * document (印发) its title on line 1. One blank line, then the body.
 */
export function enclosureFlow(doc: OfficialDocument, fonts: FontPlan): Flow {
  const flow = new Flow();
  for (const enclosure of doc.enclosures ?? []) {
    const label = enclosureLabel(doc.attachments, enclosure);
    if (label) {
      flow.breakPage().add(paragraph([run(fonts, label, { role: 'heiti' })], { pageBreakBefore: true }), 1);
      flow.add(blankLine(), 1).append(titleBlock(enclosure.title, fonts, 0));
    } else flow.append(titleBlock(enclosure.title, fonts, 0, true));
    flow.add(blankLine(), 1).append(bodyBlocks(enclosure.body, fonts));
  }
  return flow;
}
