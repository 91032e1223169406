import { AlignmentType, LineRuleType } from 'docx';
import type { FontPlan } from '../../fonts';
import { chineseDate, listLine } from '../../format';
import type { MinutesPart, OfficialDocument } from '../../model';
import { bodyLines, INDENT_TWO } from './body';
import { Flow } from './flow';
import { textWidthEm } from './measure';
import { blankLine, paragraph, run } from './runs';
import { BODY_CHARACTER_SPACING, CHAR, LINE, TYPE_WIDTH } from './units';

/** Width of 三号 text in twips (16 pt glyphs less the body's character spacing). */
const widthTw = (text: string) => Math.round(textWidthEm(text) * 320 + [...text].length * BODY_CHARACTER_SPACING);

/**
 * 附件说明 (§7.3.4): one blank line under the 正文, 左空二字 "附件：1.XXX"; later names line up
 * under the first, and a long name wraps under its own start.
 */
export function attachmentNote(names: readonly string[], fonts: FontPlan, keepLastWithNext = false): Flow {
  const flow = new Flow().add(blankLine(), 1);
  const labelTw = 3 * CHAR; // 附件：
  names.forEach((name, i) => {
    const number = names.length > 1 ? `${i + 1}.` : '';
    const numberTw = widthTw(number);
    const text = `${i === 0 ? '附件：' : ''}${number}${name}`;
    const left = INDENT_TWO + labelTw + numberTw;
    const hanging = (i === 0 ? labelTw : 0) + numberTw;
    const keepNext = keepLastWithNext && i === names.length - 1;
    const p = paragraph([run(fonts, text, { role: 'fangsong' })], {
      alignment: AlignmentType.JUSTIFIED,
      indent: { left, hanging },
      keepNext,
    });
    flow.add(p, bodyLines(text, -hanging, TYPE_WIDTH - left));
  });
  return flow;
}

/**
 * 署名 and 成文日期 (§7.3.5). Sealed: date 右空四字, 署名 centred over the date, two blank lines
 * above for the seal to reach down over both. Unsealed: one blank line, 署名 右空二字, and the
 * date on the next line starting two characters right of the 署名.
 */
export function signatureBlock(doc: OfficialDocument, fonts: FontPlan, carry = 0): Flow {
  const signature = doc.signature;
  const flow = new Flow();
  if (!signature) return flow;
  const date = chineseDate(signature.date);
  const organTw = widthTw(signature.organ);
  const dateTw = widthTw(date);
  // Chained by keepNext: never split, and never on a page without the 正文's last line (`carry`).
  const right = (text: string, indentRight: number, keepNext: boolean) =>
    paragraph([run(fonts, text, { role: 'fangsong' })], {
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.max(0, Math.round(indentRight)) },
      keepNext,
    });
  const blank = () => paragraph([], { spacing: { line: LINE, lineRule: LineRuleType.EXACT }, keepNext: true });
  if (signature.isSealed) {
    const dateRight = 4 * CHAR;
    const lines = [
      blank(),
      blank(),
      right(signature.organ, dateRight + (dateTw - organTw) / 2, true),
      right(date, dateRight, false),
    ];
    return flow.addKept(lines, lines.length, carry);
  }
  const lines = [blank(), right(signature.organ, 2 * CHAR, true), right(date, organTw - dateTw, false)];
  return flow.addKept(lines, lines.length, carry);
}

/** Lines before the 署名 that keep with it: the last line of the 附件说明 or of a 正文 not ending in a table. */
export function signatureCarry(doc: OfficialDocument): number {
  if (!doc.signature) return 0;
  if (doc.attachments?.length) return 1;
  const last = doc.body[doc.body.length - 1];
  return last && last.type !== 'table' ? 1 : 0;
}

/** 附注 (§7.3.6): the line under the date, 左空二字, in round brackets. */
export function noteLine(note: string, fonts: FontPlan): Flow {
  const text = /^（[\s\S]*）$/.test(note) ? note : `（${note}）`;
  const p = paragraph([run(fonts, text, { role: 'fangsong' })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT_TWO },
  });
  return new Flow().add(p, bodyLines(text));
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
