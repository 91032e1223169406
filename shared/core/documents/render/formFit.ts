import type { FormPart, FormRow } from '../model';
import { countLines, textWidthEm } from './docx/measure';
import { FORM_LINE, LINE, mm as twips, TYPE_HEIGHT, TYPE_WIDTH } from './docx/units';
import { FORM_HTML_MM } from './html/form';

/**
 * Whether a one-page form (呈批单, 督办通知单) really stays on one page, in print and in Word: its
 * rows added up as each renderer sets them (html/form.ts, docx/form.ts). A template that would
 * overflow moves what is long to an attachment page instead (FormPart.attachment).
 */

/** The 版心 height, less a millimetre for rules and rounding. */
const ROOM_MM = 225 - 1;
const TW_PER_MM = TYPE_HEIGHT / 225;
/** A 0.5 pt rule under each row. */
const RULE_MM = 0.18;

/** Lines of 3号 text in a cell `widthMm` wide: the narrower measure of the two (print pads 2 mm a side, no negative spacing). */
function cellLines(text: string, widthMm: number): number {
  return text.split('\n').reduce((sum, line) => sum + countLines(line, { sizePt: 16, widthTw: twips(widthMm - 4) }), 0);
}

function rowLines(row: FormRow, labelWidthMm: number): number {
  return Math.max(cellLines(row.label, labelWidthMm), cellLines(row.value, 156 - labelWidthMm));
}

/** 2号 title lines on the 156 mm measure. */
function titleLines(title: string): number {
  return Math.max(1, Math.ceil((textWidthEm(title) * 22 * 20) / TYPE_WIDTH - 1e-6));
}

/** Height in print (mm): rows of 7.5 mm lines with 2.5 mm padding, at least 10 mm or their own minimum. */
function htmlHeightMm(form: FormPart, title: string): number {
  const g = FORM_HTML_MM;
  const rows = (list: readonly FormRow[], line: number, min: number) =>
    list.reduce(
      (sum, row) =>
        sum + Math.max(row.minHeightMm ?? 0, min, rowLines(row, form.labelWidthMm) * line + g.padding) + RULE_MM,
      0,
    );
  const footer = form.footer ? g.footerGap + form.footer.split(/\s{2,}/).length * g.line : 0;
  // 回执: cut line (4 + 6 + 2 mm), its 18 pt subtitle (10 + 1 mm), rows of 6.5 mm lines at least 9 mm.
  const tear = form.tearOff ? 12 + 11 + rows(form.tearOff.rows, 6.5, 9) : 0;
  return titleLines(title) * g.title + g.number + rows(form.rows, g.line, g.row) + footer + tear;
}

/** Height in Word (mm): rows of 520 tw lines, at least one line or their own minimum. */
function docxHeightMm(form: FormPart, title: string): number {
  const rows = (list: readonly FormRow[]) =>
    list.reduce(
      (sum, row) =>
        sum + Math.max(twips(row.minHeightMm ?? 0), rowLines(row, form.labelWidthMm) * FORM_LINE) / TW_PER_MM + RULE_MM,
      0,
    );
  const footer = form.footer ? (form.footer.split(/\s{2,}/).length * FORM_LINE) / TW_PER_MM : 0;
  const tear = form.tearOff ? (FORM_LINE / 2 + 0.3 * LINE + LINE) / TW_PER_MM + rows(form.tearOff.rows) : 0;
  return (titleLines(title) * LINE + FORM_LINE) / TW_PER_MM + rows(form.rows) + footer + tear;
}

export function formFitsOnePage(form: FormPart, title: string): boolean {
  return Math.max(htmlHeightMm(form, title), docxHeightMm(form, title)) <= ROOM_MM;
}
