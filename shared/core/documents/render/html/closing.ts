import { chineseDate } from '../../format';
import type { MinutesPart, OfficialDocument, Signature } from '../../model';
import { escapeHtml } from './escape';
import { emWidth } from './geometry';

/**
 * 附件说明: 1 blank line under 正文, 左空二字, 附件：1.XXX; more names are numbered and aligned
 * under the first, and a long name wraps under its own start. No end stop.
 */
export function attachmentsHtml(names: readonly string[] | undefined): string {
  if (!names?.length) return '';
  const numbered = names.length > 1;
  const rows = names.map((name, i) => {
    const lead = i === 0 ? '附件：' : '';
    const num = numbered ? `${i + 1}.` : '';
    return `<div class="att-row"><span class="att-lead">${lead}</span><span class="att-num">${num}</span><span class="att-name">${escapeHtml(name)}</span></div>`;
  });
  return `<div class="blank"></div><div class="attachments">${rows.join('')}</div>`;
}

/**
 * 署名 and 成文日期 (§7.3.5). Sealed: 2 blank lines leave room for the seal, whose top must stay
 * within a line of the text; the date is 右空四字 and the organ centred over it. The 印章 outline
 * is screen-only: on paper the real seal is stamped there, and printed ink under it would show.
 * Unsealed: 1 blank line, 署名 右空二字, the date on the next line 2 characters right of its start.
 */
export function signatureHtml(signature: Signature | undefined): string {
  if (!signature) return '';
  const organ = escapeHtml(signature.organ);
  const date = escapeHtml(chineseDate(signature.date));
  if (signature.isSealed) {
    // An organ too long to centre on the date inside the 版心 (half a 字 kept for the width estimate)
    // is set 右空二字 instead.
    const rightGap = 4 + (emWidth(chineseDate(signature.date)) - emWidth(signature.organ)) / 2;
    const over = rightGap >= 0.5 ? `<span class="sig-over"><span>${organ}</span></span>` : '';
    const line = rightGap >= 0.5 ? '<div class="blank"></div>' : `<div class="sig-long">${organ}</div>`;
    return (
      `<div class="signature sealed"><div class="blank"></div><div class="blank"></div>${line}` +
      `<div class="sig-row"><span class="sig-date">${date}${over}` +
      '<span class="seal-placeholder" aria-hidden="true"></span></span></div></div>'
    );
  }
  return (
    '<div class="signature"><div class="blank"></div>' +
    `<div class="sig-plain"><span><span class="sig-organ">${organ}</span><span class="sig-date2">${date}</span></span></div></div>`
  );
}

/** 附注: the line under the date, 左空二字, already in （…）. */
export function noteHtml(doc: OfficialDocument): string {
  return doc.note ? `<p class="note">${escapeHtml(doc.note)}</p>` : '';
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
