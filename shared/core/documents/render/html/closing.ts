import { chineseDate, enclosureLabel } from '../../format';
import { bodyHtml, pitchCss } from './body';
import { noteText, type ClosingPlan } from '../signatureFit';
import { closingLines } from '../docx/signatureFit';
import { titleHtml } from './masthead';
import type { MinutesPart, OfficialDocument } from '../../model';
import { escapeHtml } from './escape';
import { emWidth, lines, mm, TYPE_AREA_MM } from './geometry';

/**
 * 附件说明: 1 blank line under 正文, 左空二字, 附件：1.XXX; more names are numbered and aligned
 * under the first, and a long name wraps under its own start. No end stop.
 */
export function attachmentsHtml(names: readonly string[] | undefined, style = ''): string {
  if (!names?.length) return '';
  const numbered = names.length > 1;
  const rows = names.map((name, i) => {
    const lead = i === 0 ? '附件：' : '';
    const num = numbered ? `${i + 1}.` : '';
    return (
      `<div class="att-row"><span class="att-lead">${lead}</span><span class="att-num">` +
      `${num}</span><span class="att-name">${escapeHtml(name)}</span></div>`
    );
  });
  return `<div class="blank"></div><div class="attachments"${style}>${rows.join('')}</div>`;
}

/**
 * 署名 and 成文日期 (§7.3.5), with the 附注 on the line under the date (§7.3.6). Sealed: 2 blank
 * lines leave room for the seal, whose top must stay within a line of the text; the date is 右空四字
 * and the organ centred over it. The 印章 outline is screen-only: on paper the real seal is stamped
 * there, and printed ink under it would show. Unsealed: 1 blank line, 署名 右空二字, the date on the
 * next line 2 characters right of its start.
 *
 * §7.3.5.1: when the rest of the page cannot hold them, the spacing is adjusted so they fit, so a
 * page never runs short to keep them with the text. Word's page estimate plans it (docx/planFit.ts
 * planClosing): the blank lines shrink to what the page has left, down to none, or the 正文's last
 * lines close up (SignatureFit), and print takes the same numbers. An in-flow `.sig-room` holds the
 * lines of 署名, date and 附注 (as many as the estimate gives the 附注, closingLines) and the blank
 * lines as a margin; the block is drawn at the room's top plus the blank lines, but no lower than
 * the page's last lines it needs, should print's page run a line longer than the estimate. Only a
 * page with fewer lines left sends them on, with the last line of the text (break-before: avoid),
 * as Word does. Where a foot block (版记) follows, its room takes the blank lines instead
 * (`blanksInFlow` false, foot.ts blankLinesAbove): a margin that ran past the page end would open
 * a page of its own before the blank page and the 版记 page.
 */
export function signatureHtml(
  doc: OfficialDocument,
  firstPageMm: number = TYPE_AREA_MM.height,
  closing?: ClosingPlan,
  blanksInFlow = true,
): string {
  const signature = doc.signature;
  if (!signature) return noteHtml(doc);
  const organ = escapeHtml(signature.organ);
  const date = escapeHtml(chineseDate(signature.date));
  // As Word sets them: closed up (SignatureFit), no blank line and the lines at the closer pitch.
  const fit = closing?.fit;
  const blanks = closing?.blanks ?? (signature.isSealed ? 2 : 1);
  const need = closingLines(doc);
  const room = fit ? pitchCss(need * fit.pitch) : lines(need);
  const first = `round(up, ${mm(firstPageMm)}, 1px)`;
  const roomTop = 'anchor(--signature top)';
  const pageEnd = `calc(round(up, ${roomTop} - ${first} + 0.5mm, round(up, 225mm, 1px)) + ${first})`;
  const top = `min(calc(${roomTop} + ${lines(blanks)}), calc(${pageEnd} - ${room}))`;
  const pitch = fit ? `;line-height:${pitchCss(fit.pitch)}` : '';
  const roomHtml =
    `<div class="sig-room" style="height:${room};margin-bottom:` +
    `${blanksInFlow ? lines(blanks) : 0};anchor-name:--signature"></div>`;
  const note = noteHtml(doc);
  let block: string;
  if (signature.isSealed) {
    // An organ too long to centre on the date inside the 版心 (half a 字 kept for the width estimate)
    // is set 右空二字 instead.
    const rightGap = 4 + (emWidth(chineseDate(signature.date)) - emWidth(signature.organ)) / 2;
    const over = rightGap >= 0.5 ? `<span class="sig-over"><span>${organ}</span></span>` : '';
    const line = rightGap >= 0.5 ? '<div class="blank"></div>' : `<div class="sig-long">${organ}</div>`;
    block =
      `<div class="signature sealed" style="top:${top}${pitch}">${line}` +
      `<div class="sig-row"><span class="sig-date">${date}${over}` +
      `<span class="seal-placeholder" aria-hidden="true"></span></span></div>${note}</div>`;
  } else {
    block =
      `<div class="signature" style="top:${top}${pitch}">` +
      `<div class="sig-plain"><span><span class="sig-organ">${organ}</span><span class="sig-date2">` +
      `${date}</span></span></div>${note}</div>`;
  }
  return roomHtml + block;
}

/** 附注: the line under the date, 左空二字, in （…）. */
export function noteHtml(doc: OfficialDocument): string {
  return doc.note ? `<p class="note">${escapeHtml(noteText(doc.note))}</p>` : '';
}

/** 纪要: after 正文 one blank line, then 出席：/请假：/列席： (label 3号黑体), wrapping after ：. */
export function attendanceHtml(minutes: MinutesPart): string {
  const lists: [string, readonly string[]][] = [
    ['出席', minutes.present],
    ['请假', minutes.onLeave],
    ['列席', minutes.attending],
  ];
  const lines = lists
    .filter(([, names]) => names.length)
    .map(([label, names]) => `<p class="attendance"><b>${label}：</b>${escapeHtml(names.join('、'))}</p>`);
  return lines.length ? `<div class="blank"></div>${lines.join('')}` : '';
}

/**
 * Issued documents and attachments, each from a new page (§8), headings numbered afresh: an
 * attachment has "附件N" 顶格 on line 1 (3号黑体) and its title centred on line 3; an issued
 * document (印发) its title on line 1. One blank line, then the body.
 */
export function enclosuresHtml(doc: OfficialDocument): string {
  return (doc.enclosures ?? [])
    .map((enclosure) => {
      const label = enclosureLabel(doc.attachments, enclosure);
      const head = label ? `<div class="att-label">${escapeHtml(label)}</div><div class="blank"></div>` : '';
      return (
        `<section class="enclosure">${head}${titleHtml(enclosure.title)}<div class="blank"></div>` +
        `${bodyHtml(enclosure.body)}</section>`
      );
    })
    .join('');
}
