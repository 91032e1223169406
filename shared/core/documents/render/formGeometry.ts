import type { FormPart, FormRow, OfficialDocument } from '../model';
import { countLines } from './measure';
import { titleLines } from './titleLines';

/**
 * A form's geometry (呈批单, 督办通知单, 签到表, records), off the 22-line grid: one set of numbers
 * both renderers set (html/form.ts, docx/form.ts), so a form has the same rows on the same pages
 * in print and in Word, and one height estimate from them (formFitsOnePage, formPageCount).
 */
export interface FormMetrics {
  /** Text size of labels and values, pt. */
  sizePt: number;
  /** 2号 title line. */
  titleMm: number;
  /** 编号 line, and the room under it. */
  numberMm: number;
  numberAfterMm: number;
  /** A value line, a row's least height and its cell padding (top and bottom each). */
  lineMm: number;
  rowMm: number;
  padMm: number;
  /** Room over the footer lines. */
  footerGapMm: number;
}

/** A form in 三号: 7.5 mm lines in rows of at least 10 mm. */
export const FORM_METRICS: FormMetrics = {
  sizePt: 16,
  titleMm: 13,
  numberMm: 8,
  numberAfterMm: 1,
  lineMm: 7.5,
  rowMm: 10,
  padMm: 1.25,
  footerGapMm: 2,
};

/**
 * A slip with a 回执, or a dense one, in 四号 (docformat allows 3–4号 for slips): 6.5 mm lines in
 * 8 mm rows, so its longest allowed 督办事项 and 督办要求 (supervision/itemInput.ts) still leave
 * the 回执 on the same page.
 */
export const SLIP_METRICS: FormMetrics = {
  sizePt: 14,
  titleMm: 10,
  numberMm: 7,
  numberAfterMm: 0.5,
  lineMm: 6.5,
  rowMm: 8,
  padMm: 0.75,
  footerGapMm: 1,
};

/** The 回执 under its cut line: the dashed line (6 mm high, room before and after) and its 小二 title. */
export const TEAR_OFF = { cutBeforeMm: 2.5, cutMm: 6, cutAfterMm: 1, titlePt: 18, titleMm: 8.5, titleAfterMm: 0.5 };

/** Label and value cells are padded 2 mm left and right. */
export const CELL_SIDE_PAD_MM = 2;
/** The 0.5 pt rule a row adds. */
export const RULE_MM = 0.5 * (25.4 / 72);

export function metricsOf(form: FormPart | undefined): FormMetrics {
  return form?.tearOff || form?.dense ? SLIP_METRICS : FORM_METRICS;
}

const TW_PER_MM = 1440 / 25.4;

/** Lines of text in a cell `widthMm` wide. */
export function cellLines(text: string, widthMm: number, sizePt: number): number {
  return text
    .split('\n')
    .reduce(
      (sum, line) =>
        sum + countLines(line, { sizePt, widthTw: Math.round((widthMm - 2 * CELL_SIDE_PAD_MM) * TW_PER_MM) }),
      0,
    );
}

/** A label/value row's height, mm: its lines, padded, at least the row's own least height. */
export function rowHeightMm(row: FormRow, labelWidthMm: number, m: FormMetrics): number {
  const lines = Math.max(
    cellLines(row.label, labelWidthMm, m.sizePt),
    cellLines(row.value, 156 - labelWidthMm, m.sizePt),
  );
  return Math.max(row.minHeightMm ?? 0, m.rowMm, lines * m.lineMm + 2 * m.padMm) + RULE_MM;
}

/** A roster row (签到表): its cells' lines, padded, at least a row. */
export function rosterRowMm(cells: readonly string[], widthsMm: readonly number[], m: FormMetrics): number {
  const lines = Math.max(1, ...cells.map((text, i) => cellLines(text, widthsMm[i] ?? 156, m.sizePt)));
  return Math.max(m.rowMm, lines * m.lineMm + 2 * m.padMm) + RULE_MM;
}

export function footerParts(footer: string | undefined): string[] {
  return footer ? footer.split(/\s{2,}/) : [];
}

/** Heights, mm, of what the form's first page holds, in order: title, number, rows, roster rows, footer, 回执. */
export function formPieces(doc: Pick<OfficialDocument, 'title' | 'form'>): number[] {
  const form = doc.form;
  const m = metricsOf(form);
  const pieces = [titleLines(doc.title).length * m.titleMm, m.numberMm + m.numberAfterMm];
  if (!form) return pieces;
  pieces.push(...form.rows.map((row) => rowHeightMm(row, form.labelWidthMm, m)));
  if (form.roster) {
    const widths = form.roster.columns.map((c) => c.widthMm);
    pieces.push(
      ...[form.roster.columns.map((c) => c.title), ...form.roster.rows].map((r) => rosterRowMm(r, widths, m)),
    );
  }
  const footer = footerParts(form.footer);
  if (footer.length) pieces.push(m.footerGapMm + footer.length * m.lineMm);
  if (form.tearOff) {
    const t = TEAR_OFF;
    pieces.push(t.cutBeforeMm + t.cutMm + t.cutAfterMm + t.titleMm + t.titleAfterMm);
    pieces.push(...form.tearOff.rows.map((row) => rowHeightMm(row, form.labelWidthMm, m)));
  }
  return pieces;
}

/** The 版心 height, less a millimetre for rules and rounding. */
const ROOM_MM = 225 - 1;

/** Whether a one-page form (呈批单, 督办通知单) stays on one page, in print and in Word alike. */
export function formFitsOnePage(form: FormPart, title: string): boolean {
  return formPieces({ form, title }).reduce((a, b) => a + b, 0) <= ROOM_MM;
}

/**
 * Pages the form runs to, its attachment page included: rows do not split, and a roster's header
 * row repeats on each page it runs onto.
 */
export function formPageCount(doc: Pick<OfficialDocument, 'title' | 'form'>): number {
  let pages = 1;
  let used = 0;
  const headerMm = doc.form?.roster
    ? rosterRowMm(
        doc.form.roster.columns.map((c) => c.title),
        doc.form.roster.columns.map((c) => c.widthMm),
        metricsOf(doc.form),
      )
    : 0;
  for (const height of formPieces(doc)) {
    if (used > 0 && used + height > ROOM_MM) {
      pages += 1;
      used = headerMm;
    }
    used += height;
  }
  return pages + (doc.form?.attachment ? 1 : 0);
}
