import { chineseDate, listLine } from '../../format';
import type { BulletinPart, Colophon } from '../../model';
import { escapeHtml } from './escape';
import { emWidth } from './geometry';
import type { FootRow } from './foot';

/** 版记 rules: first and last 0.35 mm, the ones between 0.25 mm (§7.4.1). */
const THICK_MM = 0.35;
const THIN_MM = 0.25;

/** 4号 characters on one 版记 line: 156 mm less 左右各空一字, at 14 pt. */
const FIRST_LINE_EMS = 29;

/**
 * A list line (抄送：A，B。) that wraps after its label: 左右各空一字, continuation lines start
 * under the first item. Its line count is estimated (conservatively) from the text's width.
 */
function hangingRow(label: string, items: readonly string[], ruleTopMm?: number): FootRow {
  const text = listLine(label, items);
  const hang = label.length + 1;
  const rest = emWidth(text) - FIRST_LINE_EMS;
  const lines = 1 + (rest > 0 ? Math.ceil(rest / (FIRST_LINE_EMS - hang)) : 0);
  const style = `padding-left:${hang}em;text-indent:-${hang}em`;
  return {
    html: `<span style="display:block;${style}">${escapeHtml(text)}</span>`,
    className: 'hang',
    lines,
    ruleTopMm,
  };
}

/** 版记: 抄送, then 印发机关 (左空一字) and 印发日期 (右空一字); rules 0.35 / 0.25 / 0.35 mm. */
export function colophonRows(colophon: Colophon): FootRow[] {
  const rows: FootRow[] = [];
  if (colophon.cc.length) rows.push(hangingRow('抄送', colophon.cc, THICK_MM));
  rows.push({
    html: `<span>${escapeHtml(colophon.printedBy)}</span><span>${escapeHtml(chineseDate(colophon.printedOn))}印发</span>`,
    className: 'split',
    lines: 1,
    ruleTopMm: rows.length ? THIN_MM : THICK_MM,
    ruleBottomMm: THICK_MM,
  });
  return rows;
}

/** 信函 版记: no 印发机关, 印发日期 or rules (§10.1), only the 抄送 line. */
export function letterColophonRows(colophon: Colophon | undefined): FootRow[] {
  return colophon?.cc.length ? [hangingRow('抄送', colophon.cc)] : [];
}

/** 简报 报尾: rule, 报：/送：/发：, rule, （共印XX份） right. */
export function bulletinTailRows(bulletin: BulletinPart): FootRow[] {
  const lists: [string, readonly string[]][] = [
    ['报', bulletin.reportTo],
    ['送', bulletin.sendTo],
    ['发', bulletin.distributeTo],
  ];
  const rows = lists.filter(([, items]) => items.length).map(([label, items]) => hangingRow(label, items));
  if (rows.length) {
    rows[0].ruleTopMm = THICK_MM;
    rows[rows.length - 1].ruleBottomMm = THICK_MM;
  }
  rows.push({ html: `<span>（共印${bulletin.copies}份）</span>`, className: 'end', lines: 1 });
  return rows;
}
